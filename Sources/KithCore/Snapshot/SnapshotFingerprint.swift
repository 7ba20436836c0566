import Foundation

/// Everything besides the vault's files that shapes an index, as text: a snapshot made under
/// another fingerprint is stale. The kith version and the snapshot format, the build of the
/// program (a rebuilt kith may parse differently under the same version), the config's
/// note-kind rules, and the settings read from `.obsidian/` and the config (daily notes,
/// templates, excluded files, the owner, and what could not be read of them).
enum SnapshotFingerprint {
    static func of(classifier: NoteClassifier, settings: VaultSettings) -> String {
        var out = "kith \(KithVersion.current) format \(SnapshotFormat.version) build \(build)\n"
        out += "max note bytes \(NoteReader.maxBytes)\n"
        for (kind, rule) in classifier.rules {
            out += "rule \(kind.rawValue) types=\(rule.types) tags=\(rule.tags) categories=\(rule.categories) folders=\(rule.folders)\n"
        }
        out += "daily folder=\(settings.dailyFolder.debugDescription) format=\(settings.dailyFormat.pattern.debugDescription)\n"
        out += "templates \(settings.templateFolders)\n"
        out += "excluded \(settings.excluded.filters)\n"
        out += "owner \(settings.owner.debugDescription)\n"
        out += "problems \(settings.problems)\n"
        return out
    }

    /// The running program's size and modification time: two builds of one version differ.
    static let build: String = {
        guard let exe = Bundle.main.executablePath, let stamp = FileStamp.of(exe) else { return "unknown" }
        return "\(stamp.size)-\(stamp.mtime)"
    }()
}
