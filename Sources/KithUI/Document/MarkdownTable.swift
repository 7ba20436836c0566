import KithCore

/// A pipe table rendered with columns aligned by display width and `│` between cells.
/// Header cells are bold; the delimiter row becomes a `─┼─` rule; a `<br>` in a cell makes
/// the row taller. Cells split at `|` outside the inline grammar's tokens, so a pipe in a
/// wikilink (`[[A\|b]]`) or in code never splits one, and `\|` shows as `|`.
enum MarkdownTable {
    enum Align { case left, center, right }

    /// When `lines[index]` starts a table (a row with pipes, then a delimiter row), how many
    /// lines it has.
    static func rows(at index: Int, in lines: [LineSyntax], _ syntax: NoteSyntax) -> Int? {
        guard index + 1 < lines.count else { return nil }
        let head = lines[index], delimiter = lines[index + 1]
        guard delimiter.block == .paragraph, delimiter.quoteDepth == head.quoteDepth,
              syntax.bytes[head.content].contains(0x7C),
              isDelimiterRow(syntax.string(delimiter.content)), !isDelimiterRow(syntax.string(head.content)) else {
            return nil
        }
        var n = 2
        while index + n < lines.count {
            let l = lines[index + n]
            guard l.block == .paragraph, l.quoteDepth == head.quoteDepth, syntax.bytes[l.content].contains(0x7C) else { break }
            n += 1
        }
        return n
    }

    /// Whether `line` is a delimiter row: `| --- | :---: |`.
    static func isDelimiterRow(_ line: String) -> Bool {
        var s = line.trimmingCharacters(in: .whitespaces)[...]
        if s.hasPrefix("|") { s = s.dropFirst() }
        if s.hasSuffix("|") { s = s.dropLast() }
        let cells = s.split(separator: "|", omittingEmptySubsequences: false)
        guard !cells.isEmpty else { return false }
        return cells.allSatisfy { cell in
            let t = cell.trimmingCharacters(in: .whitespaces)
            let core = t.drop { $0 == ":" }.reversed().drop { $0 == ":" }
            return core.count >= 1 && core.allSatisfy { $0 == "-" } && t.contains("-")
        }
    }

    /// Cells of a row (outer pipes dropped) as byte ranges and the indices of their tokens.
    static func cells(_ l: LineSyntax, _ syntax: NoteSyntax) -> [(range: Range<Int>, tokens: Range<Int>)] {
        var out: [(Range<Int>, Range<Int>)] = []
        var (s, e) = (l.content.lowerBound, l.content.upperBound)
        while e > s, syntax.bytes[e - 1] == 0x20 || syntax.bytes[e - 1] == 0x09 { e -= 1 }
        if s < e, syntax.bytes[s] == 0x7C { s += 1 }
        var t = l.tokens.lowerBound
        while t < l.tokens.upperBound, syntax.tokens[t].range.lowerBound < s { t += 1 }
        var cellStart = s, firstToken = t, p = s
        func close(_ end: Int) {
            var a = cellStart, b = end
            while a < b, syntax.bytes[a] == 0x20 || syntax.bytes[a] == 0x09 { a += 1 }
            while b > a, syntax.bytes[b - 1] == 0x20 || syntax.bytes[b - 1] == 0x09 { b -= 1 }
            out.append((a..<b, firstToken..<t))
        }
        while p < e {
            OperationCounter.tick()
            if t < l.tokens.upperBound, syntax.tokens[t].range.lowerBound == p {
                p = max(p + 1, syntax.tokens[t].range.upperBound)
                t += 1
                continue
            }
            if syntax.bytes[p] == 0x7C {
                close(p)
                cellStart = p + 1
                firstToken = t
                if p + 1 == e { return out } // a closing pipe ends the row
            }
            p += 1
        }
        close(e)
        return out
    }

    /// Renders rows (header, delimiter, body…) as aligned lines.
    static func render(_ rows: [LineSyntax], inline: InlineRenderer) -> [StyledLine] {
        let syntax = inline.syntax
        guard rows.count >= 2 else { return [] }
        let aligns: [Align] = cells(rows[1], syntax).map { cell in
            let t = syntax.string(cell.range)
            switch (t.hasPrefix(":"), t.hasSuffix(":")) {
            case (true, true): return .center
            case (false, true): return .right
            default: return .left
            }
        }
        // Each row: each cell's display lines.
        var table: [[[[StyledSpan]]]] = []
        for (i, row) in rows.enumerated() where i != 1 {
            table.append(cells(row, syntax).map { cell in
                let lines = inline.lines(cell.range, tokens: cell.tokens, base: .text)
                // Header cells are bold unless they are links or code.
                return i == 0 ? lines.map { $0.map { s in s.role == .text ? StyledSpan(s.text, .bold, link: s.link) : s } } : lines
            })
        }
        let columns = max(aligns.count, table.map(\.count).max() ?? 0)
        var widths = Array(repeating: 0, count: columns)
        for row in table {
            for (c, lines) in row.enumerated() {
                for spans in lines { widths[c] = max(widths[c], DisplayWidth.of(spans.map(\.text).joined())) }
            }
        }
        var out: [StyledLine] = []
        var tableRow = 0
        for (i, row) in rows.enumerated() {
            if i == 1 {
                let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─")
                out.append(StyledLine([StyledSpan(rule, .dim)], sourceLine: row.line))
                continue
            }
            let rowCells = table[tableRow]
            tableRow += 1
            let height = max(1, rowCells.map(\.count).max() ?? 1)
            // A row too wide for the view goes on under its last column.
            let lastColumn = widths.dropLast().reduce(0, +) + 3 * (widths.count - 1)
            for k in 0..<height {
                out.append(StyledLine(line(rowCells, k, widths: widths, aligns: aligns), hangingIndent: lastColumn,
                                      sourceLine: row.line))
            }
        }
        return out
    }

    /// Display line `k` of a row: each cell's `k`th line, padded to its column.
    private static func line(_ cells: [[[StyledSpan]]], _ k: Int, widths: [Int], aligns: [Align]) -> [StyledSpan] {
        var b = SpanBuilder()
        for c in 0..<widths.count {
            if c > 0 { b.append(" │ ", .dim) }
            let spans = c < cells.count && k < cells[c].count ? cells[c][k] : []
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
            if c < widths.count - 1 { b.append(String(repeating: " ", count: after), .text) }
        }
        return b.spans
    }
}
