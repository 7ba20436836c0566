import Foundation

/// Scans, reads and parses a vault on all cores, then builds its index.
public enum VaultLoader {
    /// Progress of a load: notes parsed so far out of the total.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int) -> Void

    /// Loads the vault at `root` (absolute or relative). Throws `VaultError` only when the vault
    /// itself cannot be opened; unreadable notes are reported in `index.report.unreadable`.
    /// The vault's `.obsidian/` settings are read here (`VaultSettings.read`), with the config's
    /// `overrides` on top.
    public static func load(root: String, classifier: NoteClassifier = .standard,
                            overrides: VaultSettings.Overrides = VaultSettings.Overrides(),
                            progress: Progress? = nil) throws -> VaultIndex {
        let start = DispatchTime.now()
        let absolute = absolutePath(root)
        try VaultScanner.checkRoot(absolute)
        let settings = VaultSettings.read(vault: absolute, overrides: overrides)
        let listing = try VaultScanner.list(root: absolute, excluded: settings.excluded)
        return build(root: absolute, listing: listing, classifier: classifier, settings: settings,
                     progress: progress, started: start)
    }

    /// Reads and parses every note of `listing` and builds the index (a load once the vault is
    /// listed and its settings read).
    static func build(root absolute: String, listing: VaultListing, classifier: NoteClassifier,
                      settings: VaultSettings, progress: Progress?, started start: DispatchTime,
                      releasingTexts: Bool = true) -> VaultIndex {
        // The link resolver needs only the paths: built from the listing while the notes are
        // parsed (on one core after the parse, it kept the other idle ~0.2 s at 100,000 notes).
        let notes = listing.notes, attachments = listing.attachments
        let resolving = BackgroundResult { LinkResolver(notes: notes.map(\.path), attachments: attachments) }
        let (parsed, problems) = parseAll(listing.notes, progress: progress)
        var builder = IndexBuilder(root: absolute, parsed: parsed, attachments: listing.attachments,
                                   unreadable: (listing.problems + problems).sorted(by: CheckReport.Unreadable.byPath),
                                   classifier: classifier, settings: settings)
        builder.resolving = resolving
        var index = builder.build()
        index.buildSeconds = seconds(since: start)
        if releasingTexts { index.releaseTexts() }
        return index
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// Reads and parses notes in parallel. Every note listed is kept (an unreadable one with no
    /// content, so links to it still resolve) and its problem reported.
    static func parseAll(_ entries: [VaultListing.Entry], progress: Progress?)
        -> ([ParsedNote], [CheckReport.Unreadable]) {
        let counter = ProgressCounter(total: entries.count, progress: progress)
        // Each note's problem goes to a slot of its own, so the notes come straight out of the
        // map: copying each out of a (note, problem) pair was one core's work (~60 ms at
        // 100,000 notes) while the other waited.
        var problems = [CheckReport.Unreadable?](repeating: nil, count: entries.count)
        let notes = problems.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            return Parallel.map(entries.count, batch: 64, { i in
                let (note, problem) = parseOne(entries[i])
                if let problem { slots[i] = problem }
                return note
            }, finished: { counter.add($0) })
        }
        return (notes, problems.compactMap { $0 })
    }

    static func parseOne(_ entry: VaultListing.Entry) -> (ParsedNote, CheckReport.Unreadable?) {
        var stamp: FileStamp?
        switch NoteReader.read(entry.absolutePath, stamp: &stamp) {
        case .failed(let why):
            return (ParsedNote(path: entry.path), .init(path: entry.path, message: why))
        case .bytes(let bytes, let truncated):
            if NoteReader.looksBinary(bytes) {
                return (ParsedNote(path: entry.path), .init(path: entry.path, message: "binary file (not parsed)"))
            }
            var note = NoteParser.parse(path: entry.path, bytes: bytes)
            note.stamp = stamp
            let problem: CheckReport.Unreadable? = truncated
                ? .init(path: entry.path, message: "larger than \(NoteReader.maxBytes >> 20) MB: only the start was read")
                : note.hadInvalidUTF8
                ? .init(path: entry.path, message: "not valid UTF-8: the bad bytes read as \u{FFFD}")
                : nil
            return (note, problem)
        }
    }

    /// `root` made absolute against the current directory, without a trailing slash.
    public static func absolutePath(_ root: String) -> String {
        var p = root.hasPrefix("/") ? root : FileManager.default.currentDirectoryPath + "/" + root
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return (p as NSString).standardizingPath
    }
}

/// Counts parsed notes across threads and reports at most every 1%.
private final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private var lastReported = 0
    let total: Int
    let progress: VaultLoader.Progress?

    init(total: Int, progress: VaultLoader.Progress?) {
        self.total = total
        self.progress = progress
    }

    func add(_ n: Int) {
        guard let progress else { return }
        lock.lock()
        done += n
        let now = done
        let report = now == total || now - lastReported >= max(1, total / 100)
        if report { lastReported = now }
        lock.unlock()
        if report { progress(now, total) }
    }
}
