/// The lists the browser builds for every note or person (People in each sort, the Due
/// group, Meetings), answered through positions in `notes` with keys computed once, so that
/// building them sorts integers rather than notes (which are large to copy) or paths (whose
/// comparison checks Unicode normalization).
extension VaultIndex {
    /// The positions in `notes` of the Meetings view's notes: transcripts, meeting notes, and
    /// daily notes that record a contact with someone besides the vault's owner; newest first
    /// (undated last), on one day the meetings first, then the daily note; then by path.
    public var meetingListPositions: [Int] {
        var positions = transcriptIDs
        for (id, list) in contactsBySource where notes[id].contactSource == .daily
            && list.contains(where: { Int($0.person) != ownerID }) {
            positions.append(id)
        }
        let days = positions.map { notes[$0].date?.dayNumber }
        // Daily notes after the day's meetings, then by position (path order).
        let tie = positions.map { (notes[$0].contactSource == .daily ? notes.count : 0) + $0 }
        return Self.newestFirst(positions.indices, days: days) { tie[$0] }.map { positions[$0] }
    }

    /// The people's positions in `notes` (`people`' order, by path), to read their fields in
    /// place instead of copying each note.
    public var peoplePositions: [Int] { peopleIDs }

    /// `participantNames(of:)` of the note at `position` in `notes`.
    public func participantNames(ofNoteAt position: Int) -> [String] {
        guard let list = contactsBySource[position] else { return [] }
        return list.compactMap { c in Int(c.person) == ownerID ? nil : notes[Int(c.person)].name }
    }

    /// `items` newest first by their day number in `days`, undated last, ties by `tie`.
    static func newestFirst<Tie: Comparable>(_ items: Range<Int>, days: [Int?], tie: (Int) -> Tie) -> [Int] {
        items.sorted { a, b in
            switch (days[a], days[b]) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return tie(a) < tie(b)
            }
        }
    }

    /// People's paths in each of `sorts`, as `people(sortedBy:policy:today:)` orders them, and
    /// the Due group: people past their cadence who have a last contact, most overdue first
    /// (`duePeople` without the never-contacted), never the vault's owner. Each person's last
    /// contact, limit and name key are found once; names are compared in one sort and the
    /// others break their ties by its rank.
    public func peopleOrders(_ sorts: [PeopleSort], policy: ContactPolicy, today: CalendarDate)
        -> (orders: [PeopleSort: [String]], due: [String]) {
        let ids = peopleIDs
        var last = [Int?](repeating: nil, count: ids.count), overdue = [Int?](repeating: nil, count: ids.count)
        var names: [NameKey] = []
        names.reserveCapacity(ids.count)
        for (k, id) in ids.enumerated() {
            let status = contactStatus(ofNoteAt: id, policy: policy, today: today)
            last[k] = status.lastContact?.date.dayNumber
            overdue[k] = status.overdueDays
            names.append(NameOrder.key(notes[id].name))
        }
        // Stable: people of one name keep their order, as in `PeopleSort.order`.
        let byName = ids.indices.sorted { names[$0] < names[$1] }
        var rank = [Int](repeating: 0, count: ids.count)
        for (r, k) in byName.enumerated() { rank[k] = r }
        func ordered(_ keys: [Int?]) -> [Int] {
            ids.indices.sorted { a, b in
                switch (keys[a], keys[b]) {
                case let (x?, y?) where x != y: return x > y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return rank[a] < rank[b]
                }
            }
        }
        let stale = ordered(overdue)
        var orders: [PeopleSort: [String]] = [:]
        for sort in sorts {
            let order: [Int]
            switch sort {
            case .name: order = byName
            case .recent: order = ordered(last)
            case .stale: order = stale
            }
            orders[sort] = order.map { notes[ids[$0]].path }
        }
        let due = stale.filter { k in (overdue[k] ?? 0) > 0 && ids[k] != ownerID }.map { notes[ids[$0]].path }
        return (orders, due)
    }
}
