import KithUI

/// Aligned text columns for the human-readable output.
///
/// Widths are measured in terminal cells with `DisplayWidth`, not in characters, so a row
/// with `王小明` or `佐藤花子` lines up with its Latin neighbours. The last column is never
/// padded (no trailing blanks in pipes) and nothing is cut: a pipe has no width to fit.
struct TextTable {
    /// Column titles; empty for a table without a header row.
    var header: [String]
    var rows: [[String]] = []
    /// Columns whose cells are right-aligned (counts, ages).
    var rightAligned: Set<Int> = []
    /// Spaces between columns.
    var gap = 2

    init(header: [String] = [], rightAligned: Set<Int> = []) {
        self.header = header
        self.rightAligned = rightAligned
    }

    mutating func add(_ cells: [String]) { rows.append(cells.map(TextTable.clean)) }

    /// The table as lines, each ending with a newline; empty when there are no rows.
    func rendered() -> String {
        guard !rows.isEmpty else { return "" }
        let all = header.isEmpty ? rows : [header] + rows
        let columns = all.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in all {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
        }
        // Columns that are empty in every row take no room at all.
        let visible = (0..<columns).filter { widths[$0] > 0 }
        var out = ""
        for row in all {
            var line = ""
            for (n, i) in visible.enumerated() {
                let cell = i < row.count ? row[i] : ""
                let fill = String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
                if n > 0 { line += String(repeating: " ", count: gap) }
                line += rightAligned.contains(i) ? fill + cell : cell + fill
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    /// Longest summary the text outputs show (`--json` carries it whole).
    static let summaryLimit = 240

    /// `text` cut to at most `limit` characters at a word boundary, with `…` when cut. A word
    /// longer than half the limit (a URL) is cut inside rather than dropped whole.
    static func cutAtWord(_ text: String, limit: Int = summaryLimit) -> String {
        guard text.count > limit else { return text }
        var kept = text.prefix(limit - 1)
        if let space = kept.lastIndex(where: \.isWhitespace), kept.distance(from: kept.startIndex, to: space) >= limit / 2 {
            kept = kept[..<space]
        }
        while let last = kept.last, last.isWhitespace || ",;:-—–".contains(last) { kept.removeLast() }
        return kept + "…"
    }

    /// One line of visible text: line breaks and tabs become spaces, other control characters
    /// a visible symbol, so a stray escape byte in a note cannot drive the terminal.
    static func clean(_ s: String) -> String {
        // Printable ASCII (most lines) has nothing to change: the walk below, per Character,
        // was a quarter of a 50,000-hit `kith search --full-text` (perf). Same result either way
        // (CLISearchTests.testFullTextSnippetsAreOneLineOfVisibleText).
        // Snippets cut with `…` are not ASCII, so the test is on bytes: only C0 controls, DEL
        // and C1 controls (U+0080–U+009F, UTF-8 `C2 80`–`C2 9F`) are changed, and each of them
        // is a grapheme of its own (Unicode's grapheme rules break around controls).
        if !needsCleaning(s) { return s }
        return cleanEachCharacter(s)
    }

    /// True when `s` holds a character `clean` replaces.
    static func needsCleaning(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in
            // Eight bytes at a time while none is below 0x20, DEL or a `C2` lead byte (which
            // starts the C1 controls, and a few printable signs): a full-text search's hit
            // lines are mostly plain, and this runs for each of them. Exact tests per byte,
            // no borrow across bytes.
            var i = 0
            if let base = b.baseAddress {
                let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
                let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
                while i + 8 <= b.count {
                    let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    let below20 = (x & ~high) &+ (0x6060_6060_6060_6060 & low7)  // high bit clear: under 0x20
                    let del = x ^ (0x7F &* ones), c2 = x ^ (0xC2 &* ones)
                    let isDel = ~(((del & low7) &+ low7) | del) & high
                    let isC2 = ~(((c2 & low7) &+ low7) | c2) & high
                    let isLow = ~(below20 | x) & high
                    if isDel | isC2 | isLow != 0 { break }
                    i += 8
                }
            }
            // From the word that may hold one, byte by byte (a `C2` just before it was seen
            // by the word scan: none was there).
            var afterC2 = false
            while i < b.count {
                let c = b[i]
                if c < 0x20 || c == 0x7F || (afterC2 && c < 0xA0) { return true }
                afterC2 = c == 0xC2
                i += 1
            }
            return false
        }
    }

    /// `clean` one Character at a time (any text).
    static func cleanEachCharacter(_ s: String) -> String {
        var out = ""
        for g in s {
            if g == "\n" || g == "\r\n" || g == "\r" || g == "\t" { out += " " } else { out += DisplayWidth.printable(g) }
        }
        return out
    }
}
