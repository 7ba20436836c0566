/// One inline construct of a line, as kith's single inline grammar finds it (`InlineScanner`):
/// the index takes its links and tags from these, and the card and reader render from them,
/// so the two never disagree about what is a link, code or a comment.
///
/// Offsets are UTF-8 byte offsets into the scanned text. Text between tokens is plain text.
/// Tokens of one line come in order of `range.lowerBound` and never overlap, except that an
/// emphasis opener and closer only mark where a style starts and ends.
public struct InlineToken: Hashable, Sendable {
    /// What the construct is.
    public enum Kind: Hashable, Sendable {
        /// `[[Target#Sub|label]]`: `inner` is between the brackets; `link` is nil when it names
        /// nothing (`[[ ]]`), which Obsidian shows as written.
        case wikilink
        /// `![[Target]]`: as `wikilink`.
        case embed
        /// `[label](destination "title")`: `inner` is the label, `destination` the target as
        /// written (without `<>`). `link` is nil for external URLs (`scheme:`, `//host`).
        case markdownLink
        /// `![alt](destination)`: as `markdownLink`.
        case image
        /// `<https://…>`, `<mailto:…>` or `<name@host>`: `destination` is the URL (an email gets
        /// no `mailto:`; see `isEmailAutolink`).
        case autolink
        /// A bare `https://…`, `http://…` or `www.…` in text, as Obsidian links it.
        case url
        /// `` `code` ``: `inner` is the content, one surrounding space stripped.
        case code
        /// `$tex$` or `$$tex$$` on one line: `inner` is the TeX.
        case math
        /// `#tag`: `inner` is the tag without `#`.
        case tag
        /// `^block-id` at the end of a line (hidden when rendered): `inner` is the id.
        case blockID
        /// `[^label]` footnote reference: `inner` is the label.
        case footnote
        /// `\*`: a backslash escape; `inner` is the escaped character.
        case escape
        /// `&amp;`, `&#8212;`, `&#x2014;`: `inner` is the name or number between `&` and `;`.
        case entity
        /// `%% … %%` or `<!-- … -->`; `range` may run past the line (to the comment's end).
        case comment
        /// An inline HTML tag (`<b>`, `</span>`, `<br/>`, `<a href="…">`): `inner` is the tag
        /// name (lowercase it to compare), `destination` its attributes (`InlineHTML.attribute`).
        case html(closing: Bool)
        /// Where an emphasis starts: the delimiter characters it uses (`*`, `__`, `~~`, `==`).
        case emphasisOpen(Emphasis)
        /// Where an emphasis ends.
        case emphasisClose(Emphasis)
    }

    /// The four emphases of Obsidian's Markdown.
    public enum Emphasis: Hashable, Sendable {
        /// `*x*`, `_x_`
        case italic
        /// `**x**`, `__x__`
        case bold
        /// `~~x~~`
        case strike
        /// `==x==`
        case highlight
    }

    public var kind: Kind
    /// The whole construct, markers included.
    public var range: Range<Int>
    /// The part that is shown or named (see `Kind`); empty when there is none.
    public var inner: Range<Int>
    /// Where a link leads, as written (see `Kind`); empty when there is none.
    public var destination: Range<Int>
    /// The note link the index records for this token (wikilinks, embeds, and markdown links
    /// and images to notes); nil for anything else.
    public var link: LinkReference?

    public init(kind: Kind, range: Range<Int>, inner: Range<Int>? = nil, destination: Range<Int>? = nil,
                link: LinkReference? = nil) {
        self.kind = kind
        self.range = range
        self.inner = inner ?? range.lowerBound..<range.lowerBound
        self.destination = destination ?? range.lowerBound..<range.lowerBound
        self.link = link
    }
}
