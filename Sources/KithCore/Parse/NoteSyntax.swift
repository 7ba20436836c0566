/// One line of a note as kith's Markdown scanner saw it: its block and its inline tokens.
/// The index reads notes through the same scanner, so a renderer built on this shows exactly
/// what the index counts: code is code, comments are hidden, links are the index's links.
public struct LineSyntax: Hashable, Sendable {
    /// What kind of block the line belongs to.
    public enum Block: Hashable, Sendable {
        case blank
        /// Text (a paragraph line, a table row, HTML, a footnote definition…).
        case paragraph
        /// `#` … `######`; `content` is the title without the marks.
        case heading(level: Int)
        /// `- `, `* `, `+ `, `1. `, `1) `: `marker` is the marker, `content` the item's text.
        case listItem
        /// `---`, `***`, `___`.
        case thematicBreak
        /// ```` ``` ````/`~~~` (or `$$` when `math`): `content` is the info string (`dataview`).
        case fenceOpen(math: Bool)
        case fenceClose
        /// Inside a fenced block: `content` is the line as written (the fence's indent removed).
        case code
        /// Indented code: `content` is the line without its four columns.
        case indentedCode
        /// The line starts inside a multi-line comment; `content` is what follows its end.
        case comment
    }

    /// 1-based line of the note.
    public var line: Int
    public var block: Block
    /// The line without its line ending.
    public var range: Range<Int>
    /// Number of `>` blockquote markers before the content.
    public var quoteDepth: Int
    /// Columns of indentation after the quote markers.
    public var indent: Int
    /// The text the block shows (see `Block`); for a paragraph, after quotes and indentation.
    public var content: Range<Int>
    /// A list item's marker or a fence's opening run; empty otherwise.
    public var marker: Range<Int>
    /// The line's inline tokens: indices into `NoteSyntax.tokens`.
    public var tokens: Range<Int>

    public init(line: Int, block: Block, range: Range<Int>, quoteDepth: Int, indent: Int, content: Range<Int>,
                marker: Range<Int>, tokens: Range<Int>) {
        self.line = line
        self.block = block
        self.range = range
        self.quoteDepth = quoteDepth
        self.indent = indent
        self.content = content
        self.marker = marker
        self.tokens = tokens
    }
}

/// A note (or one line of text) scanned for rendering: every line's block and inline tokens,
/// from the same scanner the index uses (`NoteParser`). Linear in the size of the text.
public struct NoteSyntax: Sendable {
    /// The text's UTF-8 bytes; every range of `lines` and `tokens` indexes these.
    public let bytes: [UInt8]
    /// Scanned lines, in order, from the first line asked for to the end.
    public let lines: [LineSyntax]
    /// Inline tokens of all lines, in order.
    public let tokens: [InlineToken]

    /// Scans `text` from 1-based line `fromLine` (the body's first line) to its end.
    public init(text: String, fromLine: Int = 1) {
        let bytes = Array(text.utf8)
        var lines: [LineSyntax] = []
        var tokens: [InlineToken] = []
        bytes.withUnsafeBufferPointer { buf in
            var scan = MarkdownScanner(buf: buf, lines: LineTable(buf), record: true)
            scan.run(fromLine: fromLine - 1)
            lines = scan.lineSyntax
            tokens = scan.tokens
        }
        self.bytes = bytes
        self.lines = lines
        self.tokens = tokens
    }

    /// One line of inline Markdown with no block structure (a summary, an excerpt): a single
    /// paragraph line whose tokens cover the whole text.
    public init(inline text: String) {
        let bytes = Array(text.utf8)
        var tokens: [InlineToken] = []
        bytes.withUnsafeBufferPointer { buf in
            var scan = InlineScanner(buf: buf, record: true)
            scan.scan(0, buf.count, lineStart: 0, line: 1)
            tokens = scan.tokens
        }
        self.bytes = bytes
        self.tokens = tokens
        self.lines = [LineSyntax(line: 1, block: .paragraph, range: 0..<bytes.count, quoteDepth: 0, indent: 0,
                                 content: 0..<bytes.count, marker: 0..<0, tokens: 0..<tokens.count)]
    }

    /// The scanned line with 1-based number `n`, if it was scanned.
    public func line(_ n: Int) -> LineSyntax? {
        guard let first = lines.first else { return nil }
        let i = n - first.line
        return i >= 0 && i < lines.count ? lines[i] : nil
    }

    /// The text of a byte range (clamped to the text).
    public func string(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, bytes.count)), hi = max(lo, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// The byte at `offset`, or 0 outside the text.
    public func byte(_ offset: Int) -> UInt8 { offset >= 0 && offset < bytes.count ? bytes[offset] : 0 }
}
