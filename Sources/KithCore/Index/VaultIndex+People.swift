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

extension VaultIndex {
    /// Every person by name (case and accents ignored): the one order that needs no day.
    public var peopleByName: [IndexedNote] {
        people(sortedBy: .name, policy: ContactPolicy(), today: CalendarDate(dayNumber: 0))
    }

    /// People in the given order; `stale` measures each person against `policy` on `today`.
    public func people(sortedBy sort: PeopleSort, policy: ContactPolicy, today: CalendarDate) -> [IndexedNote] {
        // Sort key per person: for recent, the last contact's day number; for stale, days
        // overdue. Nil sorts last either way.
        let rows = peopleIDs.map { id -> (IndexedNote, Int?, NameKey) in
            let n = notes[id]
            let last = lastContact(of: n.path, today: today)?.date
            let key: Int?
            switch sort {
            case .recent: key = last?.dayNumber
            case .stale: key = last.map { $0.days(until: today) - policy.limit(for: n).days }
            case .name: key = nil
            }
            return (n, key, NameOrder.key(n.name))
        }
        let ordered = rows.sorted { a, b in
            switch sort {
            case .name:
                return a.2 < b.2
            case .recent, .stale:
                switch (a.1, b.1) {
                case let (x?, y?) where x != y: return x > y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return a.2 < b.2
                }
            }
        }
        return ordered.map(\.0)
    }

    /// Whether the person is due under `policy` on `today` (never contacted counts as due). The
    /// vault's owner never is: nobody needs reminding to be in touch with themselves.
    public func isDue(_ personPath: String, policy: ContactPolicy, today: CalendarDate) -> Bool {
        !isOwner(personPath) && (contactStatus(of: personPath, policy: policy, today: today)?.isDue ?? false)
    }
}
