import KithCore

extension DerivedRows {
    /// The Recent view's days: a header per day and its interactions, newest first, up to
    /// today (later ones are upcoming, not contacts); and the same with each day's
    /// interactions of one meeting under a header naming it and its people. A meeting only
    /// one person's interaction points at that day stays a plain row.
    static func timelineRows(_ index: VaultIndex, today: CalendarDate) -> (days: [RecentRow], grouped: [RecentRow]) {
        var days: [RecentRow] = [], grouped: [RecentRow] = []
        var day: CalendarDate?? = .none
        var items: [Interaction] = []
        for i in index.timeline where i.date.map({ $0 <= today }) ?? true {
            if day != .some(i.date) {
                grouped += byMeeting(items, index)
                items = []
                days.append(.day(i.date))
                grouped.append(.day(i.date))
                day = .some(i.date)
            }
            days.append(.item(i))
            items.append(i)
        }
        grouped += byMeeting(items, index)
        return (days, grouped)
    }

    /// One day's interactions with those of a shared meeting gathered under its header, where
    /// the meeting's first interaction stood.
    static func byMeeting(_ items: [Interaction], _ index: VaultIndex) -> [RecentRow] {
        var byTarget: [String: [Interaction]] = [:]
        for i in items { if let t = i.target { byTarget[t, default: []].append(i) } }
        guard byTarget.values.contains(where: { $0.count > 1 }) else { return items.map { .item($0) } }
        var out: [RecentRow] = []
        var done = Set<String>()
        for i in items {
            guard let t = i.target, let members = byTarget[t], members.count > 1 else {
                out.append(.item(i))
                continue
            }
            guard done.insert(t).inserted else { continue }
            let people = members.compactMap { index.isOwner($0.person) ? nil : index.note($0.person)?.name }
            // A daily note's name is its date, the day's header: it says what it is instead.
            let title = i.origin == .daily || index.note(t)?.contactSource == .daily
                ? "daily note" : index.note(t).map { Format.withoutDate($0.name) } ?? Format.label(of: i)
            out.append(.meeting(RecentMeeting(path: t, date: i.date, title: title, people: people)))
            out += members.map { .member($0) }
        }
        return out
    }
}
