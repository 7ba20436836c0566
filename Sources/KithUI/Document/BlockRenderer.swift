import KithCore

/// Renders a note's scanned lines (`NoteSyntax`, the index's own scanner) to display lines,
/// one or more per note line (`<br>` breaks one), so `sourceLine` is exact and "edit at
/// line" lands right. Blank runs collapse to one blank line; leading and trailing blanks go;
/// a line that shows nothing (a comment, a lone HTML tag) leaves no gap.
struct BlockRenderer {
    let syntax: NoteSyntax
    let inline: InlineRenderer

    /// The rule drawn between parts of a document; `TextWrap` cuts it to the width.
    static let ruleWidth = 60
    static func rule(sourceLine: Int? = nil) -> StyledLine {
        StyledLine([StyledSpan(String(repeating: "─", count: ruleWidth), .dim)], sourceLine: sourceLine)
    }

    /// Code blocks shown as a labelled query, never run (Dataview, Bases, Obsidian search).
    static let queryLabels = ["dataview": "dataview query", "dataviewjs": "dataviewjs query", "base": "base query",
                              "query": "search query", "tasks": "tasks query"]

    init(syntax: NoteSyntax, links: LinkTargets) {
        self.syntax = syntax
        var footnotes: [String: Int] = [:]
        for l in syntax.lines where l.block == .paragraph {
            if let (label, _) = Self.footnoteDefinition(l, syntax) { footnotes[label] = footnotes[label] ?? l.line }
        }
        self.inline = InlineRenderer(syntax: syntax, links: links, footnoteLines: footnotes)
    }

    /// The note's scanned lines from 1-based `from` through `to`.
    func lines(from: Int, to: Int? = nil) -> ArraySlice<LineSyntax> {
        guard let first = syntax.lines.first?.line else { return [] }
        let lo = max(0, from - first), hi = min(syntax.lines.count, (to ?? Int.max - 1) - first + 1)
        return lo < hi ? syntax.lines[lo..<hi] : []
    }

    /// Renders `lines` (in order; usually consecutive lines of the note).
    func render(_ source: some Collection<LineSyntax>) -> [StyledLine] {
        let lines = Array(source)
        var out = BlockOutput()
        var frame = Frame(renderer: self)
        var listIndents: [Int] = []
        var query: String?
        var i = 0
        while i < lines.count {
            OperationCounter.tick()
            let l = lines[i]
            i += 1
            if frame.enter(l, into: &out) { listIndents = []; continue }
            switch l.block {
            case .blank:
                out.blank(frame)
            case .fenceOpen(let math):
                let info = syntax.string(l.content).split(separator: " ").first.map { $0.lowercased() } ?? ""
                query = math ? nil : Self.queryLabels[info]
                if let query { out.emit(frame.line([StyledSpan(query, .fieldName)], sourceLine: l.line)) }
            case .fenceClose:
                query = nil
            case .code, .indentedCode:
                var b = SpanBuilder()
                b.append(syntax.string(l.content), query == nil ? .code : .dim)
                out.emit(frame.line(b.expandingTabs(), sourceLine: l.line))
            case .heading(let level):
                listIndents = []
                out.heading(frame.line(heading(l, level: level), sourceLine: l.line))
            case .thematicBreak:
                out.emit(frame.line(Self.rule().spans, sourceLine: l.line))
            case .listItem:
                out.emit(listLine(l, indents: &listIndents, frame: frame))
            case .paragraph, .comment:
                if l.block == .paragraph, let rows = MarkdownTable.rows(at: i - 1, in: lines, syntax) {
                    for row in MarkdownTable.render(Array(lines[(i - 1)..<(i - 1 + rows)]), inline: inline) {
                        out.emit(frame.line(row.spans, sourceLine: row.sourceLine))
                    }
                    listIndents = []
                    i += rows - 1
                    continue
                }
                paragraph(l, listIndents: &listIndents, frame: frame, into: &out)
            }
        }
        frame.closeAll(into: &out)
        return out.finish()
    }

    /// Level 1 takes `.title`, level 2 `.heading`; deeper levels `.heading` after a dim `▸`.
    func heading(_ l: LineSyntax, level: Int) -> [StyledSpan] {
        var b = SpanBuilder()
        if level >= 3 { b.append(String(repeating: " ", count: 2 * (level - 3)) + "▸ ", .dim) }
        b.append(contentsOf: inline.joined(l.content, tokens: l.tokens, base: level == 1 ? .title : .heading))
        return b.spans
    }

    private func listLine(_ l: LineSyntax, indents: inout [Int], frame: Frame) -> StyledLine {
        while let last = indents.last, last > l.indent { indents.removeLast() }
        if indents.last != l.indent { indents.append(l.indent) }
        let depth = indents.count - 1
        var content = l.content
        let marker = syntax.string(l.marker)
        var m: String
        if let first = marker.first, "-*+".contains(first) { m = ["• ", "◦ ", "▪ "][min(depth, 2)] } else { m = marker + " " }
        // `[ ]` and `[x]` (any character but a space counts as done, as Obsidian shows it).
        if content.count >= 3, syntax.byte(content.lowerBound) == 0x5B, syntax.byte(content.lowerBound + 2) == 0x5D,
           content.count == 3 || syntax.byte(content.lowerBound + 3) == 0x20 {
            let done = syntax.byte(content.lowerBound + 1) != 0x20
            m = (marker.first.map { "-*+".contains($0) } == true ? "" : m) + (done ? "☑ " : "☐ ")
            content = min(content.lowerBound + 4, content.upperBound)..<content.upperBound
        }
        let pad = String(repeating: "  ", count: depth)
        var b = SpanBuilder()
        b.append(pad, .text)
        b.append(m, .dim)
        let base: Role = l.quoteDepth > 0 && !frame.isCallout ? .quote : .text
        b.append(contentsOf: inline.joined(content, tokens: l.tokens, base: base))
        var line = frame.line(b.spans, sourceLine: l.line)
        line.hangingIndent = DisplayWidth.of(pad + m)
        return line
    }

    private func paragraph(_ l: LineSyntax, listIndents: inout [Int], frame: Frame, into out: inout BlockOutput) {
        let base: Role = l.quoteDepth > 0 && !frame.isCallout ? .quote : .text
        var prefix: [StyledSpan] = []
        var content = l.content
        if l.block == .paragraph, let (label, rest) = Self.footnoteDefinition(l, syntax) {
            prefix = [StyledSpan("[\(label)] ", .dim)]
            content = rest..<l.content.upperBound
        }
        var pad = 0
        if l.block == .paragraph, l.indent >= 2, !listIndents.isEmpty {
            pad = 2 * listIndents.count // a list item's continuation paragraph: under the item's text
        } else if l.block == .paragraph, l.indent < 2 {
            listIndents = []
        }
        let rendered = inline.lines(content, tokens: l.tokens, base: base)
        guard rendered.contains(where: { !$0.isEmpty }) else { return }
        for spans in rendered {
            var b = SpanBuilder()
            if pad > 0 { b.append(String(repeating: " ", count: pad), .text) }
            b.append(contentsOf: prefix)
            b.append(contentsOf: spans)
            var line = frame.line(b.spans, sourceLine: l.line)
            line.hangingIndent = pad
            out.emit(line)
        }
    }

    /// `[^label]: text` at a paragraph's start: the label and where the text starts.
    static func footnoteDefinition(_ l: LineSyntax, _ syntax: NoteSyntax) -> (String, Int)? {
        guard let t = l.tokens.first, syntax.tokens[t].kind == .footnote,
              syntax.tokens[t].range.lowerBound == l.content.lowerBound,
              syntax.byte(syntax.tokens[t].range.upperBound) == 0x3A else { return nil }
        var rest = syntax.tokens[t].range.upperBound + 1
        while syntax.byte(rest) == 0x20 { rest += 1 }
        return (syntax.string(syntax.tokens[t].inner), min(rest, l.content.upperBound))
    }
}

/// Display lines as they are made: blank runs collapse, a heading gets a blank line above.
struct BlockOutput {
    private(set) var lines: [StyledLine] = []

    static func isBlank(_ l: StyledLine) -> Bool { l.spans.isEmpty && l.fill?.text != "─" }

    mutating func emit(_ l: StyledLine) {
        if Self.isBlank(l), lines.last.map({ Self.isBlank($0) || $0.fill?.text == "─" && $0.trailer.first?.text == "╮" }) ?? true {
            return
        }
        lines.append(l)
    }

    mutating func blank(_ frame: Frame) { emit(frame.line([], sourceLine: nil)) }

    mutating func heading(_ l: StyledLine) {
        if let last = lines.last, !Self.isBlank(last) { lines.append(StyledLine(gutter: l.gutter, trailer: l.trailer, fill: l.fill)) }
        lines.append(l)
    }

    /// Removes blank lines at the end (before a callout's bottom border).
    mutating func dropTrailingBlanks() {
        while let last = lines.last, Self.isBlank(last) { lines.removeLast() }
    }

    func finish() -> [StyledLine] {
        var out = lines
        while let last = out.last, Self.isBlank(last) { out.removeLast() }
        while let first = out.first, Self.isBlank(first) { out.removeFirst() }
        return out
    }
}
