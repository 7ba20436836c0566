import Foundation
import Synchronization

/// A note's text and line table. While the index is built they are in memory; once it is
/// built (or when it comes from a snapshot) they are read back from the note's file when asked
/// for — by the reader, full-text search, mentions, excerpts — and kept a while in a cache of
/// bounded size (`NoteTextCache`), so the index itself holds no copy of the vault.
///
/// A text read back is checked against the size and hash of the one the index was built
/// from: a file changed since (the watcher's update is on its way) is returned as it is now,
/// not cached, and slices into it (`TextSpan`) stay inside it.
final class NoteText: @unchecked Sendable {
    /// UTF-8 bytes of the text as parsed.
    let byteCount: Int
    /// Lines of the text (`ParsedNote.lineCount`).
    let lineCount: Int
    /// `SnapshotChecksum` of the text's bytes: tells a file's content changed.
    let hash: UInt64
    /// The text when in memory, and where it can be read back from (absolute; nil: it only
    /// lives in memory). A `Mutex` is kept inline: an `NSLock` was two more allocations per
    /// note, 200,000 of them on a warm start at 100,000 notes.
    private let state: Mutex<State>

    private struct State {
        var resident: Resident?
        var file: String?
    }

    struct Resident {
        let text: String
        let lineStarts: [Int32]
        /// False for a file changed since the index read it: slices may not fit it.
        let matches: Bool
    }

    /// A text in memory (parsed, or given).
    init(text: String, lineStarts: [Int32]? = nil) {
        var t = text
        let starts = lineStarts ?? t.withUTF8 { LineTable($0).starts }
        byteCount = t.utf8.count
        lineCount = starts.count
        hash = t.withUTF8 { SnapshotChecksum.of(UnsafeRawBufferPointer($0)) }
        state = Mutex(State(resident: Resident(text: text, lineStarts: starts, matches: true)))
    }

    /// A text that lives in `file` (a snapshot's notes): read when first asked for.
    init(file: String, byteCount: Int, lineCount: Int, hash: UInt64) {
        self.byteCount = byteCount
        self.lineCount = max(1, lineCount)
        self.hash = hash
        state = Mutex(State(file: file))
    }

    static let empty = NoteText(text: "")

    /// The text and its line starts, read back from the file when not in memory.
    var current: Resident {
        let (kept, path) = state.withLock { ($0.resident, $0.file) }
        if let kept { return kept }
        guard let path else { return Resident(text: "", lineStarts: [0], matches: byteCount == 0) }
        let r = Self.readBack(path, byteCount: byteCount, hash: hash)
        guard r.matches else { return r }
        let keep = state.withLock { s in
            let keep = s.resident ?? r
            s.resident = keep
            return keep
        }
        NoteTextCache.shared.added(self, bytes: byteCount)
        return keep
    }

    /// The text; read back from the file when not in memory, without keeping it (a full-text
    /// search reads every note once: caching them would only evict the ones worth keeping).
    var uncachedText: String {
        let (r, path) = state.withLock { ($0.resident, $0.file) }
        if let r { return r.text }
        guard let path, case .bytes(let bytes, _) = NoteReader.read(path), !NoteReader.looksBinary(bytes) else { return "" }
        return NoteParser.decode(bytes).text
    }

    /// `body` given the text's UTF-8 and line starts as `current` has them, read back from the
    /// file when not in memory without keeping them or checking them against the index's
    /// hash: for a pass that reads each note once (`VaultIndex.references`), where caching
    /// would only evict the texts worth keeping. The file is read into `scratch` (kept by the
    /// pass from one note to the next: no allocation per note), and a file of valid UTF-8
    /// without a byte order mark is its own text, used as read.
    func withPassingBytes<R>(scratch: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>, [Int32]) -> R) -> R {
        let (r, path) = state.withLock { ($0.resident, $0.file) }
        if let r {
            var text = r.text
            return text.withUTF8 { body($0, r.lineStarts) }
        }
        guard let path, let count = Self.read(path, into: &scratch) else {
            return body(UnsafeBufferPointer(start: nil, count: 0), [0])
        }
        let done = scratch.withUnsafeBufferPointer { all -> R? in
            let b = UnsafeBufferPointer(rebasing: all[0..<count])
            if NoteReader.looksBinary(b) { return body(UnsafeBufferPointer(start: nil, count: 0), [0]) }
            return NoteParser.bomLength(b) == 0 && UTF8Check.isValid(b) ? body(b, LineTable(b).starts) : nil
        }
        if let done { return done }
        var text = NoteParser.decode(Array(scratch[0..<count])).text
        return text.withUTF8 { body($0, LineTable($0).starts) }
    }

    /// `NoteReader.read` into `buffer` (grown when too small): the byte count read, nil when
    /// the file cannot be read (as `NoteReader.read` fails: not there, not a regular file).
    static func read(_ path: String, into buffer: inout [UInt8]) -> Int? {
        let fd = open(path, NoteReader.openFlags)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = min(Int(st.st_size), NoteReader.maxBytes)
        if buffer.count < size { buffer = [UInt8](repeating: 0, count: max(size, 2 * buffer.count)) }
        let read = buffer.withUnsafeMutableBufferPointer { NoteReader.fill(fd, $0.baseAddress, size) }
        return read.failure == nil ? read.filled : nil
    }

    /// Drops the text from memory: from now on it is read back from `file` (absolute).
    func release(readingBackFrom path: String) {
        state.withLock { s in
            s.file = path
            s.resident = nil
        }
    }

    /// Drops the text from memory when it can be read back (the cache's eviction).
    func evict() {
        state.withLock { s in
            if s.file != nil { s.resident = nil }
        }
    }

    /// Whether the text is in memory now (tests).
    var isResident: Bool { state.withLock { $0.resident != nil } }

    /// The file's text as the parser decodes it (BOM dropped, invalid UTF-8 replaced, cut at
    /// `NoteReader.maxBytes`).
    static func readBack(_ path: String, byteCount: Int, hash: UInt64) -> Resident {
        guard case .bytes(let bytes, _) = NoteReader.read(path), !NoteReader.looksBinary(bytes) else {
            return Resident(text: "", lineStarts: [0], matches: byteCount == 0)
        }
        var text = NoteParser.decode(bytes).text
        let kept = text
        return text.withUTF8 { u in
            let same = u.count == byteCount && SnapshotChecksum.of(UnsafeRawBufferPointer(u)) == hash
            return Resident(text: kept, lineStarts: LineTable(u).starts, matches: same)
        }
    }
}

/// Texts read back from their files, kept until they add up to `budget` bytes; then the
/// longest kept go first (a card shown again needs no read, and full-text search over a
/// large vault does not bring it all into memory).
final class NoteTextCache: @unchecked Sendable {
    static let shared = NoteTextCache()
    /// Bytes of text kept at most.
    var budget = 32 << 20
    private let lock = NSLock()
    private var order: [ObjectIdentifier: (text: NoteText, bytes: Int, tick: Int)] = [:]
    private var bytes = 0
    private var tick = 0

    func added(_ text: NoteText, bytes n: Int) {
        var evicted: [NoteText] = []
        lock.lock()
        tick += 1
        if order.updateValue((text, n, tick), forKey: ObjectIdentifier(text)) == nil { bytes += n }
        if bytes > budget {
            // First read first, down to three quarters of the budget (so eviction is rare).
            for (key, entry) in order.sorted(by: { $0.value.tick < $1.value.tick }) where bytes > budget * 3 / 4 {
                order[key] = nil
                bytes -= entry.bytes
                evicted.append(entry.text)
            }
        }
        lock.unlock()
        for t in evicted where t !== text { t.evict() }
    }
}

/// A run of a note's text (a section's body, a bullet, a line): offsets into the note's
/// `NoteText`, made into text when read; or text of its own.
struct TextSpan: Sendable {
    private enum Source {
        case note(NoteText, start: Int32, end: Int32)
        case own(Substring)
    }
    private let source: Source

    init(_ text: NoteText, start: Int, end: Int) {
        source = .note(text, start: Int32(clamping: start), end: Int32(clamping: end))
    }

    init(_ own: Substring) { source = .own(own) }

    /// The note's text this is a span of, and where: nil for text of its own.
    var location: (text: NoteText, start: Int, end: Int)? {
        if case .note(let t, let s, let e) = source { return (t, Int(s), Int(e)) }
        return nil
    }

    /// The text (from the note's text, read back if need be). A span that no longer fits a
    /// changed file is cut to fit, on character boundaries.
    var substring: Substring {
        switch source {
        case .own(let s): return s
        case .note(let t, let s, let e):
            let text = t.current.text
            let u = text.utf8
            let end = min(Int(e), u.count)
            var lo = u.index(u.startIndex, offsetBy: min(Int(s), end))
            var hi = u.index(u.startIndex, offsetBy: end)
            // Round down to scalar boundaries (only a changed file can put them elsewhere).
            while lo > u.startIndex, lo < u.endIndex, u[lo] & 0xC0 == 0x80 { lo = u.index(before: lo) }
            while hi > lo, hi < u.endIndex, u[hi] & 0xC0 == 0x80 { hi = u.index(before: hi) }
            return text[lo..<hi]
        }
    }

    var string: String { String(substring) }
}

extension TextSpan: Hashable {
    static func == (a: TextSpan, b: TextSpan) -> Bool { a.substring == b.substring }
    func hash(into h: inout Hasher) { h.combine(substring) }
}

extension VaultIndex {
    /// Lets every note's text go from memory: from now on it is read back from its file when
    /// asked for (`NoteText`). An index of a large vault then holds no copy of the vault.
    public func releaseTexts() {
        let root = self.root, notes = self.notes
        // By position on all cores (each text has its own lock): iterating copied every note,
        // and one thread took a tenth of a second at 100,000 notes after the index was built.
        _ = Parallel.map(notes.count, batch: 4096) { i in
            let text = notes[i].parsed.storage
            if text.byteCount > 0 { text.release(readingBackFrom: root + "/" + notes[i].path) }
        }
    }
}
