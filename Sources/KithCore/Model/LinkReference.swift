/// How a link was written.
public enum LinkStyle: String, Codable, Sendable {
    /// `[[Target]]`, `[[Target|label]]`, `[[Target#Heading]]`.
    case wiki
    /// `![[Target]]`.
    case embed
    /// `[text](Target.md)` or `[text](<Target.md>)`, percent-decoded.
    case markdown
    /// A quoted `"[[Target]]"` inside a frontmatter value.
    case frontmatter
}

/// One link as written in a note, before resolution.
public struct LinkReference: Hashable, Sendable {
    /// The link text as written inside the brackets, e.g. `Name#Heading|label`
    /// (for markdown links: the destination as written).
    public var raw: String
    /// The target part, before the first `#`: `Name`, `folder/Name.md`. Empty for `[[#Heading]]`.
    public var target: String
    /// What follows the first `#` (`Heading`, `H1#H2`, `^block-id`), or nil.
    public var subpath: String?
    /// The display text: after `|` for wikilinks, the bracket text for markdown links, else nil.
    public var label: String?
    public var style: LinkStyle
    /// 1-based line in the file (frontmatter lines count).
    public var line: Int

    public init(raw: String, target: String, subpath: String? = nil, label: String? = nil,
                style: LinkStyle, line: Int) {
        self.raw = raw
        self.target = target
        self.subpath = subpath
        self.label = label
        self.style = style
        self.line = line
    }

    /// The text a reader sees: the label, else the target (plus subpath), as Obsidian shows it.
    public var displayText: String {
        if let label, !label.isEmpty { return label }
        if target.isEmpty, let subpath { return subpath }
        if let subpath { return "\(target) > \(subpath)" }
        return target
    }

    /// Whether the link points at its own note (`[[#Heading]]`).
    public var isSameNote: Bool { target.isEmpty }
}
