/// One bullet of a person's `## Recent Context`:
/// `- 2025-10-30: [[target|label]] — summary (via Someone)`.
public struct ContextEntry: Hashable, Sendable {
    public var date: CalendarDate?
    /// The link as written inside the brackets (`target|label`), or nil for a bullet without one.
    public var link: String?
    /// Resolved vault path of the link, or nil.
    public var target: String?
    /// Text after `|`, else the link text; for a bullet without a link, its text.
    public var label: String
    /// Text after the ` — ` / ` - ` separator, without the `(via X)` suffix.
    public var summary: String?
    /// X of a trailing `(via X)`.
    public var via: String?
    /// 1-based line in the person's file.
    public var line: Int

    public init(date: CalendarDate?, link: String?, target: String?, label: String,
                summary: String?, via: String?, line: Int) {
        self.date = date
        self.link = link
        self.target = target
        self.label = label
        self.summary = summary
        self.via = via
        self.line = line
    }
}
