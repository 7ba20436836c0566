import KithCore

/// One row of the Recent view's Upcoming group: a person's birthday or yearly date, or a
/// meeting with the people it links (one row per meeting, not per person).
public struct UpcomingItem: Hashable, Sendable {
    public var date: CalendarDate
    public var kind: UpcomingEvent.Kind
    /// `birthday`, the yearly property's key, or the meeting's label.
    public var label: String
    /// The age reached or years since on `date` (`UpcomingEvent.years`).
    public var years: Int?
    /// Person paths, in the events' order (one for a birthday or yearly date).
    public var people: [String]
    /// The meeting note, when it resolves to one.
    public var target: String?
    /// The property's line in the person's note, or the meeting's line linking the first person.
    public var line: Int
}

extension DerivedRows {
    /// Days after today the Recent view's Upcoming group looks ahead (`kith upcoming --days 7`).
    public static let upcomingDays = 7

    /// The Upcoming group: a header, then what `upcomingEvents` lists for the next
    /// `upcomingDays` days, soonest first, a meeting with several people as one row.
    static func upcomingRows(_ index: VaultIndex, policy: ContactPolicy, today: CalendarDate) -> [RecentRow] {
        var items: [UpcomingItem] = []
        var meetingRow: [String: Int] = [:]
        for e in index.upcomingEvents(today: today, days: upcomingDays, yearlyKeys: policy.yearlyKeys) {
            if e.kind == .meeting {
                let key = "\(e.date)\u{0}\(e.target ?? e.label)"
                if let i = meetingRow[key] {
                    if !items[i].people.contains(e.person) { items[i].people.append(e.person) }
                    continue
                }
                meetingRow[key] = items.count
            }
            items.append(UpcomingItem(date: e.date, kind: e.kind, label: e.label, years: e.years,
                                      people: [e.person], target: e.target, line: e.line))
        }
        guard !items.isEmpty else { return [] }
        return [.upcomingHeader(items.count)] + items.map { .upcoming($0) }
    }
}
