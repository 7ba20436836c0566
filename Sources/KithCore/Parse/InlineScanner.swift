/// Per-line tables for the inline scanner, kept between lines so they allocate once per note.
///
/// Matching is done with tables built in one pass over the line (a stack for brackets and
/// parentheses, `nextSame` for backtick runs) so that no construct is found by rescanning
/// the rest of the line: a line of thousands of unbalanced `[` or backticks stays linear.
struct InlineScratch {
    /// Backtick runs: start, length, and the index of the next run of the same length (or -1).
    var runStart: [Int32] = []
    var runLength: [Int32] = []
    var runNextSame: [Int32] = []
    var lastRunOfLength: [Int: Int32] = [:]
    /// `[` and `(` in line order with the offset of their matching `]` / `)` (or -1).
    var bracketOpen: [Int32] = []
    var bracketClose: [Int32] = []
    var parenOpen: [Int32] = []
    var parenClose: [Int32] = []
    var whitespace: [Int32] = []
    var stack: [Int] = []
    var parenStack: [Int] = []

    mutating func reset() {
        runStart.removeAll(keepingCapacity: true)
        runLength.removeAll(keepingCapacity: true)
        runNextSame.removeAll(keepingCapacity: true)
        lastRunOfLength.removeAll(keepingCapacity: true)
        bracketOpen.removeAll(keepingCapacity: true)
        bracketClose.removeAll(keepingCapacity: true)
        parenOpen.removeAll(keepingCapacity: true)
        parenClose.removeAll(keepingCapacity: true)
        whitespace.removeAll(keepingCapacity: true)
    }

    /// Index of the first element of sorted `array` that is ≥ `value`.
    static func lowerBound(_ array: [Int32], _ value: Int) -> Int {
        var lo = 0, hi = array.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(array[mid]) < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

extension MarkdownScanner {
    /// Links, tags, inline code and comments in `start..<e` of line `line`. `lineStart` is the
    /// offset where a tag may begin without a preceding space (-1: nowhere).
    mutating func scanInline(_ start: Int, _ e: Int, lineStart: Int, line: Int) {
        var hasBacktick = false, hasBracket = false, interesting = false
        var p = start
        while p < e {
            switch buf[p] {
            case 0x60: hasBacktick = true; interesting = true
            case 0x5B: hasBracket = true; interesting = true
            case 0x23, 0x25, 0x3C, 0x5C: interesting = true
            default: break
            }
            p += 1
        }
        guard interesting else { return }
        prepareTables(start, e, backticks: hasBacktick, brackets: hasBracket)
        var run = 0, bracket = 0
        var wikiFrom = -1, wikiHit = -1 // cache: no `[[`/`]]` in wikiFrom..<wikiHit
        p = start
        while p < e {
            let b = buf[p]
            switch b {
            case 0x5C: // backslash escapes ASCII punctuation: `\[\[x\]\]`, `\#tag`, "\`"
                p += (p + 1 < e && ByteText.isASCIIPunctuation(buf[p + 1])) ? 2 : 1
            case 0x60:
                while run < inline.runStart.count, Int(inline.runStart[run]) < p { run += 1 }
                guard run < inline.runStart.count, Int(inline.runStart[run]) == p else {
                    // Inside a run whose first backtick was escaped: the rest is literal.
                    while p < e, buf[p] == 0x60 { p += 1 }
                    continue
                }
                let closer = Int(inline.runNextSame[run])
                if closer >= 0 {
                    p = Int(inline.runStart[closer] + inline.runLength[closer])
                    run = closer + 1
                } else {
                    p += Int(inline.runLength[run])
                    run += 1
                }
            case 0x25 where p + 1 < e && buf[p + 1] == 0x25:
                let end = Self.find(buf, "%%", from: p + 2).map { $0 + 2 } ?? buf.count
                if end > e { commentEnd = end; return }
                p = end
            case 0x3C where ByteText.hasPrefix(buf, p, e, "<!--"):
                var end = -1
                if p < htmlUnclosedFrom, let close = Self.find(buf, "-->", from: p + 4) {
                    end = close + 3
                } else {
                    htmlUnclosedFrom = min(htmlUnclosedFrom, p)
                    // At the start of a line it opens an HTML block, which runs to the end of file.
                    if p == lineStart { end = buf.count }
                }
                if end < 0 { p += 4; continue }
                if end > e { commentEnd = end; return }
                p = end
            case 0x21 where p + 1 < e && buf[p + 1] == 0x5B:
                p += 1 // `![[` embed or `![alt](…)` image: the `[` case below, marked as embed
                if p + 1 < e, buf[p + 1] == 0x5B {
                    p = wikilink(p, e, embed: true, line: line, cache: &wikiFrom, &wikiHit)
                } else {
                    while bracket < inline.bracketOpen.count, Int(inline.bracketOpen[bracket]) < p { bracket += 1 }
                    p = markdownLink(p, e, bracket: bracket, line: line)
                }
            case 0x5B:
                if p + 1 < e, buf[p + 1] == 0x5B {
                    p = wikilink(p, e, embed: false, line: line, cache: &wikiFrom, &wikiHit)
                } else {
                    while bracket < inline.bracketOpen.count, Int(inline.bracketOpen[bracket]) < p { bracket += 1 }
                    p = markdownLink(p, e, bracket: bracket, line: line)
                }
            case 0x23:
                p = tag(p, e, lineStart: lineStart)
            default:
                p += 1
            }
        }
    }

    /// Builds the backtick-run and bracket tables of one line segment.
    private mutating func prepareTables(_ start: Int, _ e: Int, backticks: Bool, brackets: Bool) {
        inline.reset()
        guard backticks || brackets else { return }
        var p = start
        while p < e {
            let b = buf[p]
            if b == 0x5C, p + 1 < e, ByteText.isASCIIPunctuation(buf[p + 1]), buf[p + 1] != 0x60 {
                p += 2
                continue
            }
            switch b {
            case 0x60:
                let s = p
                while p < e, buf[p] == 0x60 { p += 1 }
                inline.runStart.append(Int32(s))
                inline.runLength.append(Int32(p - s))
                inline.runNextSame.append(-1)
                continue
            case 0x5B where brackets:
                inline.stack.append(inline.bracketOpen.count)
                inline.bracketOpen.append(Int32(p))
                inline.bracketClose.append(-1)
            case 0x5D where brackets:
                if let open = inline.stack.popLast() { inline.bracketClose[open] = Int32(p) }
            case 0x28 where brackets:
                inline.parenStack.append(inline.parenOpen.count)
                inline.parenOpen.append(Int32(p))
                inline.parenClose.append(-1)
            case 0x29 where brackets:
                if let open = inline.parenStack.popLast() { inline.parenClose[open] = Int32(p) }
            case 0x20 where brackets, 0x09 where brackets:
                inline.whitespace.append(Int32(p))
            default:
                break
            }
            p += 1
        }
        inline.stack.removeAll(keepingCapacity: true)
        inline.parenStack.removeAll(keepingCapacity: true)
        // Right to left: each run learns the next run of the same length (its closer).
        var k = inline.runStart.count - 1
        while k >= 0 {
            let length = Int(inline.runLength[k])
            inline.runNextSame[k] = inline.lastRunOfLength[length] ?? -1
            inline.lastRunOfLength[length] = Int32(k)
            k -= 1
        }
    }

    /// First offset of `pattern` in `buf` at or after `from`, across lines.
    static func find(_ buf: UnsafeBufferPointer<UInt8>, _ pattern: StaticString, from: Int) -> Int? {
        let n = pattern.utf8CodeUnitCount
        let first = pattern.utf8Start[0]
        var p = from
        while p + n <= buf.count {
            if buf[p] == first, ByteText.hasPrefix(buf, p, buf.count, pattern) { return p }
            p += 1
        }
        return nil
    }
}
