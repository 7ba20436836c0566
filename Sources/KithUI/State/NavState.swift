import KithCore

/// Which top-level view (or the reader) is showing.
public enum Page: Hashable, Sendable {
    case people, recent, meetings, organizations
    /// A note opened in place from a link or a list.
    case reader(path: String)
    /// A person's brief (`b`): one page to read before meeting them.
    case brief(path: String)
    /// A section of a person's card in full, from its "… N more" (backlinks, mentions…).
    case cardList(CardList)

    /// The numbered view this page belongs to (the reader and a brief belong to none).
    public var view: Page? {
        switch self {
        case .reader, .brief, .cardList: return nil
        default: return self
        }
    }

    /// Whether the page is a document read like the reader (a note, a brief).
    public var isDocument: Bool {
        switch self {
        case .reader, .brief: return true
        default: return false
        }
    }
}

/// Which pane of the People view has the keyboard.
public enum Focus: Hashable, Sendable { case list, card }

/// A selection and scroll offset in a list of rows.
public struct ListCursor: Hashable, Sendable {
    public var selected = 0
    public var top = 0
    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Selects row `i` of `count`, scrolling only as far as keeps it among `height` rows.
    public mutating func select(_ i: Int, height: Int, count: Int) {
        selected = i
        top = Scroll.keepVisible(i, top: top, height: height, count: count)
    }
}

/// A scroll offset (in display rows) and a selected link (index among the document's links).
public struct DocCursor: Hashable, Sendable {
    public var top = 0
    public var item: Int?
    public init(top: Int = 0, item: Int? = nil) {
        self.top = top
        self.item = item
    }
}

/// Where the user is: everything Back and Forward restore exactly. The app keeps a stack of
/// these like a browser; derived data (rows, documents) is recomputed from it.
public struct NavState: Hashable, Sendable {
    public var page: Page = .people
    /// The selected person, by path, so a reindex or re-sort keeps it.
    public var person: String?
    public var focus: Focus = .list
    /// In one-pane layouts: whether the card (not the list) fills the body.
    public var cardOnly = false
    public var peopleList = ListCursor()
    public var card = DocCursor()
    public var recent = ListCursor()
    public var meetings = ListCursor()
    public var organizations = ListCursor()
    /// The reader's cursor, and a brief's.
    public var reader = DocCursor()
    /// The selected row of a card section's full list.
    public var cardList = ListCursor()
    /// What the People list is narrowed to (`org:`/`tag:` from the search, Enter on an
    /// organization), shown as chips until Esc clears it; nil for everyone.
    public var peopleFilter: PeopleFilter?
    /// The title of the page left behind when the reader was opened (for `‹ back-title`).
    public var readerFrom: String?
    /// The full-text query the reader was opened from and its current hit; nil otherwise.
    public var readerHits: ReaderHits?

    public init() {}
}
