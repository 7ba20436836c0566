import KithCore

/// One row of the action palette.
public struct PaletteEntry: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A command of the action table, and the context it runs in (as if its key was
        /// pressed there).
        case action(Command, Context)
        /// A numbered view (its command switches to it).
        case view(Command)
        /// A person (a vault path): Enter opens their card.
        case person(String)
        /// A color theme, by name.
        case theme(String)

        /// The word in the palette's first column.
        public var label: String {
            switch self {
            case .action: return "action"
            case .view: return "view"
            case .person: return "person"
            case .theme: return "theme"
            }
        }
    }

    public var kind: Kind
    /// What it is called: the action's help line, the view's or theme's name, the person's name.
    public var title: String
    /// Grapheme offsets in `title` that matched (drawn in the match role).
    public var positions: [Int]
    /// On the right: an action's or view's keys, a person's organization, `current` for the
    /// theme in use.
    public var detail: String
    /// The fuzzy score (0 with nothing typed); rows are ordered by it.
    var score: Int

    public init(kind: Kind, title: String, positions: [Int] = [], detail: String = "", score: Int = 0) {
        self.kind = kind
        self.title = title
        self.positions = positions
        self.detail = detail
        self.score = score
    }
}

/// The action palette's line and results. Like the search line, opening it changes nothing
/// underneath: Esc puts the user back where they were.
public struct PaletteState: Hashable, Sendable {
    /// The typed query and its cursor.
    public var line = LineEdit()
    /// The rows built so far, best first (people are built as the list shows them; `matches`
    /// says how many rows there are).
    public var results: [PaletteEntry] = []
    public var matches = 0
    /// How many entries there are in all, for `3 of 80`.
    public var total = 0
    public var selected = 0
    public var top = 0
    /// The contexts whose actions it offers (the screen it was opened over, most specific
    /// first; on the People view both the list and the card).
    public var contexts: [Context]

    public init(contexts: [Context]) { self.contexts = contexts }

    public var query: String { line.text }
}

/// Where the open palette's rows come from: the entries other than people, matched and in
/// order, and the people ranking of the query, merged by score as rows are needed, so a
/// keystroke over 10,000 people builds one screen of rows.
struct PaletteSource: Sendable {
    var others: [PaletteEntry] = []
    var people: PeopleRanking?
    /// How many of `others` and of the people ranking are in the built rows.
    var othersUsed = 0
    var peopleUsed = 0
    /// People hits fetched from the ranking but not yet merged.
    var pending: [SearchHit] = []

    var count: Int { others.count + (people?.count ?? 0) }

    /// The next `n` rows in order, best score first (on a tie, actions, views and themes before
    /// people); `person` makes a person's row from a hit.
    mutating func next(_ n: Int, person: (SearchHit) -> PaletteEntry) -> [PaletteEntry] {
        var out: [PaletteEntry] = []
        while out.count < n {
            if pending.isEmpty, let people, peopleUsed < people.count {
                pending = people.hits(peopleUsed..<min(people.count, peopleUsed + max(32, n)))
            }
            let other = others[safe: othersUsed]
            if let hit = pending.first, other.map({ hit.score > $0.score }) ?? true {
                out.append(person(hit))
                pending.removeFirst()
                peopleUsed += 1
            } else if let other {
                out.append(other)
                othersUsed += 1
            } else {
                break
            }
        }
        return out
    }
}
