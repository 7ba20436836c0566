import KithCore

/// How far the index is.
public enum IndexStatus: Hashable, Sendable {
    /// Nothing asked yet (the `.loadIndex` effect has not reported).
    case notLoaded
    case loading(done: Int, total: Int)
    /// Every note is parsed; links are being resolved and the search structures built.
    case linking(notes: Int)
    case loaded(notes: Int, seconds: Double)
    case failed(String)
}

/// A modal layer drawn over the views.
public enum Overlay: Hashable, Sendable {
    case search(SearchState)
    /// The help screen: its scroll offset and search.
    case help(HelpState)
    /// The action palette (`:`): actions, views, people and themes, fuzzy.
    case palette(PaletteState)
    /// A small menu: what `o` opens, what `y` copies.
    case menu(MenuState)
}

/// A one-line note in the status line; errors use the error role.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// The whole UI as a value. `update` maps it and an action to a new value plus effects;
/// `render` draws it. Nothing here talks to the terminal or the disk.
public struct AppState: Sendable {
    /// The vault index, nil until the first load reports.
    public var index: VaultIndex?
    /// Injected so ages and renders are deterministic.
    public var today: CalendarDate
    public var cols: Int
    public var rows: Int
    /// Shown in the header (`~/vault`).
    public var vaultName: String
    public var status: IndexStatus = .notLoaded
    public var nav = NavState()
    public var back: [NavState] = []
    public var forward: [NavState] = []
    public var sort: PeopleSort = .recent
    public var overlay: Overlay?
    /// The status line's note. Setting it (even to the same text) starts its time again.
    public var message: StatusMessage? {
        didSet { messageShownAt = nil }
    }
    /// When `message` first showed, in the ticks' clock (ms): stamped by the first tick after
    /// it was set, so update never reads a clock; nil until then.
    public internal(set) var messageShownAt: Int?
    /// Whether the Recent view gathers each day's interactions of one meeting under its header
    /// (`m` toggles it).
    public internal(set) var recentByMeeting = false
    /// How many people the Recent view's Due group lists (Enter on "… N more" shows more).
    public internal(set) var dueShown = DerivedRows.dueLimit
    /// The rows below in every sort built so far (derived from `index`, the policy and `today`).
    public internal(set) var derived = DerivedRows()
    /// People paths in the current sort order (derived from `index` and `sort`).
    public internal(set) var peoplePaths: [String] = []
    /// The timeline grouped by day (derived from `index`).
    public internal(set) var recentRows: RecentRows = []
    /// Organizations in the current `organizationSort` (derived from `index`).
    public internal(set) var organizationRows: [Organization] = []
    /// How the Organizations view is ordered (`s` there cycles it).
    public var organizationSort: OrganizationSort = .name
    /// The filter `peoplePaths` was narrowed with (`nav.peopleFilter` when in step).
    var appliedPeopleFilter: PeopleFilter?
    /// Whether the terminal gets ASCII instead of block elements (the sparklines): the Linux
    /// console, a locale that is not UTF-8 (`Sparkline.prefersASCII`).
    public var asciiGlyphs = false
    /// The brief showing (`Page.brief`), laid out for the size it was built at.
    var briefView: (key: BriefKey, view: DocumentView)?
    /// Meetings, transcripts and daily notes with people, newest first (derived from `index`).
    public internal(set) var meetingRows: [MeetingRow] = []
    /// Days without contact after which a person is marked stale (config `stale_days`).
    public var staleDays = 90
    /// Per-tag contact cadences in days (config `[cadence]`), for people without their own.
    public var tagCadences: [String: Int] = [:]
    /// Date properties that come back every year besides `birthday` (config `yearly`).
    public var yearlyKeys: [String] = []
    /// Who is due for contact and when, from `staleDays` and `tagCadences`; which dates come
    /// back every year (`yearlyKeys`).
    public var contactPolicy: ContactPolicy {
        ContactPolicy(staleDays: staleDays, tagCadences: tagCadences, yearlyKeys: yearlyKeys)
    }
    /// The key bindings in use (config `[keys]` applied), for the help overlay and the status
    /// hints; `KithApp.update` keeps it in step with the keymap it is given.
    public var keymap: Keymap = .standard
    /// The card and reader documents, wrapped (derived from `index` and `nav`).
    public internal(set) var views = DocumentViews()
    /// Whether a card not built yet is asked of the runtime (`Effect.buildCard`) and drawn as
    /// "loading card…" until it arrives (the browser), rather than built inside `update`
    /// (tests and tools that hold only an index).
    public var buildsCardsInBackground = false
    /// The people and full-text search indexes (derived from `index`).
    public internal(set) var search = SearchIndex()
    /// Where the open palette's rows come from (its candidates and the people ranking).
    var paletteSource = PaletteSource()
    /// The color themes `t` cycles through and the palette offers, and the one in use (the
    /// runtime holds the themes themselves; empty when it has none to offer).
    public var themeNames: [String] = []
    public var themeName: String?
    /// A note for the status line after the editor returns (`L` on a note without Recent Context).
    var editorNote: String?

    /// The start state: an empty People view waiting for the index. Pair it with `.loadIndex`
    /// (see `AppState.start`).
    public init(vaultName: String, today: CalendarDate, cols: Int, rows: Int) {
        self.vaultName = vaultName
        self.today = today
        self.cols = cols
        self.rows = rows
    }

    /// The initial state and the effects the loop runs first (loading the index).
    public static func start(vaultName: String, today: CalendarDate, cols: Int, rows: Int)
        -> (AppState, [Effect]) {
        var s = AppState(vaultName: vaultName, today: today, cols: cols, rows: rows)
        s.status = .loading(done: 0, total: 0)
        return (s, [.loadIndex])
    }

    /// Below this the UI shows only "terminal too small".
    public static let minCols = 40
    public static let minRows = 10

    public var isTooSmall: Bool { cols < Self.minCols || rows < Self.minRows }

    /// How long a status message stays (ms): notes give way sooner than errors.
    public static let messageLifetimeMs = 4_000
    public static let errorLifetimeMs = 8_000
}
