import Foundation

/// A line of a note that names a person without linking them.
public struct Mention: Hashable, Sendable {
    /// The note that mentions the person.
    public var path: String
    /// 1-based line.
    public var line: Int
    /// 1-based column (in Characters) of the first unlinked mention on the line.
    public var column: Int
    /// The name or alias as written at `column`.
    public var matched: String
    /// The line as a slice of the note's text (shared, not copied): the vault's owner has
    /// hundreds of thousands of mentions, and few snippets are ever shown.
    private var sourceLine: Substring

    init(path: String, line: Int, column: Int, matched: String, sourceLine: Substring) {
        self.path = path
        self.line = line
        self.column = column
        self.matched = matched
        self.sourceLine = sourceLine
    }

    /// The line, trimmed and cut around the mention (as full-text search shows it).
    public var snippet: String {
        var line = sourceLine
        return line.withUTF8 { FullTextSearch.snippet($0, column: column - 1) }
    }
}

/// Unlinked mentions, as Obsidian's Backlinks pane lists them: places where a note names a
/// person (their name or an alias) as plain text instead of linking them.
///
/// Matching is case- and accent-insensitive (`TextFolding`: `jose` finds `JOSÉ`), on word
/// boundaries (`Ana` is not in `Banana`, is in `Ana's`), and a space in a name matches any
/// run of spaces or tabs. Like Obsidian, every unlinked occurrence counts, so a note that
/// links the person and also names them plainly elsewhere is listed (at the plain line).
/// Unlike Obsidian, text in code (fenced blocks and `code spans`) and in frontmatter is
/// skipped, as are link texts and targets, URLs and the person's own note. One entry per line.
///
/// Nothing is precomputed: each line is tested with byte searches for every word of the name
/// (folding only lines with non-ASCII bytes, as `FullTextSearch` does), and only lines that
/// pass are folded and checked precisely.
public enum UnlinkedMentions {
    /// Every unlinked mention of the person at `personPath`, in note path then line order.
    /// With `filter` (built once for `index`), only notes that may hold a name are read.
    public static func find(of personPath: String, in index: VaultIndex, filter: MentionFilter? = nil) -> [Mention] {
        find(of: personPath, in: index, filter: filter, isCancelled: nil) ?? []
    }

    /// `find`, giving up (nil) as soon as `isCancelled` says so: a heavy card's mentions are
    /// searched in the background and the user may have moved on.
    public static func find(of personPath: String, in index: VaultIndex, filter: MentionFilter?,
                            isCancelled: (@Sendable () -> Bool)?) -> [Mention]? {
        guard let plan = plan(of: personPath, in: index, filter: filter) else { return [] }
        let notes = index.notes
        // Chunks rather than one task per note: most notes are small and have no hit.
        let parts = Parallel.chunks(of: notes.count, into: (notes.count + 255) / 256) { range -> [Mention] in
            // A search nobody waits for any more (the card was left) stops at its next chunk.
            if isCancelled?() == true { return [] }
            var found: [Mention] = []
            for i in range where plan.mayName(note: i, path: notes[i].path) {
                found += scan(notes[i].parsed, terms: plan.terms)
            }
            return found
        }
        return isCancelled?() == true ? nil : parts.flatMap { $0 }
    }

    /// About how many notes `find` would read for the person with `filter` (all but their own
    /// without one, or for a name the filter cannot judge): a cheap measure of how long it
    /// will take.
    public static func candidates(of personPath: String, in index: VaultIndex, filter: MentionFilter?) -> Int {
        guard let plan = plan(of: personPath, in: index, filter: filter) else { return 0 }
        guard let filter = plan.filter else { return index.notes.count - 1 }
        var n = 0
        for i in 0..<index.notes.count where plan.termHashes.contains(where: { filter.mayContain(note: i, $0) }) { n += 1 }
        // The person's own note is never read.
        return max(0, n - 1)
    }

    /// The mentions in one note's body.
    static func scan(_ note: ParsedNote, terms: [MentionTerm]) -> [Mention] {
        var found: [Mention] = []
        let resident = note.storage.current
        // Mentions keep their line as a slice of the text read (not of the note: it may
        // be read back from its file).
        let whole = resident.text
        let utf8 = whole.utf8
        var text = whole
        text.withUTF8 { bytes in
            scan(bytes, lineStarts: resident.lineStarts, bodyStart: note.bodyStartLine, terms: terms) { n, column, matched, range in
                let slice = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)
                found.append(Mention(path: note.path, line: n, column: column + 1, matched: matched, sourceLine: whole[slice]))
            }
        }
        return found
    }

    /// The first unlinked mention on each body line of a note's text (`bytes`, lines starting
    /// at `lineStarts`, the body at 1-based line `bodyStart`): `hit` gets the 1-based line, the
    /// 0-based Character column, the name as written and the line's bytes (without its end).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, lineStarts: [Int32], bodyStart: Int, terms: [MentionTerm],
                     _ hit: (_ line: Int, _ column: Int, _ matched: String, _ bytes: Range<Int>) -> Void) {
        guard let base = bytes.baseAddress else { return }
        var fence = FenceTracker()
        var scratch: [UInt8] = []
        let lineCount = lineStarts.count
        let bodyStart = max(1, bodyStart)
        for n in bodyStart...max(bodyStart, lineCount) where n <= lineCount {
            let start = Int(lineStarts[n - 1])
            var end = n < lineCount ? Int(lineStarts[n]) : bytes.count
            while end > start && (base[end - 1] == 0x0A || base[end - 1] == 0x0D) { end -= 1 }
            let line = UnsafeBufferPointer(start: base + start, count: end - start)
            if fence.consume(line) { continue }
            let ascii = FullTextSearch.isASCII(line)
            if ascii {
                guard terms.contains(where: { $0.mayOccur(asciiLine: line) }) else { continue }
            } else {
                // Folded once for all terms.
                scratch.removeAll(keepingCapacity: true)
                MentionFold.appendFolded(line, to: &scratch)
                guard scratch.withUnsafeBufferPointer({ f in
                    terms.contains { $0.mayOccur(foldedLine: f) && $0.hasPhrase(foldedLine: f) }
                }) else { continue }
            }
            // `MentionLineBytes.applies`, the ASCII test already made.
            let found = ascii && !line.contains(0x0D)
                ? MentionLineBytes.firstMention(line, terms: terms)
                : MentionLine.firstMention(String(decoding: line, as: UTF8.self), terms: terms)
            guard let found else { continue }
            hit(n, found.column, found.matched, start..<end)
        }
    }
}

extension VaultIndex {
    /// Notes that name the person at `path` without linking them (see `UnlinkedMentions`).
    public func unlinkedMentions(of path: String, filter: MentionFilter? = nil) -> [Mention] {
        UnlinkedMentions.find(of: path, in: self, filter: filter)
    }
}

/// Fenced code blocks (```` ``` ```` or `~~~`, up to three spaces in): a line is fed in order
/// and reports whether it is part of a fence (the fence lines included).
struct FenceTracker {
    private var open: (char: UInt8, count: Int)?

    /// True when the line opens, closes or sits inside a fenced block.
    mutating func consume(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < line.count && i < 3 && line[i] == 0x20 { i += 1 }
        guard i < line.count, line[i] == 0x60 || line[i] == 0x7E else { return open != nil }
        let c = line[i]
        var run = 0
        while i + run < line.count && line[i + run] == c { run += 1 }
        if let o = open {
            // Closes only with the same character, at least as long, nothing after it.
            if c == o.char, run >= o.count, line[(i + run)...].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                open = nil
            }
            return true
        }
        guard run >= 3 else { return false }
        // A backtick fence's info string cannot contain a backtick (that is inline code).
        if c == 0x60, line[(i + run)...].contains(0x60) { return false }
        open = (c, run)
        return true
    }
}
