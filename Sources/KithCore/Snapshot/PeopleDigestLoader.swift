import Foundation

/// The people of a vault as `kith people` and `kith stale` need them, and how they were found.
public struct PeopleLoad: Sendable {
    /// How the digest was made.
    public enum Source: Sendable, Equatable {
        /// Read from the snapshot's `people` section: no file had changed, no note was decoded.
        case digest
        /// Made from a whole index (`full`), fresh or through the snapshot.
        case index
    }
    public var digest: PeopleDigest
    public var source: Source
    public var snapshot: SnapshotUse
    /// The whole load when the digest was made from it: its snapshot to write, and the index
    /// (which the caller may keep until exit rather than free it).
    public var full: VaultLoad?
}

extension VaultLoader {
    /// The vault's `PeopleDigest`. When the snapshot in `cache` was made by this kith under
    /// these rules and settings, and the vault's notes and attachments are exactly those it
    /// stamped (none changed, added, removed or racily clean, no file unreadable), the digest
    /// is read from its `people` section alone. Anything else loads the whole index
    /// (`load(root:…)`, which reads what changed and leaves a snapshot to write) and makes the
    /// digest from it (a damaged digest section makes the snapshot damaged: it is rewritten).
    public static func loadPeople(root: String, classifier: NoteClassifier = .standard,
                                  overrides: VaultSettings.Overrides = VaultSettings.Overrides(),
                                  cache: SnapshotStore?) throws -> PeopleLoad {
        let start = DispatchTime.now()
        let scanned = try ScannedVault(root: root, overrides: overrides)
        if let cache {
            let real = StoredVault.realPath(scanned.absolute)
            let file = cache.file(forVault: real)
            let meta = scanned.meta(classifier: classifier, vault: real)
            if cache.refusal(forVault: real) == nil {
                // Missing, stale, damaged or unreadable: the whole load says why and writes anew.
                if let digest = try? digest(file: file, expected: meta, listing: try scanned.listing) {
                    var use = SnapshotUse(kind: .warm)
                    use.file = file
                    return PeopleLoad(digest: digest, source: .digest, snapshot: use, full: nil)
                }
            }
        }
        let full = try load(scanned, classifier: classifier, cache: cache, started: start)
        return PeopleLoad(digest: PeopleDigest(full.index), source: .index, snapshot: full.snapshot, full: full)
    }

    /// The digest in the snapshot `file`, or nil when the vault is not exactly as it was
    /// stamped. Throws `SnapshotError` when the snapshot cannot be used at all.
    static func digest(file: String, expected: SnapshotFormat.Meta, listing: VaultListing) throws -> PeopleDigest? {
        // Only the pages of the table of contents and the two sections are read.
        let mapped = try SnapshotStore.map(file, whole: false)
        let toc = try SnapshotFormat.toc(mapped.bytes)
        try toc.meta.check(expected)
        let stamps = try SnapshotFormat.verified(toc.stamps, in: mapped.bytes)
        guard try SnapshotDigest.unchanged(stamps, listing: listing, scanStart: toc.meta.scanStart) else { return nil }
        return try SnapshotDigest.people(try SnapshotFormat.verified(toc.people, in: mapped.bytes))
    }
}
