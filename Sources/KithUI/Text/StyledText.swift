/// Where activating a span leads: a vault path (note or attachment) or an unresolved link.
public struct LinkDestination: Hashable, Sendable {
    /// Resolved vault path, or nil when the link resolves to nothing.
    public var path: String?
    /// The link as written (`Name#Heading|label`), shown when it cannot be opened.
    public var raw: String
    /// Line to scroll to in the target (a heading's line), when known.
    public var line: Int?
    /// A card's "… N more": opens that section of the card as a list (`path` is nil).
    public var list: CardList?

    public init(path: String?, raw: String, line: Int? = nil) {
        self.path = path
        self.raw = raw
        self.line = line
    }

    /// The "… N more" of a card section: opens the full list.
    public init(list: CardList) {
        path = nil
        raw = "…"
        line = nil
        self.list = list
    }
}

/// A run of text with one role, optionally a link.
public struct StyledSpan: Hashable, Sendable {
    public var text: String
    public var role: Role
    public var link: LinkDestination?

    public init(_ text: String, _ role: Role = .text, link: LinkDestination? = nil) {
        self.text = text
        self.role = role
        self.link = link
    }
}

/// One display line made of spans; `sourceLine` is the note line it came from (for `e` at line).
public struct StyledLine: Hashable, Sendable {
    public var spans: [StyledSpan]
    /// Indentation in cells applied to wrapped continuation lines (list items, quotes).
    public var hangingIndent: Int
    /// 1-based line of the note this display line shows, when it shows one.
    public var sourceLine: Int?
    /// True for the second and later lines `TextWrap` makes from one line. A link cut by a
    /// wrap continues on such a line; a link on the next *unwrapped* line is another link,
    /// even when it has the same destination.
    public var isContinuation: Bool
    /// Drawn before `spans` on this line and on every line a wrap makes of it: a quote's `│ `,
    /// a callout's left border. Not part of `text`.
    public var gutter: [StyledSpan]
    /// Drawn at the right edge of the wrap width on every piece: a callout's right border.
    public var trailer: [StyledSpan]
    /// One character (and its role) that pads each piece up to `trailer`: a space in a
    /// callout's body, `─` in its top and bottom borders. nil: no padding.
    public var fill: StyledSpan?

    public init(_ spans: [StyledSpan] = [], hangingIndent: Int = 0, sourceLine: Int? = nil,
                isContinuation: Bool = false, gutter: [StyledSpan] = [], trailer: [StyledSpan] = [],
                fill: StyledSpan? = nil) {
        self.spans = spans
        self.hangingIndent = hangingIndent
        self.sourceLine = sourceLine
        self.isContinuation = isContinuation
        self.gutter = gutter
        self.trailer = trailer
        self.fill = fill
    }

    /// The plain text of the line (without `gutter` and `trailer`).
    public var text: String { spans.map(\.text).joined() }

    /// Whether the line has a frame (`gutter`, `trailer` or `fill`) that wrapping draws.
    public var isFramed: Bool { !gutter.isEmpty || !trailer.isEmpty || fill != nil }

    /// Links on this line, in order.
    public var links: [LinkDestination] { spans.compactMap(\.link) }
}

/// Something shown in a scrollable pane: a person's card or a note in the reader.
/// Its selectable items are the spans that carry a link, in reading order.
public struct Document: Hashable, Sendable {
    /// Vault path of the note shown.
    public var path: String
    /// Pane title (the person's or note's name).
    public var title: String
    /// Unwrapped lines; the view wraps them to its width.
    public var lines: [StyledLine]

    public init(path: String, title: String, lines: [StyledLine]) {
        self.path = path
        self.title = title
        self.lines = lines
    }
}
