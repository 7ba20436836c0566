import KithCore

/// A row of the Recent view: the Upcoming group on top (birthdays, yearly dates and meetings of
/// the next days), the Due group (a header, the most overdue people, a "… N more" line that
/// lists more), then a header per day and its interactions (grouped by meeting with `m`).
public enum RecentRow: Hashable, Sendable {
    /// `Upcoming` and how many rows follow.
    case upcomingHeader(Int)
    /// A birthday, yearly date or meeting coming up; Enter opens the card (or the meeting).
    case upcoming(UpcomingItem)
    /// `Due` and how many people are past their cadence.
    case dueHeader(Int)
    /// A person past their cadence (a path); Enter opens their card.
    case due(String)
    /// How many more are due than the group lists (Enter lists more of them).
    case dueMore(Int)
    case day(CalendarDate?)
    case item(Interaction)
    /// Grouped by meeting (`m`): a meeting of the day and its people, then its interactions
    /// as `member` rows.
    case meeting(RecentMeeting)
    /// An interaction under its meeting's header (grouped by meeting).
    case member(Interaction)

    public var isSelectable: Bool {
        switch self {
        case .item, .member, .meeting, .due, .dueMore, .upcoming: return true
        default: return false
        }
    }

    /// The interaction of an `item` or `member` row.
    public var interaction: Interaction? {
        switch self {
        case .item(let i), .member(let i): return i
        default: return nil
        }
    }
}

/// The Recent view's rows: the Upcoming and Due groups (`top`, a few dozen rows held as
/// they are), then the days, read from the index's timeline by position (`TimelineRows`): a
/// row is made when it is read, so installing the rows of 100,000 notes copies no interaction.
public struct RecentRows: RandomAccessCollection, Equatable, Sendable, ExpressibleByArrayLiteral,
    CustomStringConvertible {
    /// The Upcoming and Due groups, above the days.
    public private(set) var top: [RecentRow]
    var days: TimelineRows

    init(top: [RecentRow], days: TimelineRows) {
        self.top = top
        self.days = days
    }

    /// Rows held as they are (no days from a timeline).
    public init(arrayLiteral rows: RecentRow...) {
        self.init(top: rows, days: TimelineRows())
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { top.count + days.count }
    public func index(after i: Int) -> Int { i + 1 }
    public func index(before i: Int) -> Int { i - 1 }

    public subscript(position: Int) -> RecentRow {
        position < top.count ? top[position] : days[position - top.count]
    }

    /// How many rows are interactions (`item` or `member`), without reading them.
    public var interactionCount: Int {
        top.reduce(0) { $0 + ($1.interaction == nil ? 0 : 1) } + days.interactions
    }

    /// The first `item` or `member` row whose interaction `match` picks, looked at in place
    /// (finding a row by reading every row would copy every interaction of the vault).
    public func firstIndex(whereInteraction match: (Interaction) -> Bool) -> Int? {
        if let i = top.firstIndex(where: { $0.interaction.map(match) ?? false }) { return i }
        return days.firstRow(whereInteraction: match).map { top.count + $0 }
    }

    /// The first meeting header of the meeting note at `path`.
    public func firstIndex(ofMeeting path: String) -> Int? {
        if let i = top.firstIndex(where: { if case .meeting(let m) = $0 { return m.path == path } else { return false } }) {
            return i
        }
        return days.firstMeetingRow(of: path).map { top.count + $0 }
    }

    /// The same days under other Upcoming and Due groups.
    func with(top: [RecentRow]) -> RecentRows { RecentRows(top: top, days: days) }

    /// Row by row (what the view shows, whatever the rows were built from).
    public static func == (a: RecentRows, b: RecentRows) -> Bool { a.elementsEqual(b) }

    public var description: String { Array(self).description }
}

/// A meeting heading its interactions of one day in the Recent view grouped by meeting. Names
/// are looked up when the row is drawn (a screenful), not for every meeting of the vault.
public struct RecentMeeting: Hashable, Sendable {
    /// The meeting's note.
    public var path: String
    public var date: CalendarDate?
    /// The people whose interactions follow (paths), the vault's owner left out.
    public var people: [String]
    /// Whether the note is a daily note (its name is its date: the header says "daily note").
    public var isDaily: Bool
}

/// A row of the Meetings view: a transcript, a meeting note, or a daily note that records a
/// contact with someone.
public struct MeetingRow: Hashable, Sendable {
    public var path: String
    public var date: CalendarDate?
    public var name: String
    /// What the note is: a transcript, a meeting note or a daily note.
    public var source: ContactSource
    /// The names of the people it records a contact with, in order of appearance, the vault's
    /// owner left out.
    public var participants: [String]

    public init(path: String, date: CalendarDate?, name: String, source: ContactSource = .transcript,
                participants: [String]) {
        self.path = path
        self.date = date
        self.name = name
        self.source = source
        self.participants = participants
    }
}

extension AppState {
    /// Installs the rows derived from the index: `built` when it was made for this state's
    /// policy and day (the background's, see `DerivedRows`), else built here. Keeps the
    /// selections by path.
    mutating func refreshDerived(_ built: DerivedRows? = nil) {
        guard let index else { return }
        if let built, built.fits(policy: contactPolicy, today: today) {
            derived = built
        } else {
            // Only the shown sort: the others are added when `s` asks for them.
            derived = DerivedRows(index: index, policy: contactPolicy, today: today, sorts: [sort])
        }
        narrowPeople(derived.people(sortedBy: sort, in: index))
        dueShown = max(DerivedRows.dueLimit, min(dueShown, derived.due.count))
        recentRows = derived.recent(showingDue: dueShown, byMeeting: recentByMeeting)
        meetingRows = derived.meetings
        organizationRows = organizationSort.sorted(derived.organizations)
        // A brief shows what the index says: it is laid out again from the new one.
        briefView = nil
        syncDerivedSelections()
    }

    /// Points the list cursors at valid rows after the rows or `nav` changed.
    mutating func syncDerivedSelections() {
        syncPersonSelection()
        let firstItem = recentRows.firstIndex { $0.isSelectable } ?? 0
        if !(recentRows.indices.contains(nav.recent.selected) && recentRows[nav.recent.selected].isSelectable) {
            nav.recent.selected = firstItem
        }
        nav.meetings.selected = min(nav.meetings.selected, max(0, meetingRows.count - 1))
        nav.organizations.selected = min(nav.organizations.selected, max(0, organizationRows.count - 1))
    }

    /// The People list in the current sort (`s`): built once per sort and index.
    mutating func resortPeople() {
        guard let index else { return }
        if !derived.fits(policy: contactPolicy, today: today) {
            derived = DerivedRows(index: index, policy: contactPolicy, today: today, sorts: [sort])
        }
        narrowPeople(derived.people(sortedBy: sort, in: index))
    }

    /// Points the list cursor at `nav.person` (or the first person when it is gone).
    mutating func syncPersonSelection() {
        if let p = nav.person, let i = peoplePaths.firstIndex(of: p) {
            nav.peopleList.selected = i
        } else {
            nav.peopleList.selected = min(nav.peopleList.selected, max(0, peoplePaths.count - 1))
            nav.person = peoplePaths.isEmpty ? nil : peoplePaths[nav.peopleList.selected]
            nav.card = DocCursor()
        }
        nav.peopleList.top = Scroll.keepVisible(nav.peopleList.selected, top: nav.peopleList.top,
                                                height: Layout(self).listRows, count: peoplePaths.count)
    }

    /// The title of the current page, for the reader's `‹ back-title`.
    var pageTitle: String {
        switch nav.page {
        case .people: return nav.person.flatMap { index?.note($0)?.name } ?? "People"
        case .recent: return "Recent"
        case .meetings: return "Meetings"
        case .organizations: return "Organizations"
        case .reader(let path): return index?.note(path)?.name ?? path
        case .cardList(let list): return list.title
        case .brief(let path): return "Brief · " + (index?.note(path)?.name ?? path)
        }
    }
}

/// Scroll arithmetic shared by lists and documents.
enum Scroll {
    /// The smallest change to `top` that shows row `row` in a viewport of `height`.
    static func keepVisible(_ row: Int, top: Int, height: Int, count: Int) -> Int {
        var t = top
        if row < t { t = row }
        if row >= t + height { t = row - height + 1 }
        return clamp(t, count: count, height: height)
    }

    static func clamp(_ top: Int, count: Int, height: Int) -> Int {
        max(0, min(top, count - height))
    }
}
