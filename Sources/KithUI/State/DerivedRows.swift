import KithCore

/// What the browser's lists show that follows from the index, the contact policy and today
/// alone: the People list per sort, the Recent rows with the Due group, the Meetings rows
/// with their participants' names. The browser builds it where the index is built (LiveIndex's
/// queue) and passes it with the index, so installing an update on the UI thread only swaps
/// arrays instead of sorting, grouping and resolving names (~80 ms at 10k notes).
public struct DerivedRows: Equatable, Sendable {
    /// The policy and day the rows were built for; rows built for others are not used.
    public private(set) var policy: ContactPolicy
    public private(set) var today: CalendarDate
    /// People paths in each sort order built so far (all of them when built in the
    /// background, so `s` only picks another array).
    public internal(set) var people: [PeopleSort: [String]]
    /// The Upcoming group, the Due group (its first `dueLimit` people), then the timeline
    /// grouped by day.
    public private(set) var recent: RecentRows
    /// The same with each day's interactions grouped by meeting (`m`, `groupedByMeeting`).
    public private(set) var recentByMeeting: RecentRows
    /// Everyone in the Due group, most overdue first.
    public private(set) var due: [String]
    /// Transcripts, meeting notes and daily notes with people, newest first (`meetingRows`).
    public private(set) var meetings: [MeetingRow]
    /// How wide the People list's columns want to be (the pane sizes to it).
    public private(set) var peopleWidths: PeopleWidths
    /// Past interactions per month over the last twelve months, by person path (people without
    /// one in that time are left out): the People list's sparkline column.
    public private(set) var monthly: [String: [Int]]
    /// Every organization, by name (`VaultIndex.organizations`).
    public private(set) var organizations: [Organization]
    /// The person who is likely the vault's owner when none is named (a pass over every
    /// meeting's people: built with the rows, off the UI thread in the browser).
    public private(set) var ownerSuggestion: OwnerSuggestion?

    /// The cells the People list's name and `role · organization` columns want: the widest,
    /// but no more than 8 cells past the 98th percentile, so a few outliers do not widen the
    /// pane for everyone.
    public struct PeopleWidths: Hashable, Sendable {
        public var name = 0
        public var detail = 0
    }

    /// No rows (no index yet).
    public init() {
        peopleWidths = PeopleWidths()
        policy = ContactPolicy()
        today = CalendarDate(dayNumber: 0)
        people = [:]
        recent = []
        recentByMeeting = []
        due = []
        meetings = []
        monthly = [:]
        organizations = []
    }

    /// The rows of `index` for `policy` and `today`, with the People list in each of `sorts`.
    public init(index: VaultIndex, policy: ContactPolicy, today: CalendarDate,
                sorts: [PeopleSort] = PeopleSort.allCases) {
        self = Self()
        self.policy = policy
        self.today = today
        // Eight independent pieces over the cores, the costliest first (at 100,000 notes,
        // measured by `kith-bench rowparts`: timeline 90 ms, meetings 85, organizations 54,
        // people orders 53, widths 28, upcoming 17, owner 7, monthly 1). The browser shows the
        // index only once all are built: three coarse groups left one core alone with the last
        // group for a sixth of a second.
        let parts = Parallel.map(Piece.allCases.count) { k -> DerivedRows in
            var rows = DerivedRows()
            switch Piece.allCases[k] {
            case .timeline: (rows.recent, rows.recentByMeeting) = Self.timelineRows(index, today: today)
            case .meetings: rows.meetings = Self.meetingRows(index)
            case .organizations: rows.organizations = index.organizations(policy: policy, today: today)
            case .people: (rows.people, rows.due) = index.peopleOrders(sorts, policy: policy, today: today)
            case .widths: rows.peopleWidths = Self.widths(of: index)
            // The Upcoming group above the Due group (held in `recent` until both are in).
            case .upcoming: rows.recent = RecentRows(top: Self.upcomingRows(index, policy: policy, today: today), days: TimelineRows())
            case .owner: rows.ownerSuggestion = index.ownerSuggestion
            case .monthly: rows.monthly = index.monthlyInteractionsByPerson(today: today)
            }
            return rows
        }
        func part(_ piece: Piece) -> DerivedRows { parts[piece.rawValue] }
        let timeline = part(.timeline), people = part(.people)
        self.people = people.people
        due = people.due
        peopleWidths = part(.widths).peopleWidths
        let top = part(.upcoming).recent.top + Self.dueRows(due, showing: Self.dueLimit)
        recent = timeline.recent.with(top: top)
        recentByMeeting = timeline.recentByMeeting.with(top: top)
        meetings = part(.meetings).meetings
        monthly = part(.monthly).monthly
        organizations = part(.organizations).organizations
        ownerSuggestion = part(.owner).ownerSuggestion
    }

    /// The independent pieces of the rows, in the order they are handed to the cores.
    private enum Piece: Int, CaseIterable {
        case timeline, meetings, organizations, people, widths, upcoming, owner, monthly
    }

    /// Transcripts, meeting notes and daily notes that record a contact, newest first (undated
    /// last); on one day the meetings first, then the daily note; then by path.
    public static func meetingRows(_ index: VaultIndex) -> [MeetingRow] {
        let notes = index.notes
        func row(_ i: Int) -> MeetingRow {
            MeetingRow(path: notes[i].path, date: notes[i].date, name: notes[i].name,
                       source: notes[i].contactSource == .none ? .transcript : notes[i].contactSource,
                       participants: index.participantNames(ofNoteAt: i))
        }
        return index.meetingListPositions.map(row)
    }

    /// `Role · Organization`, as the People list and the search show a person.
    public static func detail(of n: IndexedNote) -> String {
        [n.profile.role, n.profile.organization].compactMap { $0 }.joined(separator: " · ")
    }

    /// The People list's column widths over every person (`peopleWidths`).
    public static func widths(of index: VaultIndex) -> PeopleWidths {
        var names: [Int] = [], details: [Int] = []
        let notes = index.notes
        // Read in place (a copy of each person's note costs more than measuring it); a detail
        // of one part is that part, two are joined as `detail(of:)` joins them.
        for i in index.peoplePositions {
            names.append(DisplayWidth.of(notes[i].name))
            switch (notes[i].profile.role, notes[i].profile.organization) {
            case let (role?, org?): details.append(DisplayWidth.of(role + " · " + org))
            case let (one?, nil), let (nil, one?): details.append(DisplayWidth.of(one))
            case (nil, nil): details.append(0)
            }
        }
        func wanted(_ a: [Int]) -> Int {
            guard !a.isEmpty else { return 0 }
            let sorted = a.sorted()
            return min(sorted[sorted.count - 1], sorted[sorted.count * 98 / 100] + 8)
        }
        return PeopleWidths(name: wanted(names), detail: wanted(details))
    }

    /// Whether these rows show what `policy` and `today` would (else they are rebuilt).
    public func fits(policy: ContactPolicy, today: CalendarDate) -> Bool {
        self.policy == policy && self.today == today
    }

    /// The People list in `sort`, adding it from `index` when not built yet.
    mutating func people(sortedBy sort: PeopleSort, in index: VaultIndex) -> [String] {
        if let paths = people[sort] { return paths }
        let paths = index.peopleOrders([sort], policy: policy, today: today).orders[sort] ?? []
        people[sort] = paths
        return paths
    }

    /// How many people the Recent view's Due group lists at first; Enter on its "… N more"
    /// row lists this many more each time.
    public static let dueLimit = 10

    /// The Recent rows with the Due group listing its first `shown` people, each day's
    /// interactions grouped by meeting when `byMeeting`.
    public func recent(showingDue shown: Int, byMeeting: Bool = false) -> RecentRows {
        let rows = byMeeting ? recentByMeeting : recent
        if shown == Self.dueLimit || due.count <= Self.dueLimit { return rows }
        // The Due group ends the rows above the days, after the Upcoming group.
        let start = rows.top.firstIndex { if case .dueHeader = $0 { return true } else { return false } } ?? 0
        return rows.with(top: Array(rows.top[..<start]) + Self.dueRows(due, showing: shown))
    }

    /// The Due group's rows: a header, the first `shown` people, and "… N more".
    static func dueRows(_ due: [String], showing shown: Int) -> [RecentRow] {
        guard !due.isEmpty else { return [] }
        var rows: [RecentRow] = [.dueHeader(due.count)]
        rows += due.prefix(shown).map { .due($0) }
        if due.count > shown { rows.append(.dueMore(due.count - shown)) }
        return rows
    }
}
