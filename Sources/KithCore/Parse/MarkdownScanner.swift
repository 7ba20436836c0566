/// The body's block structure, one line at a time: fenced and indented code, headings
/// (sections), list items (bullets), thematic breaks and blockquote markers. Everything
/// that is not code goes to the inline scanner (`InlineScanner.swift`) for links and tags.
///
/// This is a deliberately small subset of CommonMark: enough to know what is code and what
/// is structure, in one pass with no backtracking. Lazy continuation and setext headings are
/// not modelled.
struct MarkdownScanner {
    let buf: UnsafeBufferPointer<UInt8>
    let lines: LineTable

    /// Sections with an empty `body`: the note's parser slices `sectionBodies` out of its text.
    var sections: [Section] = []
    /// Byte range of each section's body (`sections[k]`), blank lines at both ends trimmed.
    var sectionBodies: [(start: Int, end: Int)] = []
    /// Bullets as byte ranges of their text; `NoteParser` turns them into `Bullet`s.
    var bulletSpans: [(start: Int, end: Int, line: Int, indent: Int)] = []
    /// Links and tags come from the inline grammar, which the scanner runs on every line that
    /// is not code.
    var inline: InlineScanner
    var links: [LinkReference] {
        get { inline.links }
        set { inline.links = newValue }
    }
    var tags: [String] { inline.tags }
    /// With `record`: one entry per scanned line, and every line's inline tokens.
    var lineSyntax: [LineSyntax] = []
    var tokens: [InlineToken] = []

    struct Fence {
        var char: UInt8
        var length: Int
        var indent: Int
        var quoteDepth: Int
    }
    private var fence: Fence?
    private var inIndentedCode = false
    /// A paragraph is open: an indented line continues it rather than starting code.
    private var paragraphOpen = false
    /// Inside a list: indented lines are item content, not code.
    private var listContext = false
    private var previousBlank = true
    private var openSections: [Int] = []

    /// `record`: keep every line's block and inline tokens (`lineSyntax`, `tokens`) for
    /// rendering; the index leaves it off and keeps only what `ParsedNote` holds.
    init(buf: UnsafeBufferPointer<UInt8>, lines: LineTable, record: Bool = false) {
        self.buf = buf
        self.lines = lines
        self.inline = InlineScanner(buf: buf, record: record)
    }

    /// Scans 0-based lines `first...` and fills sections, bullets, links and tags.
    mutating func run(fromLine first: Int) {
        var i = max(first, 0)
        while i < lines.count {
            line(i)
            i += 1
        }
        for index in openSections { sections[index].endLine = lines.count }
        sectionBodies = sections.map { sectionBody($0) }
    }

    private mutating func line(_ i: Int) {
        let s = lines.start(i)
        let e = lines.contentEnd(i, buf)
        let lineNo = i + 1
        var block = LineSyntax.Block.paragraph
        var content = s..<e, marker = s..<s
        var quoteDepth = 0, indent = 0
        let firstToken = tokens.count
        defer {
            if inline.record {
                lineSyntax.append(LineSyntax(line: lineNo, block: block, range: s..<e, quoteDepth: quoteDepth,
                                             indent: indent, content: content, marker: marker,
                                             tokens: firstToken..<tokens.count))
            }
        }
        if inline.commentEnd > s {
            // The line starts inside a comment: no block structure, only what follows its end.
            block = .comment
            content = min(inline.commentEnd, e)..<e
            if inline.commentEnd <= e { scanInline(inline.commentEnd, e, lineStart: -1, line: lineNo) }
            previousBlank = false
            return
        }
        // Blockquote markers (`> `, nested) are containers: look at what follows them.
        var p = s
        // Inside a fence the code starts after the fence's own quote markers (`> x` in code is text).
        var fenceContent = fence?.quoteDepth == 0 ? s : -1
        while true {
            var q = p, spaces = 0
            while q < e, buf[q] == 0x20, spaces < 3 { q += 1; spaces += 1 }
            guard q < e, buf[q] == 0x3E else { break }
            quoteDepth += 1
            p = q + 1
            if p < e, buf[p] == 0x20 { p += 1 }
            if quoteDepth == fence?.quoteDepth { fenceContent = p }
        }
        var q = p
        while q < e, ByteText.isSpaceOrTab(buf[q]) {
            indent = buf[q] == 0x09 ? (indent / 4 + 1) * 4 : indent + 1
            q += 1
        }
        content = q..<e
        if let open = fence {
            if quoteDepth >= open.quoteDepth {
                if indent <= max(3, open.indent + 3), closesFence(open, q, e) {
                    fence = nil
                    block = .fenceClose
                    quoteDepth = open.quoteDepth
                } else {
                    block = .code
                    quoteDepth = open.quoteDepth
                    // Code keeps its indentation beyond the fence's own.
                    content = Self.dropIndent(buf, from: fenceContent, columns: open.indent, e)..<e
                }
                return
            }
            fence = nil // the blockquote holding the fence ended
        }
        if q == e {
            block = .blank
            previousBlank = true
            paragraphOpen = false
            return
        }
        defer { previousBlank = false }
        if inIndentedCode {
            if indent >= 4 { block = .indentedCode; content = Self.dropIndent(buf, from: p, columns: 4, e)..<e; return }
            inIndentedCode = false
        }
        if indent >= 4 && !paragraphOpen && !listContext {
            inIndentedCode = true
            block = .indentedCode
            content = Self.dropIndent(buf, from: p, columns: 4, e)..<e
            return
        }
        if indent <= 3 || listContext, let opened = opensFence(q, e) {
            fence = Fence(char: opened.0, length: opened.1, indent: indent, quoteDepth: quoteDepth)
            paragraphOpen = false
            block = .fenceOpen(math: opened.0 == 0x24)
            let (is_, ie) = ByteText.trimmed(buf, q + opened.1, e)
            content = is_..<ie
            marker = q..<q + opened.1
            return
        }
        if indent <= 3, buf[q] == 0x23, let title = heading(q, e, line: lineNo) {
            paragraphOpen = false
            listContext = false
            block = .heading(level: title.level)
            content = title.range
            return
        }
        if indent <= 3, isThematicBreak(q, e) {
            paragraphOpen = false
            block = .thematicBreak
            return
        }
        if let textStart = listItemText(q, e) {
            let (ts, te) = ByteText.trimmed(buf, textStart, e)
            bulletSpans.append((ts, te, lineNo, indent))
            listContext = true
            paragraphOpen = true
            block = .listItem
            marker = q..<textStart
            content = ts..<max(ts, e)
            scanInline(textStart, e, lineStart: q, line: lineNo)
            return
        }
        if previousBlank && indent < 2 { listContext = false }
        paragraphOpen = true
        scanInline(q, e, lineStart: q, line: lineNo)
    }

    /// Runs the inline grammar on a segment and keeps its tokens when recording.
    private mutating func scanInline(_ start: Int, _ e: Int, lineStart: Int, line: Int) {
        inline.scan(start, e, lineStart: lineStart, line: line)
        if inline.record { tokens.append(contentsOf: inline.tokens) }
    }

    /// Where the text starts after `columns` columns of indentation from `p` (tabs to 4).
    static func dropIndent(_ buf: UnsafeBufferPointer<UInt8>, from p: Int, columns: Int, _ e: Int) -> Int {
        var q = p, col = 0
        while q < e, col < columns, ByteText.isSpaceOrTab(buf[q]) {
            col = buf[q] == 0x09 ? (col / 4 + 1) * 4 : col + 1
            q += 1
        }
        return q
    }

    /// An ATX heading at `q` (`#`…`######`, then a space, a tab or the line's end): its level
    /// and title range, or nil.
    private mutating func heading(_ q: Int, _ e: Int, line: Int) -> (level: Int, range: Range<Int>)? {
        var p = q
        while p < e, buf[p] == 0x23 { p += 1 }
        let level = p - q
        guard level <= 6, p == e || ByteText.isSpaceOrTab(buf[p]) else { return nil }
        var (ts, te) = ByteText.trimmed(buf, p, e)
        // A closing run of `#` goes when a space precedes it (`# Title ##`), or is all there is.
        var c = te
        while c > ts, buf[c - 1] == 0x23 { c -= 1 }
        if c == ts || ByteText.isSpaceOrTab(buf[c - 1]) {
            te = c
            while te > ts, ByteText.isSpaceOrTab(buf[te - 1]) { te -= 1 }
        }
        while let top = openSections.last, sections[top].level >= level {
            sections[top].endLine = line - 1
            openSections.removeLast()
        }
        openSections.append(sections.count)
        sections.append(Section(title: ByteText.string(buf, ts, te), level: level, line: line,
                                endLine: line, body: TextSpan("")))
        scanInline(p, e, lineStart: p, line: line)
        return (level, ts..<te)
    }

    /// Three or more backticks or tildes; a backtick fence's info string has no backtick.
    /// `$$` opens a math block (as Obsidian's) when no `$$` closes it on the same line.
    private func opensFence(_ q: Int, _ e: Int) -> (UInt8, Int)? {
        let c = buf[q]
        if c == 0x24 {
            guard q + 1 < e, buf[q + 1] == 0x24 else { return nil }
            var p = q + 2
            while p + 1 < e { if buf[p] == 0x24 && buf[p + 1] == 0x24 { return nil }; p += 1 }
            return (c, 2)
        }
        guard c == 0x60 || c == 0x7E else { return nil }
        var p = q
        while p < e, buf[p] == c { p += 1 }
        let length = p - q
        guard length >= 3 else { return nil }
        if c == 0x60 {
            while p < e { if buf[p] == 0x60 { return nil }; p += 1 }
        }
        return (c, length)
    }

    private func closesFence(_ f: Fence, _ q: Int, _ e: Int) -> Bool {
        if f.char == 0x24 {
            let (_, te) = ByteText.trimmed(buf, q, e)
            return te - q >= 2 && buf[te - 1] == 0x24 && buf[te - 2] == 0x24
        }
        var p = q
        while p < e, buf[p] == f.char { p += 1 }
        guard p - q >= f.length else { return false }
        while p < e, ByteText.isSpaceOrTab(buf[p]) { p += 1 }
        return p == e
    }

    private func isThematicBreak(_ q: Int, _ e: Int) -> Bool {
        let c = buf[q]
        guard c == 0x2D || c == 0x2A || c == 0x5F else { return false }
        var count = 0, p = q
        while p < e {
            if buf[p] == c { count += 1 } else if !ByteText.isSpaceOrTab(buf[p]) { return false }
            p += 1
        }
        return count >= 3
    }

    /// Where an item's text starts, for `- `, `* `, `+ `, `1. ` and `1) ` (or a bare marker).
    private func listItemText(_ q: Int, _ e: Int) -> Int? {
        var p = q
        let c = buf[q]
        if c == 0x2D || c == 0x2A || c == 0x2B {
            p += 1
        } else {
            while p < e, p - q < 9, buf[p] >= 0x30, buf[p] <= 0x39 { p += 1 }
            guard p > q, p < e, buf[p] == 0x2E || buf[p] == 0x29 else { return nil }
            p += 1
        }
        guard p == e || ByteText.isSpaceOrTab(buf[p]) else { return nil }
        return p
    }

    /// The lines under a heading up to its `endLine`, without blank lines at either end, as a
    /// byte range (empty: `(0, 0)`).
    private func sectionBody(_ section: Section) -> (start: Int, end: Int) {
        var first = section.line // 0-based index of the line after the heading
        var last = section.endLine - 1
        while first <= last, isBlankLine(first) { first += 1 }
        while last >= first, isBlankLine(last) { last -= 1 }
        guard first <= last else { return (0, 0) }
        return (lines.start(first), lines.contentEnd(last, buf))
    }

    private func isBlankLine(_ i: Int) -> Bool {
        var p = lines.start(i)
        let e = lines.contentEnd(i, buf)
        while p < e, ByteText.isSpaceOrTab(buf[p]) { p += 1 }
        return p == e
    }
}
