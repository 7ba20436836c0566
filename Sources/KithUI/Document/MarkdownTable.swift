/// A pipe table rendered with columns aligned by display width and `│` between cells.
/// Header cells are bold; the delimiter row becomes a `─┼─` rule.
struct MarkdownTable {
    enum Align { case left, center, right }

    /// Whether `line` is a delimiter row: `| --- | :---: |`.
    static func isDelimiterRow(_ line: Substring) -> Bool {
        let cells = split(line)
        guard !cells.isEmpty else { return false }
        return cells.allSatisfy { cell in
            let t = cell.trimmingCharacters(in: .whitespaces)
            let core = t.drop { $0 == ":" }.reversed().drop { $0 == ":" }
            return core.count >= 1 && core.allSatisfy { $0 == "-" } && t.contains("-")
        }
    }

    /// Cells of a row: outer pipes dropped, split on `|` that is not escaped (`\|`), inside
    /// inline code or inside a wikilink; `\|` becomes `|` in the cell.
    static func split(_ line: Substring) -> [String] {
        var s = line.trimmingCharacters(in: .whitespaces)[...]
        if s.hasPrefix("|") { s = s.dropFirst() }
        if s.hasSuffix("|"), !s.hasSuffix("\\|") { s = s.dropLast() }
        var cells: [String] = []
        var cur = ""
        var inCode = false
        var wikiDepth = 0
        var prev: Character = " "
        var i = s.startIndex
        while i < s.endIndex {
            let ch = s[i]
            let next = s.index(after: i) < s.endIndex ? s[s.index(after: i)] : nil
            if ch == "\\", next == "|" {
                cur.append("|")
                i = s.index(i, offsetBy: 2)
                prev = "|"
                continue
            }
            if ch == "`" { inCode.toggle() }
            if !inCode, ch == "[", prev == "[" { wikiDepth += 1 }
            if !inCode, ch == "]", prev == "]", wikiDepth > 0 { wikiDepth -= 1 }
            if ch == "|", !inCode, wikiDepth == 0 {
                cells.append(cur.trimmingCharacters(in: .whitespaces))
                cur = ""
            } else {
                cur.append(ch)
            }
            prev = ch
            i = s.index(after: i)
        }
        cells.append(cur.trimmingCharacters(in: .whitespaces))
        return cells
    }

    /// Renders rows (header, delimiter, body…) as aligned lines.
    static func render(_ rows: [(number: Int, text: Substring)], inline: InlineMarkdown) -> [StyledLine] {
        guard rows.count >= 2 else { return [] }
        let aligns: [Align] = split(rows[1].text).map { cell in
            let t = cell.trimmingCharacters(in: .whitespaces)
            switch (t.hasPrefix(":"), t.hasSuffix(":")) {
            case (true, true): return .center
            case (false, true): return .right
            default: return .left
            }
        }
        var cells: [[[StyledSpan]]] = []
        for (i, row) in rows.enumerated() where i != 1 {
            cells.append(split(row.text).map { text in
                let spans = inline.spans(text)
                // Header cells are bold unless they are links or code.
                return i == 0 ? spans.map { s in s.role == .text ? StyledSpan(s.text, .bold, link: s.link) : s } : spans
            })
        }
        let columns = max(aligns.count, cells.map(\.count).max() ?? 0)
        var widths = Array(repeating: 0, count: columns)
        for row in cells {
            for (c, spans) in row.enumerated() { widths[c] = max(widths[c], DisplayWidth.of(spans.map(\.text).joined())) }
        }
        var out: [StyledLine] = []
        var cellRow = 0
        for (i, row) in rows.enumerated() {
            if i == 1 {
                let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─")
                out.append(StyledLine([StyledSpan(rule, .dim)], sourceLine: row.number))
                continue
            }
            var b = SpanBuilder()
            let rowCells = cells[cellRow]
            cellRow += 1
            for c in 0..<columns {
                if c > 0 { b.append(" │ ", .dim) }
                let spans = c < rowCells.count ? rowCells[c] : []
                let gap = widths[c] - DisplayWidth.of(spans.map(\.text).joined())
                let align = c < aligns.count ? aligns[c] : .left
                let (before, after): (Int, Int) = switch align {
                case .left: (0, gap)
                case .right: (gap, 0)
                case .center: (gap / 2, gap - gap / 2)
                }
                b.append(String(repeating: " ", count: before), .text)
                b.append(contentsOf: spans)
                // The last column is not padded: trailing spaces would only make wrapping worse.
                if c < columns - 1 { b.append(String(repeating: " ", count: after), .text) }
            }
            out.append(StyledLine(b.spans, sourceLine: row.number))
        }
        return out
    }
}
