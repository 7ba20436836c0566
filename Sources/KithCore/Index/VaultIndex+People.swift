/// How the people list is ordered.
public enum PeopleSort: String, CaseIterable, Sendable {
    /// Last contact newest first; people without one last; ties by name.
    case recent
    /// By name (case and accents ignored).
    case name
    /// Most overdue first, relative to each person's own limit (`ContactPolicy`: a weekly
    /// contact three weeks late comes before a yearly one a month late), then people never
    /// contacted (no date to measure from; they would bury everyone else at the top).
    case stale
}

extension PeopleSort {
    /// `rows` in this order: the one ordering of the people list, for the index's notes and
    /// `PeopleDigest`'s rows alike. `limit` (days) is asked only for `stale`.
    static func order<Row>(_ rows: [Row], by sort: PeopleSort, today: CalendarDate,
                           lastContact: (Row) -> CalendarDate?, limit: (Row) -> Int,
                           name: (Row) -> String) -> [Row] {
        // Sort key per person: for recent, the last contact's day number; for stale, days
        // overdue. Nil sorts last either way. Positions are sorted, not the rows (a row is
        // large to move: the digest's hold every interaction date).
        let keys = rows.map { row -> Int? in
            switch sort {
            case .recent: return lastContact(row)?.dayNumber
            case .stale: return lastContact(row).map { $0.days(until: today) - limit(row) }
            case .name: return nil
            }
        }
        let names = rows.map { NameOrder.key(name($0)) }
        let order = rows.indices.sorted { a, b in
            switch sort {
            case .name:
                return names[a] < names[b]
            case .recent, .stale:
                switch (keys[a], keys[b]) {
                case let (x?, y?) where x != y: return x > y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return names[a] < names[b]
                }
            }
        }
        return order.map { rows[$0] }
    }
}

extension VaultIndex {
    /// Every person by name (case and accents ignored): the one order that needs no day.
    public var peopleByName: [IndexedNote] {
        people(sortedBy: .name, policy: ContactPolicy(), today: CalendarDate(dayNumber: 0))
    }

    /// People in the given order; `stale` measures each person against `policy` on `today`.
    public func people(sortedBy sort: PeopleSort, policy: ContactPolicy, today: CalendarDate) -> [IndexedNote] {
        PeopleSort.order(peopleIDs.map { notes[$0] }, by: sort, today: today,
                         lastContact: { lastContact(of: $0.path, today: today)?.date },
                         limit: { policy.limit(for: $0).days }, name: \.name)
    }

    /// Whether the person is due under `policy` on `today` (never contacted counts as due). The
    /// vault's owner never is: nobody needs reminding to be in touch with themselves.
    public func isDue(_ personPath: String, policy: ContactPolicy, today: CalendarDate) -> Bool {
        !isOwner(personPath) && (contactStatus(of: personPath, policy: policy, today: today)?.isDue ?? false)
    }
}
