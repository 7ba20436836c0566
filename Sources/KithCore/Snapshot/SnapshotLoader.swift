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
        return try load(ScannedVault(root: root, overrides: overrides), classifier: classifier, cache: cache,
                        readingSnapshot: readingSnapshot, releasingTexts: releasingTexts, progress: progress,
                        started: start)
    }

    /// `load(root:…)` of a vault already listed.
    static func load(_ scanned: ScannedVault, classifier: NoteClassifier, cache: SnapshotStore?,
                     readingSnapshot: Bool = true, releasingTexts: Bool = true, progress: Progress? = nil,
                     started start: DispatchTime) throws -> VaultLoad {
        let (absolute, settings, listing) = (scanned.absolute, scanned.settings, scanned.listing)
        guard let cache else {
            return VaultLoad(index: build(root: absolute, listing: listing, classifier: classifier, settings: settings,
                                          progress: progress, started: start, releasingTexts: releasingTexts),
                             snapshot: SnapshotUse(kind: .off), pending: nil)
        }
        let real = StoredVault.realPath(absolute)
        var use = SnapshotUse(kind: .cold)
        use.file = cache.file(forVault: real)
        if let refusal = cache.refusal(forVault: real) {
            use = SnapshotUse(kind: .off)
            use.warning = refusal
            return VaultLoad(index: build(root: absolute, listing: listing, classifier: classifier, settings: settings,
                                          progress: progress, started: start, releasingTexts: releasingTexts), snapshot: use, pending: nil)
        }
        let meta = scanned.meta(classifier: classifier, vault: real)
        do {
            guard readingSnapshot else { throw SnapshotError.skipped }
            var index = try warm(file: use.file!, expected: meta, root: absolute, listing: listing,
                                 classifier: classifier, settings: settings, use: &use)
            index.buildSeconds = seconds(since: start)
            use.kind = .warm
            let changed = use.reread > 0 || use.removed > 0
            return VaultLoad(index: index, snapshot: use,
                             pending: changed ? PendingSnapshot(store: cache, file: use.file!, index: index, meta: meta) : nil)
        } catch {
            // Not a warning yet: writing the new snapshot may well succeed (and says so if not).
            use.reason = (error as? SnapshotError)?.description ?? "\(error)"
        }
        let index = build(root: absolute, listing: listing, classifier: classifier, settings: settings,
                          progress: progress, started: start, releasingTexts: releasingTexts)
        return VaultLoad(index: index, snapshot: use,
                         pending: PendingSnapshot(store: cache, file: use.file!, index: index, meta: meta))
    }

    /// The snapshot's index brought up to date with `listing` and the files' stamps now.
    static func warm(file: String, expected: SnapshotFormat.Meta, root: String, listing: VaultListing,
                     classifier: NoteClassifier, settings: VaultSettings, use: inout SnapshotUse) throws -> VaultIndex {
        let mapped = try SnapshotStore.map(file)
        let toc = try SnapshotFormat.toc(mapped.bytes)
        let meta = toc.meta
        try meta.check(expected)
        // The digest's sections are not decoded here, but a snapshot with one damaged is
        // damaged: rewritten, so the next `kith people` can use it.
        _ = try SnapshotFormat.verified(toc.stamps, in: mapped.bytes)
        _ = try SnapshotFormat.verified(toc.people, in: mapped.bytes)
        let index = try SnapshotDecoder.decode(file: mapped.bytes, toc: toc, root: root, classifier: classifier,
                                               settings: settings)
        let changes = SnapshotChanges.find(index: index, listing: listing, scanStart: meta.scanStart)
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

/// A vault's folder, settings and files, listed once for both ways of loading it (the people
/// digest and the whole index).
struct ScannedVault {
    let absolute: String
    let settings: VaultSettings
    /// Taken before the scan: a note changed after this moment is caught by its stamp, or as
    /// racily clean next time.
    let scanStart: Int64
    let listing: VaultListing

    init(root: String, overrides: VaultSettings.Overrides) throws {
        absolute = VaultLoader.absolutePath(root)
        try VaultScanner.checkRoot(absolute)
        settings = VaultSettings.read(vault: absolute, overrides: overrides)
        scanStart = FileStamp.now()
        listing = try VaultScanner.list(root: absolute, excluded: settings.excluded)
    }

    /// What a snapshot of this vault made now says about itself.
    func meta(classifier: NoteClassifier, vault real: String) -> SnapshotFormat.Meta {
        SnapshotFormat.Meta(kithVersion: KithVersion.current,
                            fingerprint: SnapshotFingerprint.of(classifier: classifier, settings: settings),
                            vault: real, scanStart: scanStart, written: 0)
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

/// What differs between a snapshot's index and the vault on disk now.
struct SnapshotChanges {
    /// Vault paths to read again (`VaultIndex.updated(changing:)`).
    var paths: [String] = []
    var reread = 0
    var removed = 0

    /// Notes whose stamp differs or is racily clean, new notes, notes gone, attachments added
    /// or gone, and every path a problem was reported for (then or now).
    static func find(index: VaultIndex, listing: VaultListing, scanStart: Int64) -> SnapshotChanges {
        var out = SnapshotChanges()
        let entries = listing.notes
        let stamps = stampAll(entries)
        let notes = index.notes
        // Both lists are sorted by path: one merge walk.
        var i = 0, j = 0
        while i < entries.count || j < notes.count {
            if j == notes.count || (i < entries.count && entries[i].path < notes[j].path) {
                out.paths.append(entries[i].path)
                out.reread += 1
                i += 1
            } else if i == entries.count || notes[j].path < entries[i].path {
                out.paths.append(notes[j].path)
                out.removed += 1
                j += 1
            } else {
                let old = notes[j].parsed.stamp
                if old == nil || old != stamps[i] || old!.isRacy(scanStart: scanStart) {
                    out.paths.append(entries[i].path)
                    out.reread += 1
                }
                i += 1
                j += 1
            }
        }
        if listing.attachments != index.attachments {
            out.paths += Set(listing.attachments).symmetricDifference(index.attachments)
        }
        // Problem files are read again every time (a note read with a problem is kept, empty).
        let marked = Set(out.paths)
        for path in Set(listing.problems.map(\.path) + index.report.unreadable.map(\.path)) where !marked.contains(path) {
            out.paths.append(path)
            if index.idByPath[path] != nil { out.reread += 1 }
        }
        return out
    }

    /// Every note's stamp now, on all cores (nil: gone or not a regular file any more). Each
    /// file is stat'ed by name inside its open folder: the kernel then looks up one name, not
    /// every folder of the path again (half the cost of a stat at 100,000 notes).
    static func stampAll(_ entries: [VaultListing.Entry]) -> [FileStamp?] {
        let batch = 512
        let parts = Parallel.map((entries.count + batch - 1) / batch) { b -> [FileStamp?] in
            var folder = FolderHandle()
            defer { folder.finish() }
            return (b * batch..<min(entries.count, (b + 1) * batch)).map { folder.stamp(of: entries[$0].absolutePath) }
        }
        return parts.flatMap { $0 }
    }
}

/// The folder of the files being stat'ed, kept open while they are in it (a listing is sorted
/// by path: a folder's notes come together).
private struct FolderHandle {
    private var path: Substring = ""
    private var fd: Int32 = -1

    /// The stamp of the file at absolute `file`, as `FileStamp.of(file)` gives it.
    mutating func stamp(of file: String) -> FileStamp? {
        guard let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")), slash != file.utf8.startIndex else {
            return FileStamp.of(file)
        }
        let parent = file[..<slash]
        if parent != path {
            finish()
            path = parent
            fd = open(String(parent), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
        guard fd >= 0 else { return FileStamp.of(file) }
        let nameOffset = file.utf8.distance(from: file.utf8.startIndex, to: slash) + 1
        return file.withCString { FileStamp.of(in: fd, name: $0 + nameOffset) }
    }

    /// Closes the folder.
    mutating func finish() {
        if fd >= 0 { close(fd) }
        fd = -1
    }
}
