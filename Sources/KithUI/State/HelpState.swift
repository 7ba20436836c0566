/// The help overlay: where it is scrolled, which keys it lists first, and its `/` search.
public struct HelpState: Hashable, Sendable {
    /// The first help line shown.
    public var top = 0
    /// The contexts of the screen the help was opened over (most specific first): their keys
    /// are listed first.
    public var leading: [Context]
    /// The `/` line while it is open.
    public var line: LineEdit?
    /// The search last entered: its matches are highlighted and `n`/`N` move between them.
    public var query = ""
    /// The help line of the current match.
    public var match: Int?

    public init(leading: [Context] = []) {
        self.leading = leading
    }

    /// What is highlighted: the line being typed, else the last search.
    public var highlighted: String { line?.text ?? query }
}
