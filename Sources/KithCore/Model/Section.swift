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
    /// The section's body as written (without the heading line), trimmed of blank lines at both ends.
    public var text: String

    public init(title: String, level: Int, line: Int, endLine: Int, text: String) {
        self.title = title
        self.level = level
        self.line = line
        self.endLine = endLine
        self.text = text
    }
}

/// A list item: `- text`, `* text`, `+ text` or `1. text`, possibly nested.
public struct Bullet: Hashable, Sendable {
    /// The item's text after the marker.
    public var text: String
    /// 1-based line.
    public var line: Int
    /// Indentation in columns (tabs count 4), for nesting.
    public var indent: Int

    public init(text: String, line: Int, indent: Int) {
        self.text = text
        self.line = line
        self.indent = indent
    }
}
