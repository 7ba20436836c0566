/// How the people list is ordered.
public enum PeopleSort: String, CaseIterable, Sendable {
    /// Last contact newest first; people without one last; ties by name.
    case recent
    /// By name (case and accents ignored).
    case name
    /// Last contact oldest first, then people never contacted.
    case stale
}

extension VaultIndex {
    /// People in the given order.
    public func people(sortedBy sort: PeopleSort) -> [IndexedNote] {
        let rows = peopleIDs.map { id -> (IndexedNote, CalendarDate?, NameKey) in
            let n = notes[id]
            return (n, lastContact(of: n.path)?.date, NameOrder.key(n.name))
        }
        let ordered = rows.sorted { a, b in
            switch sort {
            case .name:
                return a.2 < b.2
            case .recent, .stale:
                switch (a.1, b.1) {
                case let (x?, y?) where x != y: return sort == .recent ? x > y : x < y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return a.2 < b.2
                }
            }
        }
        return ordered.map(\.0)
    }

    /// People whose last contact is more than `days` days before `today`, oldest first, then
    /// people with no date at all.
    public func stalePeople(days: Int, today: CalendarDate) -> [IndexedNote] {
        people(sortedBy: .stale).filter { p in
            guard let d = lastContact(of: p.path)?.date else { return true }
            return d.days(until: today) > days
        }
    }

    /// Whether a person's last contact is older than `days` before `today` (or missing).
    public func isStale(_ personPath: String, days: Int, today: CalendarDate) -> Bool {
        guard let d = lastContact(of: personPath)?.date else { return true }
        return d.days(until: today) > days
    }
}
