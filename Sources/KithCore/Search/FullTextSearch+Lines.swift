import Foundation

/// Where the scans put each matching line.
protocol TextHitSink {
    /// A match in `content` (the line without its break) at 0-based Character `column`.
    mutating func add(path: String, line: Int, content: UnsafeBufferPointer<UInt8>, column: Int)
}

extension Array: TextHitSink where Element == TextHit {
    mutating func add(path: String, line: Int, content: UnsafeBufferPointer<UInt8>, column: Int) {
        append(TextHit(path: path, line: line, snippet: FullTextSearch.snippet(content, column: column), column: column + 1))
    }
}

/// The grep-style lines `path:line  snippet` of `kith search --full-text`, as bytes. A hit in
/// a line cut on bytes (ASCII lines, accented ones of one-scalar Characters: most hits) is
/// written straight from the scanned line: a `TextHit` and a snippet String per hit, and their
/// retains and releases, were a tenth of a search for a common word. Other lines go through
/// `FullTextSearch.snippet` and `clean`. Equal to `append(_:)` of the `TextHit`s (tested on
/// random documents).
public struct TextHitLines: TextHitSink, Sendable {
    /// Appends a snippet's bytes made into one line of visible text. Bytes without a C0 control,
    /// DEL or a `C2` byte (`mayNeedCleaning`) must be appended as they are: those lines are
    /// written without asking.
    public typealias Clean = @Sendable (String, inout [UInt8]) -> Void
    /// The lines written so far, each ending in "\n".
    public private(set) var bytes: [UInt8] = []
    /// How many lines `bytes` holds.
    public private(set) var count = 0
    let clean: Clean

    /// Lines whose snippets, when they may hold a control character, go through `clean`.
    public init(clean: @escaping Clean) { self.clean = clean }

    /// Appends the line of one hit: the format's one definition.
    public mutating func append(_ hit: TextHit) {
        appendHead(path: hit.path, line: hit.line)
        clean(hit.snippet, &bytes)
        bytes.append(0x0A)
        count += 1
    }

    mutating func add(path: String, line: Int, content: UnsafeBufferPointer<UInt8>, column: Int) {
        if let base = content.baseAddress, let cut = FullTextSearch.snippetCut(content, column: column) {
            // Snippet bytes without a control character (or a `C2` byte, which starts the C1
            // controls) are what `clean` leaves as they are.
            if !Self.mayNeedCleaning(base + cut.start, cut.end - cut.start) {
                appendHead(path: path, line: line)
                if cut.before { bytes.append(0xE2); bytes.append(0x80); bytes.append(0xA6) }
                bytes.append(contentsOf: UnsafeBufferPointer(start: base + cut.start, count: cut.end - cut.start))
                if cut.after { bytes.append(0xE2); bytes.append(0x80); bytes.append(0xA6) }
                bytes.append(0x0A)
                count += 1
                return
            }
        }
        append(TextHit(path: path, line: line, snippet: FullTextSearch.snippet(content, column: column), column: column + 1))
    }

    /// `path:line` and two spaces.
    private mutating func appendHead(path: String, line: Int) {
        bytes.append(contentsOf: path.utf8)
        bytes.append(0x3A)  // ":"
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { d in
            var v = line.magnitude, i = d.count
            repeat {
                i -= 1
                d[i] = UInt8(truncatingIfNeeded: v % 10) + 0x30
                v /= 10
            } while v > 0
            if line < 0 { i -= 1; d[i] = 0x2D }
            bytes.append(contentsOf: d[i...])
        }
        bytes.append(0x20); bytes.append(0x20)
    }

    /// Whether UTF-8 bytes hold a C0 control, DEL or a `C2` byte (the lead byte of the C1
    /// controls, and of some signs), eight at a time: bytes without one are what a `Clean`
    /// leaves as they are.
    static func mayNeedCleaning(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var i = 0
        while i + 8 <= count {
            let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
            // Exact per byte (no carry between bytes): a byte's low seven bits plus 0x60 keep
            // the high bit clear only under 0x20; DEL and C2 by the exact zero-byte test.
            let isLow = ~(((x & low7) &+ (0x60 &* ones)) | x) & high
            let del = x ^ (0x7F &* ones), c2 = x ^ (0xC2 &* ones)
            let isDel = ~(((del & low7) &+ low7) | del) & high
            let isC2 = ~(((c2 & low7) &+ low7) | c2) & high
            if isLow | isDel | isC2 != 0 { return true }
            i += 8
        }
        while i < count {
            if p[i] < 0x20 || p[i] == 0x7F || p[i] == 0xC2 { return true }
            i += 1
        }
        return false
    }
}

extension FullTextSearch {
    /// Every matching line of the vault's notes as `TextHitLines`, one per note in the order
    /// of `search(_:vault:limit:)` without a limit, whose hits they equal line for line.
    /// Throws `VaultError` when the vault cannot be opened.
    public static func lines(_ query: String, vault root: String, clean: @escaping TextHitLines.Clean) throws -> [TextHitLines] {
        let notes = try listedNotes(vault: root)
        let buffers = NoteBufferPool()
        return lines(query, count: notes.count, clean: clean) { i, needle, found in
            buffers.withBuffer { scanNote(notes[i], needle: needle, buffer: $0, into: &found) }
        }
    }

    /// The same over documents (tests).
    static func lines(_ query: String, in documents: [(path: String, text: String)],
                      clean: @escaping TextHitLines.Clean) -> [TextHitLines] {
        lines(query, count: documents.count, clean: clean) { i, needle, found in
            scan(documents[i].text, path: documents[i].path, needle: needle, into: &found)
        }
    }

    /// Each document scanned into lines of its own on every core (as `search` without a limit).
    static func lines(_ query: String, count: Int, clean: @escaping TextHitLines.Clean,
                      scanDocument: @Sendable (Int, [UInt8], inout TextHitLines) -> Void) -> [TextHitLines] {
        let needle = Array(TextFolding.fold(query).utf8)
        guard !needle.isEmpty else { return [] }
        return Parallel.map(count) { i -> TextHitLines in
            var found = TextHitLines(clean: clean)
            scanDocument(i, needle, &found)
            return found
        }
    }
}
