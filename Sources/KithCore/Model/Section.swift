/// A heading and the text under it, up to the next heading of the same or a higher level.
public struct Section: Hashable, Sendable {
    /// Heading text without the `#` marks, trimmed.
    public var title: String
    /// 1 for `#`, 2 for `##`, …
    public var level: Int
    /// 1-based line of the heading.
    public var line: Int
    /// 1-based last line that belongs to the section (inclusive).
    public var endLine: Int
    /// The body as a span of the note's `text`: a note's sections (a `#` title section spans
    /// the whole note) cost no copy of the text, and keep none in memory.
    var body: TextSpan

    /// The section's body as written (without the heading line), trimmed of blank lines at both ends.
    public var text: String {
        get { body.string }
        set { body = TextSpan(Substring(newValue)) }
    }

    public init(title: String, level: Int, line: Int, endLine: Int, text: String) {
        self.init(title: title, level: level, line: line, endLine: endLine, body: TextSpan(Substring(text)))
    }

    init(title: String, level: Int, line: Int, endLine: Int, body: TextSpan) {
        self.title = title
        self.level = level
        self.line = line
        self.endLine = endLine
        self.body = body
    }
}

/// A list item: `- text`, `* text`, `+ text` or `1. text`, possibly nested.
public struct Bullet: Hashable, Sendable {
    /// The item's text as a span of the note's `text` (no copy per bullet).
    var body: TextSpan

    /// The item's text after the marker.
    public var text: String {
        get { body.string }
        set { body = TextSpan(Substring(newValue)) }
    }
    /// 1-based line.
    public var line: Int
    /// Indentation in columns (tabs count 4), for nesting.
    public var indent: Int

    public init(text: String, line: Int, indent: Int) {
        self.init(body: TextSpan(Substring(text)), line: line, indent: indent)
    }

    init(body: TextSpan, line: Int, indent: Int) {
        self.body = body
        self.line = line
        self.indent = indent
    }
}
