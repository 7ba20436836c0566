/// A note line after comments and fences are worked out.
struct SourceLine {
    var number: Int
    var text: Substring
    /// Inside a fenced code block: shown verbatim, never parsed.
    var isCode = false
}

/// Renders Markdown blocks to display lines, one per note line (soft-wrapped paragraphs stay
/// one display line per note line, so `sourceLine` is exact and "edit at line" lands right).
struct BlockMarkdown {
    let inline: InlineMarkdown

    /// The rule drawn between parts of a document; `TextWrap` cuts it to the width.
    static let ruleWidth = 60
    static func rule(sourceLine: Int? = nil) -> StyledLine {
        StyledLine([StyledSpan(String(repeating: "─", count: ruleWidth), .dim)], sourceLine: sourceLine)
    }

    /// Renders note lines. Blank runs collapse to one blank line; leading and trailing blanks go.
    func render(_ lines: [(number: Int, text: Substring)]) -> [StyledLine] {
        let source = Self.prepare(lines)
        var out: [StyledLine] = []
        var listIndents: [Int] = []
        var i = 0
        func emit(_ l: StyledLine) {
            if l.spans.isEmpty, out.last.map({ $0.spans.isEmpty }) ?? true { return }
            out.append(l)
        }
        while i < source.count {
            let line = source[i]
            let n = line.number
            if line.isCode {
                out.append(StyledLine(line.text.isEmpty ? [] : [StyledSpan(Self.expandTabs(line.text), .code)], sourceLine: n))
                i += 1
                continue
            }
            let text = Self.expandTabs(line.text)[...]
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                emit(StyledLine(sourceLine: n))
                i += 1
                continue
            }
            // Table: a row with pipes followed by a delimiter row.
            if trimmed.contains("|"), i + 1 < source.count, !source[i + 1].isCode,
               MarkdownTable.isDelimiterRow(source[i + 1].text), !MarkdownTable.isDelimiterRow(text) {
                var rows: [(number: Int, text: Substring)] = [(n, text)]
                var j = i + 1
                while j < source.count, !source[j].isCode, source[j].text.contains("|"),
                      !source[j].text.trimmingCharacters(in: .whitespaces).isEmpty {
                    rows.append((source[j].number, Self.expandTabs(source[j].text)[...]))
                    j += 1
                }
                out.append(contentsOf: MarkdownTable.render(rows, inline: inline))
                listIndents = []
                i = j
                continue
            }
            i += 1
            if let h = Heading(text) {
                if let last = out.last, !last.spans.isEmpty { out.append(StyledLine()) }
                out.append(heading(h, sourceLine: n))
                listIndents = []
                continue
            }
            if Self.isRule(trimmed) {
                out.append(Self.rule(sourceLine: n))
                continue
            }
            let indent = text.prefix { $0 == " " }.count
            if indent < 4, trimmed.hasPrefix(">") {
                out.append(quote(trimmed[...], sourceLine: n))
                continue
            }
            if let item = ListItem(text) {
                while let last = listIndents.last, last > item.indent { listIndents.removeLast() }
                if listIndents.last != item.indent { listIndents.append(item.indent) }
                out.append(listLine(item, depth: listIndents.count - 1, sourceLine: n))
                continue
            }
            if indent >= 2, !listIndents.isEmpty {
                // A list item's continuation paragraph: under the item's text.
                let pad = 2 * listIndents.count
                var b = SpanBuilder()
                b.append(String(repeating: " ", count: pad), .text)
                b.append(contentsOf: inline.spans(trimmed))
                out.append(StyledLine(b.spans, hangingIndent: pad, sourceLine: n))
                continue
            }
            if indent >= 4, out.last?.spans.isEmpty ?? true {
                out.append(StyledLine([StyledSpan(String(text.dropFirst(4)), .code)], sourceLine: n))
                continue
            }
            listIndents = []
            out.append(StyledLine(inline.spans(trimmed), sourceLine: n))
        }
        while let last = out.last, last.spans.isEmpty { out.removeLast() }
        while let first = out.first, first.spans.isEmpty { out.removeFirst() }
        return out
    }

    /// Level 1 takes `.title`, level 2 `.heading`; deeper levels `.heading` after a dim `▸`.
    func heading(_ h: Heading, sourceLine: Int) -> StyledLine {
        var b = SpanBuilder()
        if h.level >= 3 { b.append(String(repeating: " ", count: 2 * (h.level - 3)) + "▸ ", .dim) }
        b.append(contentsOf: inline.spans(h.title, base: h.level == 1 ? .title : .heading))
        return StyledLine(b.spans, sourceLine: sourceLine)
    }

    /// `> text`, `>> text`, `> [!note] Title`: a `│ ` per level, then the text as `.quote`.
    func quote(_ s: Substring, sourceLine: Int) -> StyledLine {
        var rest = s
        var depth = 0
        while rest.hasPrefix(">") {
            depth += 1
            rest = rest.dropFirst().drop { $0 == " " }
        }
        var b = SpanBuilder()
        let bar = String(repeating: "│ ", count: depth)
        b.append(bar, .quote)
        if rest.hasPrefix("[!"), let close = rest.firstIndex(of: "]") {
            // Callout: `[!warning]- Title` shows as `Warning: Title`.
            let type = rest[rest.index(rest.startIndex, offsetBy: 2)..<close]
            let title = rest[rest.index(after: close)...].drop { "+- ".contains($0) }
            b.append(type.prefix(1).uppercased() + type.dropFirst().lowercased(), .bold)
            if !title.isEmpty { b.append(": ", .bold) }
            b.append(contentsOf: inline.spans(title, base: .quote))
        } else if let item = ListItem(rest) {
            b.append(item.marker, .quote)
            b.append(contentsOf: inline.spans(item.content, base: .quote))
        } else {
            b.append(contentsOf: inline.spans(rest, base: .quote))
        }
        return StyledLine(b.spans, hangingIndent: DisplayWidth.of(bar), sourceLine: sourceLine)
    }

    func listLine(_ item: ListItem, depth: Int, sourceLine: Int) -> StyledLine {
        var b = SpanBuilder()
        let pad = String(repeating: "  ", count: depth)
        b.append(pad, .text)
        b.append(item.marker(depth: depth), .dim)
        b.append(contentsOf: inline.spans(item.content))
        return StyledLine(b.spans, hangingIndent: DisplayWidth.of(pad + item.marker(depth: depth)), sourceLine: sourceLine)
    }

    // MARK: Preparation

    /// Marks fenced code and removes `%% … %%` and `<!-- … -->` comments (which may span
    /// lines). Lines left empty by a comment are dropped, so a comment leaves no gap.
    static func prepare(_ lines: [(number: Int, text: Substring)]) -> [SourceLine] {
        var out: [SourceLine] = []
        var fence: Fence?
        var commentEnd: String?
        for (n, raw) in lines {
            let text = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if let f = fence {
                if f.closes(text) { fence = nil } else { out.append(SourceLine(number: n, text: text, isCode: true)) }
                continue
            }
            if commentEnd == nil, let f = Fence(opening: text) {
                fence = f
                continue
            }
            var kept = ""
            var rest = text
            while !rest.isEmpty {
                if let end = commentEnd {
                    guard let r = rest.range(of: end) else { rest = ""; break }
                    rest = rest[r.upperBound...]
                    commentEnd = nil
                    continue
                }
                let open = [("%%", "%%"), ("<!--", "-->")].compactMap { o, c in rest.range(of: o).map { ($0, c) } }
                    .min { $0.0.lowerBound < $1.0.lowerBound }
                guard let (r, close) = open, !inInlineCode(rest, before: r.lowerBound) else {
                    kept += rest
                    break
                }
                kept += rest[..<r.lowerBound]
                rest = rest[r.upperBound...]
                commentEnd = close
            }
            let hadText = !text.trimmingCharacters(in: .whitespaces).isEmpty
            if hadText && kept.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            out.append(SourceLine(number: n, text: kept[...]))
        }
        return out
    }

    /// Whether an odd number of backticks precede `index` (the marker is inside inline code).
    private static func inInlineCode(_ s: Substring, before index: Substring.Index) -> Bool {
        s[..<index].reduce(0) { $0 + ($1 == "`" ? 1 : 0) } % 2 == 1
    }

    static func isRule(_ t: String) -> Bool {
        let chars = t.filter { $0 != " " }
        guard chars.count >= 3, let c = chars.first, "-*_".contains(c) else { return false }
        return chars.allSatisfy { $0 == c }
    }

    /// Tabs to spaces at 4-column stops (terminals and `DisplayWidth` know no tabs).
    static func expandTabs(_ s: Substring) -> String {
        guard s.contains("\t") else { return String(s) }
        var out = ""
        var col = 0
        for ch in s {
            if ch == "\t" {
                let n = 4 - col % 4
                out += String(repeating: " ", count: n)
                col += n
            } else {
                out.append(ch)
                col += DisplayWidth.of(ch)
            }
        }
        return out
    }
}

/// `- text`, `* text`, `+ text`, `1. text`, `1) text`, with `[ ]`/`[x]` tasks.
struct ListItem {
    var indent: Int
    /// `•`-style marker for bullets; the number as written for ordered items.
    var ordered: String?
    var task: Bool?
    var content: Substring

    init?(_ line: Substring) {
        let body = line.drop { $0 == " " }
        indent = line.count - body.count
        var rest: Substring
        if let f = body.first, "-*+".contains(f) {
            rest = body.dropFirst()
            ordered = nil
        } else {
            let digits = body.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count) else { return nil }
            let after = body.dropFirst(digits.count)
            guard let d = after.first, d == "." || d == ")" else { return nil }
            ordered = String(body.prefix(digits.count + 1))
            rest = after.dropFirst()
        }
        guard rest.isEmpty || rest.first == " " else { return nil }
        rest = rest.drop { $0 == " " }
        if rest.hasPrefix("[ ] ") || rest == "[ ]" {
            task = false
            rest = rest.dropFirst(3).drop { $0 == " " }
        } else if rest.hasPrefix("[x] ") || rest.hasPrefix("[X] ") || rest == "[x]" || rest == "[X]" {
            task = true
            rest = rest.dropFirst(3).drop { $0 == " " }
        }
        content = rest
    }

    /// The marker for a depth: `• ◦ ▪` for bullets, `☐ ☑` for tasks, numbers as written.
    func marker(depth: Int) -> String {
        var m = ordered.map { $0 + " " } ?? ""
        if let task {
            m += task ? "☑ " : "☐ "
        } else if ordered == nil {
            m = ["• ", "◦ ", "▪ "][min(depth, 2)]
        }
        return m
    }

    var marker: String { marker(depth: 0) }
}
