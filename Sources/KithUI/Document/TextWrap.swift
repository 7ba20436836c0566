import KithCore

/// Word wrapping of styled lines by display width.
///
/// Breaks at spaces; East Asian wide characters may break anywhere (between any two of them);
/// a grapheme (emoji, flag, accented letter) is never split. A word longer than a line is cut.
/// Roles and links stay on every piece: a link cut by the wrap keeps its destination on each
/// line, and the continuation lines are marked `isContinuation` so the pieces can be
/// selected as one item (`Document.selectableItems(wrapped:)`). Continuation lines start with
/// `hangingIndent` spaces (dropped when it would leave less than half the width).
/// Spaces at a break are dropped. A line made only of `─`/`┼` (a rule) is cut to the width.
public enum TextWrap {
    /// Every line wrapped to `width` cells; empty when `width <= 0`.
    public static func wrap(_ lines: [StyledLine], width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        var out: [StyledLine] = []
        out.reserveCapacity(lines.count)
        for line in lines { wrap(line, width: width, into: &out) }
        return out
    }

    /// One line wrapped to `width` cells; empty when `width <= 0`.
    public static func wrap(_ line: StyledLine, width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        var out: [StyledLine] = []
        wrap(line, width: width, into: &out)
        return out
    }

    private struct Token {
        var graphemes: [(Character, Int, Int)]  // grapheme, source span, width
        var width: Int
        var isSpace: Bool
    }

    /// A framed line (quote bar, callout border): its content wraps to what the frame leaves,
    /// and every piece gets the gutter, the padding and the trailer, so borders line up at any
    /// width. A frame that would leave fewer than 8 cells is dropped, right side first.
    private static func wrapFramed(_ line: StyledLine, width: Int, into out: inout [StyledLine]) {
        var gutter = line.gutter, trailer = line.trailer, fill = line.fill
        func widthOf(_ spans: [StyledSpan]) -> Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }
        if width - widthOf(gutter) - widthOf(trailer) < 8 { trailer = []; fill = nil }
        if width - widthOf(gutter) < 8 { gutter = [] }
        // A callout's top border whose title wraps: the title goes on inside the box.
        let isTop = fill?.text == "─" && trailer.first?.text == "╮"
        let side = [StyledSpan("│ ", .dim)], rightSide = [StyledSpan(" │", .dim)] + trailer.dropFirst()
        var inner = width - widthOf(gutter) - widthOf(trailer)
        if isTop { inner = min(inner, width - widthOf(gutter) - widthOf(side) - widthOf(rightSide)) }
        var content = line
        content.gutter = []
        content.trailer = []
        content.fill = nil
        var pieces: [StyledLine] = []
        if content.spans.isEmpty {
            pieces = [content]
        } else {
            wrap(content, width: inner, into: &pieces)
        }
        for (i, piece) in pieces.enumerated() {
            var framed = piece
            let body = isTop && i > 0
            framed.spans = gutter + (body ? side : []) + piece.spans
            if let fill {
                let right = body ? rightSide : trailer
                let gap = width - widthOf(framed.spans) - widthOf(right)
                let pad = body ? StyledSpan(" ", .text) : fill
                if gap > 0 { framed.spans.append(StyledSpan(String(repeating: pad.text, count: gap), pad.role)) }
                framed.spans += right
            }
            out.append(framed)
        }
    }

    private static func wrap(_ line: StyledLine, width: Int, into out: inout [StyledLine]) {
        OperationCounter.tick(line.spans.count + line.gutter.count)
        if line.isFramed {
            wrapFramed(line, width: width, into: &out)
            return
        }
        if line.spans.count == 1, let s = line.spans.first, !s.text.isEmpty, s.text.allSatisfy({ $0 == "─" || $0 == "┼" }) {
            var cut = line
            cut.spans[0].text = String(s.text.prefix(width))
            out.append(cut)
            return
        }
        if DisplayWidth.of(line.text) <= width {
            out.append(line)
            return
        }
        let indent = line.hangingIndent <= width / 2 ? max(0, line.hangingIndent) : 0
        var builder = Builder(source: line, width: width)
        var pending: [(Character, Int, Int)] = []
        for token in tokens(of: line) {
            if token.isSpace {
                if !builder.hasWord {
                    // Leading indentation of the first line is layout: keep what fits.
                    if !builder.isContinuation { for g in token.graphemes where builder.fits(g.2) { builder.add(g) } }
                } else {
                    pending += token.graphemes
                }
                continue
            }
            let pendingWidth = pending.reduce(0) { $0 + $1.2 }
            if builder.used + pendingWidth + token.width <= width {
                pending.forEach { builder.add($0) }
                token.graphemes.forEach { builder.add($0) }
            } else if builder.hasAny, token.width <= width - indent {
                builder.newLine(indent: indent, into: &out)
                token.graphemes.forEach { builder.add($0) }
            } else {
                // Longer than a line: fill what is left, then cut grapheme by grapheme.
                if builder.hasWord, builder.used + pendingWidth < width { pending.forEach { builder.add($0) } }
                for g in token.graphemes {
                    if !builder.fits(g.2) {
                        if builder.hasAny { builder.newLine(indent: indent, into: &out) }
                        if !builder.fits(g.2) {
                            // A wide character in a one-cell column: show a one-cell stand-in.
                            builder.add(("…", g.1, 1))
                            continue
                        }
                    }
                    builder.add(g)
                }
            }
            pending = []
        }
        let pendingWidth = pending.reduce(0) { $0 + $1.2 }
        if builder.used + pendingWidth <= width { pending.forEach { builder.add($0) } }
        builder.finish(into: &out)
    }

    /// Words, runs of spaces, and single wide characters (each its own break opportunity).
    private static func tokens(of line: StyledLine) -> [Token] {
        var out: [Token] = []
        var word = Token(graphemes: [], width: 0, isSpace: false)
        func flush() {
            if !word.graphemes.isEmpty { out.append(word) }
            word = Token(graphemes: [], width: 0, isSpace: false)
        }
        for (si, span) in line.spans.enumerated() {
            OperationCounter.tick(span.text.utf8.count)
            for g in span.text {
                let w = DisplayWidth.of(g)
                let isSpace = g == " "
                if isSpace != word.isSpace || (isBreakableWide(g, w) && !isSpace) {
                    flush()
                    word.isSpace = isSpace
                }
                word.graphemes.append((g, si, w))
                word.width += w
                if isBreakableWide(g, w) { flush() }
            }
        }
        flush()
        return out
    }

    /// CJK and other wide text breaks between any two characters; emoji stick to their word.
    private static func isBreakableWide(_ g: Character, _ w: Int) -> Bool {
        guard w == 2, let s = g.unicodeScalars.first else { return false }
        return !s.properties.isEmojiPresentation && !s.properties.isEmoji
    }

    /// The line being filled.
    private struct Builder {
        let source: StyledLine
        let width: Int
        var spans: [StyledSpan] = []
        var lastSpan = -1
        var used = 0
        var hasWord = false
        /// Anything on the line besides a continuation's indent (leading spaces count).
        var hasAny = false
        var isContinuation = false

        init(source: StyledLine, width: Int) {
            self.source = source
            self.width = width
        }

        func fits(_ w: Int) -> Bool { used + w <= width }

        mutating func add(_ g: (Character, Int, Int)) {
            if g.1 == lastSpan, !spans.isEmpty {
                spans[spans.count - 1].text.append(g.0)
            } else {
                let s = source.spans[g.1]
                spans.append(StyledSpan(String(g.0), s.role, link: s.link))
                lastSpan = g.1
            }
            used += g.2
            hasAny = true
            if g.0 != " " { hasWord = true }
        }

        mutating func newLine(indent: Int, into out: inout [StyledLine]) {
            finish(into: &out)
            spans = indent > 0 ? [StyledSpan(String(repeating: " ", count: indent), .text)] : []
            lastSpan = -1
            used = indent
            hasWord = false
            hasAny = false
            isContinuation = true
        }

        func finish(into out: inout [StyledLine]) {
            out.append(StyledLine(spans, hangingIndent: source.hangingIndent, sourceLine: source.sourceLine,
                                  isContinuation: isContinuation || source.isContinuation))
        }
    }
}
