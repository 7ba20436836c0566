import Foundation

/// kith's one inline grammar: links, embeds, code, math, tags, comments, HTML, autolinks,
/// bare URLs, escapes, entities, footnotes, block IDs and emphasis, one line segment at a time.
///
/// The index runs it for links and tags (`record == false`: nothing but those is kept); the
/// renderer runs the same scan with `record == true` and gets every construct as an
/// `InlineToken`. Every construct is found without rescanning the rest of the line: bracket,
/// parenthesis, backtick and `$` tables are built in one pass, and searches that fail leave a
/// mark so the next attempt does not repeat them. A line of thousands of unclosed `[[`, `<`,
/// `` ` `` or `*` costs a small constant per byte.
struct InlineScanner {
    let buf: UnsafeBufferPointer<UInt8>
    /// Keep every construct as a token (and resolve emphasis), not only links and tags.
    let record: Bool

    /// Note links found so far, in order.
    var links: [LinkReference] = []
    /// Tags found so far, without `#`.
    var tags: [String] = []
    /// Tokens of the last `scan` (only when `record`).
    var tokens: [InlineToken] = []
    /// Offset just past the end of a `%%`/`<!--` comment that runs past the scanned segment.
    var commentEnd = -1
    /// No `-->` exists after this offset: later `<!--` need not search again.
    var htmlUnclosedFrom = Int.max
    /// No `%%` exists after this offset.
    var percentUnclosedFrom = Int.max
    var scratch = InlineScratch()

    init(buf: UnsafeBufferPointer<UInt8>, record: Bool) {
        self.buf = buf
        self.record = record
    }

    /// Scans `start..<e` of 1-based line `line`. `lineStart` is the offset where a tag may
    /// begin without a preceding space and an `<!--` opens an HTML block (-1: nowhere).
    /// With `record`, `tokens` holds the segment's tokens afterwards.
    mutating func scan(_ start: Int, _ e: Int, lineStart: Int, line: Int) {
        if record { tokens.removeAll(keepingCapacity: true) }
        guard start < e else { return }
        let flags = prepass(start, e)
        guard flags.interesting else { return }
        scratch.prepare(buf, start, e, flags: flags)
        scanTokens(start, e, lineStart: lineStart, line: line)
        if record { finishRecording(start, e) }
    }

    /// Which tables the segment needs; a segment with none of the syntax bytes is plain text.
    /// Every byte's classes are OR-ed from a table (most lines are prose: no branch per byte);
    /// `:` and `.` only say "look closer", since a bare URL needs `://` or `www.`.
    private func prepass(_ start: Int, _ e: Int) -> InlineScratch.Flags {
        var seen: UInt8 = 0
        Self.byteClass.withUnsafeBufferPointer { table in
            for p in start..<e { seen |= table[Int(buf[p])] }
        }
        OperationCounter.tick(e - start)
        var f = InlineScratch.Flags()
        f.backticks = seen & Self.backtick != 0
        f.brackets = seen & Self.bracket != 0
        f.dollars = seen & Self.dollar != 0
        f.other = seen & Self.other != 0 || (seen & Self.urlHint != 0 && hasBareURLStart(start, e))
        f.recordOnly = seen & Self.emphasis != 0
        if record && f.recordOnly { f.other = true }
        return f
    }

    /// Whether `start..<e` holds `://` or `www.` (where a bare URL may begin). Most prose has
    /// a `.` or `:`, so each is jumped to with `memchr` rather than tested byte by byte.
    private func hasBareURLStart(_ start: Int, _ e: Int) -> Bool {
        OperationCounter.tick(e - start)
        guard let base = buf.baseAddress else { return false }
        func positions(of byte: UInt8, _ found: (Int) -> Bool) -> Bool {
            var p = start
            while p < e, let hit = memchr(base + p, Int32(byte), e - p) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if found(at) { return true }
                p = at + 1
            }
            return false
        }
        return positions(of: 0x3A) { p in p + 2 < e && buf[p + 1] == 0x2F && buf[p + 2] == 0x2F }
            || positions(of: 0x2E) { p in p >= start + 3 && buf[p - 1] == 0x77 && buf[p - 2] == 0x77 && buf[p - 3] == 0x77 }
    }

    static let backtick: UInt8 = 1, bracket: UInt8 = 2, dollar: UInt8 = 4, other: UInt8 = 8
    static let urlHint: UInt8 = 16, emphasis: UInt8 = 32
    /// The classes of each byte value for `prepass`.
    static let byteClass: [UInt8] = (0..<256).map { b -> UInt8 in
        switch b {
        case 0x60: return backtick
        case 0x5B: return bracket
        case 0x24: return dollar
        case 0x23, 0x25, 0x3C, 0x5C: return other
        case 0x3A, 0x2E: return urlHint
        case 0x2A, 0x5F, 0x7E, 0x3D, 0x26, 0x5E: return emphasis
        default: return 0
        }
    }

    private mutating func scanTokens(_ start: Int, _ e: Int, lineStart: Int, line: Int) {
        var wikiFrom = -1, wikiHit = -1 // cache: no `[[`/`]]` in wikiFrom..<wikiHit
        var p = start
        // The loop only moves forward; what it searches beyond `p` ticks on its own.
        defer { OperationCounter.tick(p - start) }
        while p < e {
            let b = buf[p]
            switch b {
            case 0x5C: // backslash escapes ASCII punctuation: `\[\[x\]\]`, `\#tag`, "\`"
                if p + 1 < e, ByteText.isASCIIPunctuation(buf[p + 1]) {
                    emit(.escape, p..<p + 2, inner: p + 1..<p + 2)
                    p += 2
                } else {
                    p += 1
                }
            case 0x60:
                p = codeSpan(p, e)
            case 0x24:
                p = math(p, e)
            case 0x25 where p + 1 < e && buf[p + 1] == 0x25:
                var end = buf.count
                if p + 2 < percentUnclosedFrom, let close = Self.find(buf, "%%", from: p + 2) {
                    end = close + 2
                } else {
                    percentUnclosedFrom = min(percentUnclosedFrom, p + 2)
                }
                emit(.comment, p..<end, inner: p + 2..<max(p + 2, end - 2))
                if end > e { commentEnd = end; return }
                p = end
            case 0x3C:
                if ByteText.hasPrefix(buf, p, e, "<!--") {
                    var end = -1
                    if p < htmlUnclosedFrom, let close = Self.find(buf, "-->", from: p + 4) {
                        end = close + 3
                    } else {
                        htmlUnclosedFrom = min(htmlUnclosedFrom, p)
                        // At the start of a line it opens an HTML block, which runs to the end of file.
                        if p == lineStart { end = buf.count }
                    }
                    if end < 0 { p += 4; continue }
                    emit(.comment, p..<end, inner: p + 4..<max(p + 4, end - 3))
                    if end > e { commentEnd = end; return }
                    p = end
                } else {
                    p = angle(p, e)
                }
            case 0x21 where p + 1 < e && buf[p + 1] == 0x5B:
                // `![[` embed or `![alt](…)` image: the `[` case below, marked as embed.
                if p + 2 < e, buf[p + 2] == 0x5B {
                    p = wikilink(p, e, embed: true, line: line, cache: &wikiFrom, &wikiHit)
                } else {
                    p = markdownLink(p, e, image: true, line: line)
                }
            case 0x5B:
                if p + 1 < e, buf[p + 1] == 0x5B {
                    p = wikilink(p, e, embed: false, line: line, cache: &wikiFrom, &wikiHit)
                } else if p + 1 < e, buf[p + 1] == 0x5E, let next = footnote(p, e) {
                    p = next
                } else {
                    p = markdownLink(p, e, image: false, line: line)
                }
            case 0x23:
                p = tag(p, e, lineStart: lineStart)
            case 0x68, 0x77: // h, w: a bare URL at a word's start
                p = bareURL(p, e, segmentStart: start)
            case 0x2A where record, 0x5F where record, 0x7E where record, 0x3D where record:
                p = delimiterRun(p, e, segmentStart: start)
            case 0x26 where record:
                p = entity(p, e)
            case 0x5E where record:
                p = blockID(p, e, segmentStart: start)
            default:
                p += 1
            }
        }
    }

    /// Appends a token when recording.
    @inline(__always)
    mutating func emit(_ kind: InlineToken.Kind, _ range: Range<Int>, inner: Range<Int>? = nil,
                       destination: Range<Int>? = nil, link: LinkReference? = nil) {
        guard record else { return }
        tokens.append(InlineToken(kind: kind, range: range, inner: inner, destination: destination, link: link))
    }

    /// At `p` (a backtick): a code span to the next run of the same length, or the run as text.
    private mutating func codeSpan(_ p: Int, _ e: Int) -> Int {
        var run = scratch.runCursor
        while run < scratch.runStart.count, Int(scratch.runStart[run]) < p { run += 1 }
        scratch.runCursor = run
        guard run < scratch.runStart.count, Int(scratch.runStart[run]) == p else {
            // Inside a run whose first backtick was escaped: the rest is literal.
            var q = p
            while q < e, buf[q] == 0x60 { q += 1 }
            return q
        }
        let length = Int(scratch.runLength[run])
        let closer = Int(scratch.runNextSame[run])
        guard closer >= 0 else {
            scratch.runCursor = run + 1
            return p + length
        }
        let closeStart = Int(scratch.runStart[closer])
        scratch.runCursor = closer + 1
        var s = p + length, t = closeStart
        // One space on both sides is stripped when the content is not all spaces.
        if t - s >= 2, buf[s] == 0x20, buf[t - 1] == 0x20 {
            var q = s
            while q < t, buf[q] == 0x20 { q += 1 }
            if q < t { s += 1; t -= 1 }
            OperationCounter.tick(q - s)
        }
        emit(.code, p..<closeStart + length, inner: s..<t)
        return closeStart + length
    }

    /// At `p` (a `$`): inline math `$tex$` or `$$tex$$` to a valid closer on the line, or text.
    private mutating func math(_ p: Int, _ e: Int) -> Int {
        var run = scratch.dollarCursor
        while run < scratch.dollarStart.count, Int(scratch.dollarStart[run]) < p { run += 1 }
        scratch.dollarCursor = run
        guard run < scratch.dollarStart.count, Int(scratch.dollarStart[run]) == p else { return p + 1 }
        let length = Int(scratch.dollarLength[run])
        let closer = Int(scratch.dollarCloser[run])
        guard (1...2).contains(length), closer >= 0,
              length == 2 || (p + 1 < e && !ByteText.isSpaceOrTab(buf[p + 1])) else {
            scratch.dollarCursor = run + 1
            return p + length
        }
        let closeStart = Int(scratch.dollarStart[closer])
        scratch.dollarCursor = closer + 1
        emit(.math, p..<closeStart + length, inner: p + length..<closeStart)
        return closeStart + length
    }

    /// First offset of `pattern` in `buf` at or after `from`, across lines.
    static func find(_ buf: UnsafeBufferPointer<UInt8>, _ pattern: StaticString, from: Int) -> Int? {
        let n = pattern.utf8CodeUnitCount
        let first = pattern.utf8Start[0]
        var p = from
        defer { OperationCounter.tick(p - from) }
        while p + n <= buf.count {
            if buf[p] == first, ByteText.hasPrefix(buf, p, buf.count, pattern) { return p }
            p += 1
        }
        return nil
    }
}
