/// How often someone was met: past interactions per calendar month over the last twelve months,
/// oldest month first, the twelfth being the month of `today`. Interactions dated after today
/// are upcoming, not contacts, and are not counted; undated ones have no month.
public enum ContactFrequency {
    /// Months counted: the current one and the eleven before it.
    public static let months = 12

    /// The slot (0 = eleven months ago … 11 = this month) of a contact on `date`, or nil when
    /// it is after `today` or older than the window.
    public static func slot(of date: CalendarDate, today: CalendarDate) -> Int? {
        guard date <= today else { return nil }
        let back = (today.year * 12 + today.month) - (date.year * 12 + date.month)
        return back < months ? months - 1 - back : nil
    }

    /// The first month of the window, as `(year, month)`.
    public static func firstMonth(today: CalendarDate) -> (year: Int, month: Int) {
        let m = today.year * 12 + (today.month - 1) - (months - 1)
        return (m / 12, m % 12 + 1)
    }

    /// `Dec 2025–Nov 2026`: the months the counts cover.
    public static func span(today: CalendarDate) -> String {
        let first = firstMonth(today: today)
        return "\(monthName(first.month)) \(first.year)–\(monthName(today.month)) \(today.year)"
    }

    /// `Jan` … `Dec`.
    public static func monthName(_ month: Int) -> String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][max(0, min(11, month - 1))]
    }

    /// Counts per slot of `newestFirst`, a person's interaction dates newest first (undated
    /// last): the upcoming ones are skipped and the walk stops at the first date older than the
    /// window, so it reads only the window.
    public static func counts(newestFirst: some Sequence<CalendarDate?>, today: CalendarDate) -> [Int] {
        var out = [Int](repeating: 0, count: months)
        let first = firstMonth(today: today)
        let start = CalendarDate(year: first.year, month: first.month, day: 1)!
        for date in newestFirst {
            guard let d = date else { break }
            if d > today { continue }
            if d < start { break }
            if let k = slot(of: d, today: today) { out[k] += 1 }
        }
        return out
    }

    /// Counts of `dates` (any order) per slot.
    public static func counts(of dates: some Sequence<CalendarDate?>, today: CalendarDate) -> [Int] {
        var out = [Int](repeating: 0, count: months)
        for d in dates {
            if let d, let k = slot(of: d, today: today) { out[k] += 1 }
        }
        return out
    }
}

extension VaultIndex {
    /// A person's past interactions per month, oldest first, ending with `today`'s month
    /// (`ContactFrequency`). Reads only the person's interactions of the window.
    public func monthlyInteractions(of personPath: String, today: CalendarDate) -> [Int] {
        guard let id = idByPath[personPath], let list = interactionsByPerson[id] else {
            return [Int](repeating: 0, count: ContactFrequency.months)
        }
        return ContactFrequency.counts(newestFirst: list.elements.lazy.map(\.date), today: today)
    }

    /// Every person's monthly counts in one pass over the timeline's window, by path; people
    /// without a contact in the window are left out (all zero).
    public func monthlyInteractionsByPerson(today: CalendarDate) -> [String: [Int]] {
        let (y, m) = ContactFrequency.firstMonth(today: today)
        let start = CalendarDate(year: y, month: m, day: 1)!
        var out: [String: [Int]] = [:]
        for i in allInteractions.elements {
            guard let d = i.date else { break }
            if d > today { continue }
            if d < start { break }
            guard let k = ContactFrequency.slot(of: d, today: today) else { continue }
            out[i.person, default: [Int](repeating: 0, count: ContactFrequency.months)][k] += 1
        }
        return out
    }
}
