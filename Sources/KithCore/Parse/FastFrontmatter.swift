/// A hand-written reader for the frontmatter almost every note has: flat `key: value` lines,
/// `key:` followed by `- item` lines, one-line `[a, 'b']` lists, quoted scalars.
///
/// Calling Yams costs far more than the rest of a note's parse, and 100,000 notes are read at
/// start-up. This reader must give exactly what `YAMLFrontmatter` gives, so it accepts only
/// what it fully understands and returns nil (use Yams) on anything else: comments, tabs,
/// escapes, multi-line scalars, nesting, anchors, tags, duplicate keys, unusual Unicode.
enum FastFrontmatter {
    struct Result {
        var properties: [String: FrontmatterValue]
        var links: [LinkReference]
    }

    static func parse(_ buf: UnsafeBufferPointer<UInt8>, lines: LineTable,
                      firstLine: Int, endLine: Int) -> Result? {
        var properties: [String: FrontmatterValue] = [:]
        var links: [LinkReference] = []
        var i = firstLine
        while i < endLine {
            guard let (s, e) = content(buf, lines, i) else { return nil }
            if isBlank(buf, s, e) { i += 1; continue }
            // Key: a plain run of safe characters, then `:` and a space or the line's end.
            var k = s
            guard isKeyStart(buf[s]) else { return nil }
            while k < e, isKeyByte(buf[k]) { k += 1 }
            guard k < e, buf[k] == 0x3A, k - s <= 200, buf[k - 1] != 0x20,
                  k + 1 == e || buf[k + 1] == 0x20, isSafeUnicode(buf, s, k) else { return nil }
            let key = ByteText.string(buf, s, k)
            guard properties[key] == nil else { return nil }
            var v = k + 1
            while v < e, buf[v] == 0x20 { v += 1 }
            if v < e {
                guard let value = inlineValue(buf, v, e, line: i + 1, links: &links) else { return nil }
                properties[key] = value
                i += 1
                continue
            }
            // `key:` alone: a block list may follow, at one indentation.
            var items: [FrontmatterValue] = []
            var indent = -1
            var j = i + 1
            while j < endLine {
                guard let (ls, le) = content(buf, lines, j) else { return nil }
                if isBlank(buf, ls, le) { j += 1; continue }
                var p = ls
                while p < le, buf[p] == 0x20 { p += 1 }
                let isItem = p + 1 < le && buf[p] == 0x2D && buf[p + 1] == 0x20
                guard isItem else {
                    if p > ls || (p < le && buf[p] == 0x2D) { return nil } // nested or odd: Yams
                    break
                }
                if indent < 0 { indent = p - ls } else if indent != p - ls { return nil }
                var q = p + 2
                while q < le, buf[q] == 0x20 { q += 1 }
                guard q < le, buf[q] != 0x5B,
                      let item = inlineValue(buf, q, le, line: j + 1, links: &links) else { return nil }
                items.append(item)
                j += 1
            }
            properties[key] = indent < 0 ? .null : .list(items)
            i = j
        }
        return Result(properties: properties, links: links)
    }

    /// A value written on one line: quoted, a one-line flow list, or plain.
    private static func inlineValue(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, line: Int,
                                    links: inout [LinkReference]) -> FrontmatterValue? {
        if buf[s] == 0x5B { return flowList(buf, s, e, line: line, links: &links) }
        var p = s
        guard let value = scalar(buf, &p, e, flow: false), onlySpaces(buf, p, e) else { return nil }
        if case .scalar(let text) = value { FrontmatterLinks.collect(from: text, line: line, into: &links) }
        return value
    }

    /// `[a, 'b', "c"]` on one line; nil on anything fancier (nesting, empty items, trailing comma).
    private static func flowList(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, line: Int,
                                 links: inout [LinkReference]) -> FrontmatterValue? {
        let (_, te) = ByteText.trimmed(buf, s, e)
        guard te - s >= 2, buf[te - 1] == 0x5D else { return nil }
        var items: [FrontmatterValue] = []
        var p = s + 1
        let end = te - 1
        while p < end, buf[p] == 0x20 { p += 1 }
        if p == end { return .list([]) }
        while true {
            while p < end, buf[p] == 0x20 { p += 1 }
            guard p < end, let item = scalar(buf, &p, end, flow: true) else { return nil }
            if case .scalar(let text) = item { FrontmatterLinks.collect(from: text, line: line, into: &links) }
            items.append(item)
            while p < end, buf[p] == 0x20 { p += 1 }
            if p == end { return .list(items) }
            guard buf[p] == 0x2C else { return nil }
            p += 1
        }
    }

    /// One scalar from `p`, advancing `p` past it (and past plain trailing spaces).
    private static func scalar(_ buf: UnsafeBufferPointer<UInt8>, _ p: inout Int, _ e: Int,
                               flow: Bool) -> FrontmatterValue? {
        let first = buf[p]
        if first == 0x27 || first == 0x22 { return quoted(buf, &p, e) }
        guard !isIndicator(first) else { return nil }
        let s = p
        var lastNonSpace = p
        while p < e {
            let b = buf[p]
            if b == 0x3A { // `: ` makes a mapping; a final `:` too. Colons in flow: leave to Yams.
                if flow || p + 1 == e || buf[p + 1] == 0x20 { return nil }
            } else if b == 0x23 {
                if buf[p - 1] == 0x20 { return nil } // ` #` starts a comment
            } else if b < 0x20 || b == 0x7F {
                return nil
            } else if flow && (b == 0x2C || b == 0x5D) {
                break
            } else if flow && (b == 0x5B || b == 0x7B || b == 0x7D || b == 0x27 || b == 0x22) {
                return nil
            }
            if b != 0x20 { lastNonSpace = p + 1 }
            p += 1
        }
        guard isSafeUnicode(buf, s, lastNonSpace) else { return nil }
        if YAMLScalars.isNullPlain(buf, s, lastNonSpace) { return .null }
        return .scalar(ByteText.string(buf, s, lastNonSpace))
    }

    /// `'it''s'` or `"plain"` (no escapes) on one line.
    private static func quoted(_ buf: UnsafeBufferPointer<UInt8>, _ p: inout Int, _ e: Int) -> FrontmatterValue? {
        let q = buf[p]
        let s = p + 1
        var i = s
        var doubled = false
        while i < e {
            let b = buf[i]
            if b < 0x20 || b == 0x7F || (q == 0x22 && b == 0x5C) { return nil }
            if b == q {
                if q == 0x27, i + 1 < e, buf[i + 1] == 0x27 { doubled = true; i += 2; continue }
                guard isSafeUnicode(buf, s, i) else { return nil }
                p = i + 1
                guard doubled else { return .scalar(ByteText.string(buf, s, i)) }
                var bytes: [UInt8] = []
                bytes.reserveCapacity(i - s)
                var k = s
                while k < i { bytes.append(buf[k]); k += buf[k] == 0x27 ? 2 : 1 }
                return .scalar(String(decoding: bytes, as: UTF8.self))
            }
            i += 1
        }
        return nil
    }

    /// Line `i` without its terminator; nil when a stray `\r` or a tab makes YAML line
    /// breaking or whitespace rules matter.
    private static func content(_ buf: UnsafeBufferPointer<UInt8>, _ lines: LineTable,
                                _ i: Int) -> (Int, Int)? {
        let s = lines.start(i)
        let e = lines.contentEnd(i, buf)
        var p = s
        while p < e {
            if buf[p] == 0x0D || buf[p] == 0x09 { return nil }
            p += 1
        }
        return (s, e)
    }

    private static func isBlank(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        onlySpaces(buf, s, e)
    }

    private static func onlySpaces(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var p = s
        while p < e { if buf[p] != 0x20 { return false }; p += 1 }
        return true
    }

    /// YAML indicators that change a plain scalar's meaning when first (`-` too: `- x`, `-1`).
    private static func isIndicator(_ b: UInt8) -> Bool {
        switch b {
        case 0x2D, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E,
             0x27, 0x22, 0x25, 0x40, 0x60, 0x20:
            return true
        default:
            return false
        }
    }

    private static func isKeyStart(_ b: UInt8) -> Bool {
        ByteText.isASCIIAlnum(b) || b == 0x5F || b >= 0x80
    }

    private static func isKeyByte(_ b: UInt8) -> Bool {
        ByteText.isASCIIAlnum(b) || b == 0x5F || b == 0x2D || b == 0x2E || b == 0x2F || b == 0x20 || b >= 0x80
    }

    /// False for non-ASCII that YAML treats specially: C1 controls and NEL (U+0080–U+009F),
    /// line/paragraph separators (U+2028/9), BOM (U+FEFF), U+FFFE/U+FFFF.
    private static func isSafeUnicode(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var p = s
        while p < e {
            let b = buf[p]
            if b >= 0x80 && p + 1 < e {
                let c = buf[p + 1]
                if b == 0xC2 && c < 0xA0 { return false }
                if b == 0xE2 && c == 0x80 && p + 2 < e && (buf[p + 2] == 0xA8 || buf[p + 2] == 0xA9) { return false }
                if b == 0xEF && ((c == 0xBB && p + 2 < e && buf[p + 2] == 0xBF)
                                 || (c == 0xBF && p + 2 < e && buf[p + 2] >= 0xBE)) { return false }
            }
            p += 1
        }
        return true
    }
}
