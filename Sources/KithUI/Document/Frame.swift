import KithCore

/// The blockquotes and callouts a line sits in, outermost first. A quote draws `│ ` before
/// its lines; a callout (`> [!info] Title`) is a box in the `.dim` role with its type and
/// title in the top border, drawn by `TextWrap` to the width (`StyledLine.gutter`/`trailer`).
struct Frame {
    enum Level { case quote, callout }

    let renderer: BlockRenderer
    private(set) var levels: [Level] = []

    init(renderer: BlockRenderer) { self.renderer = renderer }

    /// Whether the innermost level is a callout (its text is not in the quote role).
    var isCallout: Bool { levels.last == .callout }

    /// Callout types as Obsidian names them, aliases folded to the type they show as.
    static let aliases = ["summary": "abstract", "tldr": "abstract", "hint": "tip", "important": "tip",
                          "check": "success", "done": "success", "help": "question", "faq": "question",
                          "caution": "warning", "attention": "warning", "fail": "failure", "missing": "failure",
                          "error": "danger", "cite": "quote"]

    /// Moves to line `l`'s quote depth: closes deeper levels (a callout's bottom border) and
    /// opens new ones. True when `l` was a callout's first line, now drawn as its top border.
    mutating func enter(_ l: LineSyntax, into out: inout BlockOutput) -> Bool {
        OperationCounter.tick(abs(levels.count - l.quoteDepth))
        while levels.count > l.quoteDepth { close(into: &out) }
        guard l.quoteDepth > levels.count else { return false }
        while levels.count < l.quoteDepth - 1 { levels.append(.quote) }
        if l.block == .paragraph, let top = calloutTop(l) {
            out.emit(top)
            levels.append(.callout)
            return true
        }
        levels.append(.quote)
        return false
    }

    /// A display line inside the current levels.
    func line(_ spans: [StyledSpan], sourceLine: Int?) -> StyledLine {
        OperationCounter.tick(levels.count)
        return StyledLine(spans, sourceLine: sourceLine, gutter: gutter(levels.count), trailer: trailer(levels.count),
                   fill: levels.contains(.callout) ? StyledSpan(" ", .text) : nil)
    }

    mutating func closeAll(into out: inout BlockOutput) {
        while !levels.isEmpty { close(into: &out) }
    }

    private mutating func close(into out: inout BlockOutput) {
        let level = levels.removeLast()
        guard level == .callout else { return }
        out.dropTrailingBlanks()
        out.emit(StyledLine([StyledSpan("╰", .dim)], gutter: gutter(levels.count),
                            trailer: [StyledSpan("╯", .dim)] + trailer(levels.count), fill: StyledSpan("─", .dim)))
    }

    private func gutter(_ depth: Int) -> [StyledSpan] {
        levels.prefix(depth).map { $0 == .callout ? StyledSpan("│ ", .dim) : StyledSpan("│ ", .quote) }
    }

    private func trailer(_ depth: Int) -> [StyledSpan] {
        levels.prefix(depth).reversed().filter { $0 == .callout }.map { _ in StyledSpan(" │", .dim) }
    }

    /// `[!type]`, `[!type]+` or `[!type]-` and an optional title: the box's top border,
    /// `╭─ Type · Title ───╮` (only the type when there is no title).
    private func calloutTop(_ l: LineSyntax) -> StyledLine? {
        let syntax = renderer.syntax
        var p = l.content.lowerBound
        guard syntax.byte(p) == 0x5B, syntax.byte(p + 1) == 0x21 else { return nil }
        p += 2
        let typeStart = p
        while p < l.content.upperBound, syntax.byte(p) != 0x5D, syntax.byte(p) != 0x20 { p += 1 }
        guard p < l.content.upperBound, syntax.byte(p) == 0x5D, p > typeStart else { return nil }
        let written = syntax.string(typeStart..<p).lowercased()
        p += 1
        let foldable = syntax.byte(p) == 0x2D || syntax.byte(p) == 0x2B
        if foldable { p += 1 }
        while p < l.content.upperBound, syntax.byte(p) == 0x20 { p += 1 }
        let type = Self.aliases[written] ?? written
        var spans = [StyledSpan("╭─ ", .dim)]
        if foldable { spans.append(StyledSpan("▾ ", .dim)) }
        spans.append(StyledSpan(type.prefix(1).uppercased() + type.dropFirst(), .heading))
        let title = renderer.inline.joined(p..<l.content.upperBound, tokens: l.tokens, base: .heading)
        if !title.isEmpty, title.map(\.text).joined().lowercased() != type {
            spans.append(StyledSpan(" · ", .dim))
            spans += title
        }
        spans.append(StyledSpan(" ", .dim))
        return StyledLine(spans, hangingIndent: 1, sourceLine: l.line, gutter: gutter(levels.count),
                          trailer: [StyledSpan("╮", .dim)] + trailer(levels.count), fill: StyledSpan("─", .dim))
    }
}
