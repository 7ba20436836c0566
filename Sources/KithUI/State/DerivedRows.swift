import KithCore

/// What the browser's lists show that follows from the index, the contact policy and today
/// alone: the People list per sort, the Recent rows with the Due group, the Transcripts rows
/// with their participants' names. The browser builds it where the index is built (LiveIndex's
/// queue) and passes it with the index, so installing an update on the UI thread only swaps
/// arrays instead of sorting, grouping and resolving names (~80 ms at 10k notes).
public struct DerivedRows: Hashable, Sendable {
    /// The policy and day the rows were built for; rows built for others are not used.
    public private(set) var policy: ContactPolicy
    public private(set) var today: CalendarDate
    /// People paths in each sort order built so far (all of them when built in the
    /// background, so `s` only picks another array).
    public internal(set) var people: [PeopleSort: [String]]
    /// The Upcoming group, the Due group, then the timeline grouped by day.
    public private(set) var recent: [RecentRow]
    /// Transcripts newest first with their participants.
    public private(set) var transcripts: [TranscriptRow]

    /// No rows (no index yet).
    public init() {
        policy = ContactPolicy()
        today = CalendarDate(dayNumber: 0)
        people = [:]
        recent = []
        transcripts = []
    }

    /// The rows of `index` for `policy` and `today`, with the People list in each of `sorts`.
    public init(index: VaultIndex, policy: ContactPolicy, today: CalendarDate,
                sorts: [PeopleSort] = PeopleSort.allCases) {
        self.policy = policy
        self.today = today
        people = [:]
        for sort in sorts {
            people[sort] = index.people(sortedBy: sort, policy: policy, today: today).map(\.path)
        }
        var rows = Self.upcomingRows(index, policy: policy, today: today)
        rows += Self.dueRows(index, policy: policy, today: today, stale: people[.stale])
        var day: CalendarDate?? = .none
        for i in index.timeline {
            if day != .some(i.date) {
                rows.append(.day(i.date))
                day = .some(i.date)
            }
            rows.append(.item(i))
        }
        recent = rows
        transcripts = index.transcripts.map { t in
            TranscriptRow(path: t.path, date: t.date, name: t.name,
                          participants: index.participants(of: t.path).compactMap { index.note($0)?.name })
        }
    }

    /// Whether these rows show what `policy` and `today` would (else they are rebuilt).
    public func fits(policy: ContactPolicy, today: CalendarDate) -> Bool {
        self.policy == policy && self.today == today
    }

    /// The People list in `sort`, adding it from `index` when not built yet.
    mutating func people(sortedBy sort: PeopleSort, in index: VaultIndex) -> [String] {
        if let paths = people[sort] { return paths }
        let paths = index.people(sortedBy: sort, policy: policy, today: today).map(\.path)
        people[sort] = paths
        return paths
    }

    /// Most people listed in the Recent view's Due group; the rest are counted (`s` sorts the
    /// People list by how overdue everyone is).
    static let dueLimit = 10

    /// The Due group: people whose last contact is older than their cadence, most overdue
    /// first. People never contacted are left out: they have no date to fall due from, and
    /// a vault of imported contacts would fill the group with them.
    /// `stale` is the People list in the stale order when already built (`duePeople` would
    /// sort everyone again).
    static func dueRows(_ index: VaultIndex, policy: ContactPolicy, today: CalendarDate, stale: [String]?) -> [RecentRow] {
        let order = stale ?? index.people(sortedBy: .stale, policy: policy, today: today).map(\.path)
        let due = order.filter {
            index.isDue($0, policy: policy, today: today) && index.lastContact(of: $0) != nil
        }
        guard !due.isEmpty else { return [] }
        var rows: [RecentRow] = [.dueHeader(due.count)]
        rows += due.prefix(dueLimit).map { .due($0) }
        if due.count > dueLimit { rows.append(.dueMore(due.count - dueLimit)) }
        return rows
    }
}
