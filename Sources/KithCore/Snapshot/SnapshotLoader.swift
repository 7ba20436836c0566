import Foundation

/// How a load used the snapshot.
public struct SnapshotUse: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// No snapshot was looked at (`--no-cache`, no cache folder).
        case off
        /// Every note was read from its file (`reason` says why the snapshot was not used).
        case cold
        /// The snapshot was loaded; only changed files were read.
        case warm
    }
    public var kind: Kind
    /// Why a cold load did not use the snapshot ("no snapshot yet", "snapshot is out of date (…)").
    public var reason: String?
    /// On a warm load: notes read again (changed, new, racily clean) and notes gone.
    public var reread = 0
    public var removed = 0
    /// One line to show the user: the cache folder cannot be used.
    public var warning: String?
    /// The snapshot file.
    public var file: String?

    public init(kind: Kind, reason: String? = nil) {
        self.kind = kind
        self.reason = reason
    }
}

/// A snapshot still to be written: the caller picks the thread (the CLI one beside the command,
/// the browser one after the first screen), and waits for it or not.
public struct PendingSnapshot: Sendable {
    let store: SnapshotStore
    let file: String
    let index: VaultIndex
    let meta: SnapshotFormat.Meta

    /// Writes the snapshot. Returns the one line to show when it could not be written (a
    /// read-only or full cache folder only costs the next start its speed).
    public func write() -> String? {
        do {
            try store.write(index, meta: meta, to: file)
            return nil
        } catch {
            return "\(error); the next start reads every note again"
        }
    }
}

/// A loaded index, how the snapshot served it, and the snapshot to write, if any.
public struct VaultLoad: Sendable {
    public var index: VaultIndex
    public var snapshot: SnapshotUse
    public var pending: PendingSnapshot?
}

extension VaultLoader {
    /// Loads the vault at `root` through its snapshot in `cache` (nil: no snapshot): when one
    /// exists for this kith, these rules and these settings, it is loaded and every note's file
    /// is stat'ed; only notes whose size, times or inode changed, racily clean ones, new ones
    /// and problem files are read again, and notes gone are dropped (`VaultIndex.updated`, so
    /// the result equals a fresh `load`). Otherwise the vault is read whole. `pending` is the
    /// snapshot to write when the one on disk is missing or out of date. `readingSnapshot`
    /// false reads every note (a full re-index) and writes the snapshot afresh. With
    /// `releasingTexts` false a full read leaves the notes' texts in memory (the caller lets
    /// them go: `VaultIndex.releaseTexts`).
    public static func load(root: String, classifier: NoteClassifier = .standard,
                            overrides: VaultSettings.Overrides = VaultSettings.Overrides(),
                            cache: SnapshotStore?, readingSnapshot: Bool = true, releasingTexts: Bool = true,
                            progress: Progress? = nil) throws -> VaultLoad {
        let start = DispatchTime.now()
        let scanned = try ScannedVault(root: root, overrides: overrides)
        let loaded = try load(scanned, classifier: classifier, cache: cache, readingSnapshot: readingSnapshot,
                              releasingTexts: releasingTexts, progress: progress, started: start)
        // The listing (two strings per file) is freed on another thread: at 100,000 notes
        // freeing it took ~25 ms that the first complete screen waited for.
        BackgroundRelease.release(consume scanned)
        return loaded
    }

    /// `load(root:…)` of a vault already listed.
    static func load(_ scanned: ScannedVault, classifier: NoteClassifier, cache: SnapshotStore?,
                     readingSnapshot: Bool = true, releasingTexts: Bool = true, progress: Progress? = nil,
                     started start: DispatchTime) throws -> VaultLoad {
        let (absolute, settings) = (scanned.absolute, scanned.settings)
        guard let cache else {
            return VaultLoad(index: build(root: absolute, listing: try scanned.listing, classifier: classifier, settings: settings,
                                          progress: progress, started: start, releasingTexts: releasingTexts),
                             snapshot: SnapshotUse(kind: .off), pending: nil)
        }
        let real = StoredVault.realPath(absolute)
        var use = SnapshotUse(kind: .cold)
        use.file = cache.file(forVault: real)
        if let refusal = cache.refusal(forVault: real) {
            use = SnapshotUse(kind: .off)
            use.warning = refusal
            return VaultLoad(index: build(root: absolute, listing: try scanned.listing, classifier: classifier,
                                          settings: settings, progress: progress, started: start,
                                          releasingTexts: releasingTexts), snapshot: use, pending: nil)
        }
        let meta = scanned.meta(classifier: classifier, vault: real)
        do {
            guard readingSnapshot else { throw SnapshotError.skipped }
            var index = try warm(file: use.file!, expected: meta, scanned: scanned, classifier: classifier, use: &use)
            index.buildSeconds = seconds(since: start)
            use.kind = .warm
            let changed = use.reread > 0 || use.removed > 0
            return VaultLoad(index: index, snapshot: use,
                             pending: changed ? PendingSnapshot(store: cache, file: use.file!, index: index, meta: meta) : nil)
        } catch {
            // Not a warning yet: writing the new snapshot may well succeed (and says so if not).
            use.reason = (error as? SnapshotError)?.description ?? "\(error)"
        }
        let index = build(root: absolute, listing: try scanned.listing, classifier: classifier, settings: settings,
                          progress: progress, started: start, releasingTexts: releasingTexts)
        return VaultLoad(index: index, snapshot: use,
                         pending: PendingSnapshot(store: cache, file: use.file!, index: index, meta: meta))
    }

    /// The snapshot's index brought up to date with the vault's listing and the files' stamps
    /// now. The files are listed and stat'ed on another thread while the snapshot is decoded
    /// (much of the decoding is one thread's work, and the stat calls are mostly the kernel's).
    static func warm(file: String, expected: SnapshotFormat.Meta, scanned: ScannedVault,
                     classifier: NoteClassifier, use: inout SnapshotUse) throws -> VaultIndex {
        let mapped = try SnapshotStore.map(file)
        let toc = try SnapshotFormat.toc(mapped.bytes)
        let meta = toc.meta
        try meta.check(expected)
        // The digest's sections are not decoded here, but a snapshot with one damaged is
        // damaged: rewritten, so the next `kith people` can use it.
        SnapshotStore.Mapped.dropPages(of: try SnapshotFormat.verified(toc.stamps, in: mapped.bytes))
        SnapshotStore.Mapped.dropPages(of: try SnapshotFormat.verified(toc.people, in: mapped.bytes))
        let stamped = BackgroundResult { () throws -> (VaultListing, [FileStamp?]) in
            let listing = try scanned.listing
            return (listing, SnapshotChanges.stampAll(listing.notes))
        }
        let index = try SnapshotDecoder.decode(file: mapped.bytes, toc: toc, root: scanned.absolute,
                                               classifier: classifier, settings: scanned.settings, mapped: true)
        let (listing, stamps) = try stamped.value()
        let changes = SnapshotChanges.find(index: index, listing: listing, stamps: stamps, scanStart: meta.scanStart)
        use.reread = changes.reread
        use.removed = changes.removed
        guard !changes.paths.isEmpty else { return index }
        var next = index.updated(changing: changes.paths).index
        // Problems come from this scan (files it skipped) and from reading notes (kept in
        // the index, empty), as a fresh load has them.
        var problems = listing.problems
        problems += next.report.unreadable.filter { next.idByPath[$0.path] != nil }
        var seen = Set<CheckReport.Unreadable>()
        next.report.unreadable = problems.filter { seen.insert($0).inserted }.sorted(by: CheckReport.Unreadable.byPath)
        return next
    }
}

/// The vault's identity in the cache: its real path (symlinks resolved), so two ways of naming
/// one vault share one snapshot.
enum StoredVault {
    static func realPath(_ absolute: String) -> String {
        guard let r = realpath(absolute, nil) else { return absolute }
        defer { free(r) }
        return String(cString: r)
    }
}
