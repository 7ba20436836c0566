import KithCore

extension DerivedRows {
    /// The Recent view's days: a header per day and its interactions, newest first, up to
    /// today (later ones are upcoming, not contacts); and the same with each day's
    /// interactions of one meeting under a header naming it and its people. A meeting only
    /// one person's interaction points at that day stays a plain row.
    public static func timelineRows(_ index: VaultIndex, today: CalendarDate) -> (days: [RecentRow], grouped: [RecentRow]) {
        var days: [RecentRow] = [], grouped: [RecentRow] = []
        let timeline = index.timeline
        // Rows are large (an interaction each): grown once, not by doubling.
        days.reserveCapacity(timeline.count + 400)
        grouped.reserveCapacity(timeline.count + 800)
        var day: CalendarDate?? = .none
        var items: [Interaction] = []
        for i in timeline where i.date.map({ $0 <= today }) ?? true {
            if day != .some(i.date) {
                byMeeting(items, index, into: &grouped)
                items.removeAll(keepingCapacity: true)
                days.append(.day(i.date))
                grouped.append(.day(i.date))
                day = .some(i.date)
            }
            days.append(.item(i))
            items.append(i)
        }
        byMeeting(items, index, into: &grouped)
        return (days, grouped)
    }

    /// One day's interactions with those of a shared meeting gathered under its header, where
    /// the meeting's first interaction stood. Targets are compared within the day: pairwise
    /// for a few dozen interactions (cheaper than hashing long paths), through a table for
    /// more (a large vault's busy days have hundreds, and pairs grow with their square).
    static func byMeeting(_ items: [Interaction], _ index: VaultIndex, into out: inout [RecentRow],
                          pairwiseLimit: Int = DerivedRows.pairwiseLimit) {
        guard items.count > 1 else { return plain(items, into: &out) }
        // For each interaction, the first one of the day with the same meeting, and how many
        // share it.
        var first = Array(items.indices), members = [Int](repeating: 1, count: items.count)
        var shared = false
        if items.count > pairwiseLimit {
            var firstOf: [String: Int] = [:]
            for k in items.indices {
                guard let t = items[k].target else { continue }
                if let j = firstOf[t] {
                    first[k] = j
                    members[j] += 1
                    shared = true
                } else {
                    firstOf[t] = k
                }
            }
        } else {
            for k in items.indices {
                guard let t = items[k].target else { continue }
                for j in 0..<k where first[j] == j && items[j].target == t {
                    first[k] = j
                    members[j] += 1
                    shared = true
                    break
                }
            }
        }
        guard shared else { return plain(items, into: &out) }
        var group = [[Int]](repeating: [], count: items.count)
        for k in items.indices where members[first[k]] > 1 { group[first[k]].append(k) }
        let owner = index.owner
        for k in items.indices where first[k] == k {
            let i = items[k]
            guard let t = i.target, members[k] > 1 else {
                out.append(.item(i))
                continue
            }
            let group = group[k].map { items[$0] }
            let people = group.compactMap { $0.person == owner ? nil : $0.person }
            out.append(.meeting(RecentMeeting(path: t, date: i.date, people: people, isDaily: i.origin == .daily)))
            for m in group { out.append(.member(m)) }
        }
    }

    /// Most interactions of a day compared pairwise in `byMeeting`.
    static let pairwiseLimit = 32

    /// One row per interaction.
    private static func plain(_ items: [Interaction], into out: inout [RecentRow]) {
        for i in items { out.append(.item(i)) }
    }
}
