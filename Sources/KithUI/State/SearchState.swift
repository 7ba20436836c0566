/// One row of the search overlay.
public struct SearchResult: Hashable, Sendable {
    /// The note it opens.
    public var path: String
    /// People: the name. Recent and Meetings: the row's columns as one text, two spaces
    /// apart (what the query matched). Full text: `file name:line`.
    public var title: String
    /// Grapheme offsets in `title` that matched (drawn in the match role).
    public var positions: [Int]
    /// People: role · organization. Full text: the line's snippet (highlighted when drawn).
    public var detail: String
    /// Full text: the 1-based line to scroll to.
    public var line: Int?
    /// Recent: the interaction's position in the index's timeline; Meetings and Organizations: the row's
    /// position in the Meetings view. Nil for people and full-text hits.
    public var row: Int?

    public init(path: String, title: String, positions: [Int] = [], detail: String = "", line: Int? = nil,
                row: Int? = nil) {
        self.path = path
        self.title = title
        self.positions = positions
        self.detail = detail
        self.line = line
        self.row = row
    }
}

/// The search line and its results. Opening it changes nothing underneath, so Esc puts the
/// user back exactly where they were.
public struct SearchState: Hashable, Sendable {
    public enum Mode: Hashable, Sendable {
        /// `/` in People (and the reader): fuzzy over people (names, aliases, role,
        /// organization; `tag:` `org:` filters); with `kind:`, over every note of those kinds,
        /// as `kith search` does.
        case people
        /// `/` in Recent: fuzzy over the interactions (date, person, title, summary).
        case recent
        /// `/` in Meetings: fuzzy over the meetings (date, title, participants).
        case meetings
        /// `/` in Organizations: fuzzy over their names.
        case organizations
        /// `\` or Ctrl-F: every line of every note.
        case fullText

        /// Whether rows are ranked fuzzy matches built as they show (all but full text).
        public var isFuzzy: Bool { self != .fullText }
    }

    public var mode: Mode
    /// The typed query and its cursor.
    public var line = LineEdit()
    /// The rows built so far: people rows are built as the list shows them (`matches` says
    /// how many there are); full-text rows are all built.
    public var results: [SearchResult] = []
    /// How many rows the search has (people: may exceed `results.count`).
    public var matches = 0
    /// How many candidates there were (people, interactions, transcripts), for `3 of 2,000`.
    public var total = 0
    public var selected = 0
    public var top = 0

    public init(mode: Mode) { self.mode = mode }

    /// The typed query.
    public var query: String {
        get { line.text }
        set { line = LineEdit(newValue) }
    }

    /// Cursor position in graphemes.
    public var cursor: Int { line.cursor }

    /// Inserts typed text at the cursor.
    public mutating func insert(_ c: Character) { line.insert(c) }
}
