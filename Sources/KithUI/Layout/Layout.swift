import KithCore

/// A rectangle of cells.
public struct Rect: Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The area inside a one-cell border.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < x + width && py >= y && py < y + height
    }
}

/// Where everything goes for a state's size and page. `update` uses it for page sizes and
/// mouse hits, `render` for drawing, so both agree.
public struct Layout: Hashable, Sendable {
    /// Two panes (list and card) from this many columns; one pane at a time below.
    public static let twoPaneMinCols = 100

    public var header: Rect
    public var status: Rect
    public var body: Rect
    /// People view: the list box and the card box (one of them nil in one-pane mode).
    public var list: Rect?
    public var card: Rect?
    /// Recent, Meetings and Organizations: the list box.
    public var main: Rect?
    /// Reader and brief: the text area (no border; the header names the note).
    public var reader: Rect?
    public var twoPane: Bool
    /// The search overlay's box: full width from the top of the body, like fzf. A fuzzy
    /// search is as tall as its candidates need (up to the body), so a small vault does
    /// not get a screenful of blank rows, and the box keeps its size while typing.
    public var searchBox: Rect

    public init(_ s: AppState) {
        let cols = s.cols, rows = s.rows
        header = Rect(x: 0, y: 0, width: cols, height: 1)
        status = Rect(x: 0, y: rows - 1, width: cols, height: 1)
        body = Rect(x: 0, y: 1, width: cols, height: rows - 2)
        twoPane = cols >= Self.twoPaneMinCols
        searchBox = body
        if case .search(let search)? = s.overlay, search.mode.isFuzzy {
            searchBox.height = min(body.height, max(5, search.total + 2))
        }
        switch s.nav.page {
        case .people:
            if twoPane {
                let lw = Self.peopleListWidth(s)
                list = Rect(x: 0, y: body.y, width: lw, height: body.height)
                card = Rect(x: lw, y: body.y, width: cols - lw, height: body.height)
            } else if s.nav.cardOnly {
                card = body
            } else {
                list = body
            }
        case .recent, .meetings, .organizations, .cardList:
            main = body
        case .reader, .brief:
            reader = Rect(x: 2, y: body.y, width: cols - 4, height: body.height)
        }
    }

    /// The People list in two-pane mode: as wide as its rows want (name, role · organization,
    /// age, the sparkline on wide screens, border), from 32 cells up to 45% of the screen (and the
    /// sparkline), never leaving the card less than 60.
    /// Before the index arrives it has no content to measure and takes two fifths.
    static func peopleListWidth(_ s: AppState) -> Int {
        // The sparkline column (wide screens) widens the list by its own width, not its share.
        let spark = Screens.showsSparkline(s) ? ContactFrequency.months + 2 : 0
        let most = max(40, min(s.cols * 9 / 20 + spark, s.cols - 60))
        guard s.index != nil else { return min(most, max(40, s.cols * 2 / 5)) }
        let want = s.derived.peopleWidths
        let need = 2 + 4 + max(8, want.name) + want.detail + Screens.ageWidth(s.sort) + spark
        return min(most, max(32, need))
    }

    /// Rows a list shows inside its border. Every list box fills the body, so this holds for
    /// all of them whichever page is showing (history entries are clamped with it).
    public var listRows: Int { max(1, body.height - 2) }

    /// The help overlay's box, centered.
    public var helpBox: Rect {
        let w = min(body.width - 2, 84)
        let h = body.height - 2
        return Rect(x: (body.width - w) / 2, y: body.y + 1, width: w, height: h)
    }

    /// Header tabs: view, label and the columns they take (for drawing and clicks).
    public static let tabs: [(page: Page, label: String)] = [
        (.people, "1 People"), (.recent, "2 Recent"), (.meetings, "3 Meetings"), (.organizations, "4 Organizations"),
    ]

    /// Column where each tab starts in the header (after ` kith  `).
    public static func tabStarts() -> [Int] {
        var x = 7
        return tabs.map { t in
            defer { x += DisplayWidth.of(t.label) + 2 }
            return x
        }
    }
}
