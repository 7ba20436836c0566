import Foundation

/// What an incremental index update changed, for the status line and for tests.
public struct IndexUpdateSummary: Hashable, Sendable {
    /// Notes that appeared (created, moved in, renamed to).
    public var added: [String] = []
    /// Notes that disappeared (deleted, moved out, renamed from).
    public var removed: [String] = []
    /// Notes whose content changed.
    public var changed: [String] = []
    /// Attachments added or removed.
    public var attachmentsAdded = 0
    public var attachmentsRemoved = 0
    /// True when the update took the one-note fast path (no rebuild of the whole index).
    public var patchedInPlace = false

    public init() {}

    /// True when nothing in the index changed.
    public var isEmpty: Bool {
        added.isEmpty && removed.isEmpty && changed.isEmpty && attachmentsAdded == 0 && attachmentsRemoved == 0
    }

    /// One line for the status bar: `Ana Lima.md changed`, `3 notes added, 1 removed`.
    public var description: String {
        if isEmpty { return "no changes" }
        func file(_ p: String) -> String { String(p.split(separator: "/").last ?? Substring(p)) }
        if added.isEmpty, removed.isEmpty, attachmentsAdded == 0, attachmentsRemoved == 0, changed.count == 1 {
            return "\(file(changed[0])) changed"
        }
        if changed.isEmpty, removed.isEmpty, attachmentsAdded == 0, attachmentsRemoved == 0, added.count == 1 {
            return "\(file(added[0])) added"
        }
        if changed.isEmpty, added.isEmpty, attachmentsAdded == 0, attachmentsRemoved == 0, removed.count == 1 {
            return "\(file(removed[0])) removed"
        }
        var parts: [String] = []
        func count(_ n: Int, _ what: String) -> String { "\(n) \(what)" }
        if !added.isEmpty { parts.append(count(added.count, added.count == 1 ? "note added" : "notes added")) }
        if !changed.isEmpty { parts.append(parts.isEmpty ? count(changed.count, changed.count == 1 ? "note changed" : "notes changed") : "\(changed.count) changed") }
        if !removed.isEmpty { parts.append(parts.isEmpty ? count(removed.count, removed.count == 1 ? "note removed" : "notes removed") : "\(removed.count) removed") }
        let attachments = attachmentsAdded + attachmentsRemoved
        if attachments > 0 { parts.append(count(attachments, attachments == 1 ? "attachment changed" : "attachments changed")) }
        return parts.joined(separator: ", ")
    }
}

/// Vault-relative paths an update looks at again, cleaned the way the scanner names files.
enum ChangedPaths {
    /// Drops `./`, leading and trailing slashes, empty and hidden paths (any segment starting
    /// with `.`: `.obsidian`, `.git`, editor swap files), and normalizes to NFC.
    static func clean<S: Sequence>(_ paths: S) -> [String] where S.Element == String {
        var out = Set<String>()
        for raw in paths {
            let segments = raw.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
            guard !segments.isEmpty, !segments.contains(where: { $0.utf8.first == 0x2E }) else { continue }
            out.insert(VaultScanner.normalizedPath(segments.joined(separator: "/")))
        }
        return out.sorted()
    }

    /// Whether `path` is `scope` or lies under it.
    static func isInside(_ path: String, _ scope: String) -> Bool {
        path == scope || (path.hasPrefix(scope) && path.utf8.count > scope.utf8.count
                          && path.utf8[path.utf8.index(path.utf8.startIndex, offsetBy: scope.utf8.count)] == 0x2F)
    }
}

extension CheckReport.Unreadable {
    /// The order `kith check` lists unreadable files in, and an update keeps.
    static func byPath(_ a: Self, _ b: Self) -> Bool { (a.path, a.message) < (b.path, b.message) }
}
