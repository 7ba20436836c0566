/// A date that comes back every year: a birthday (`1990-07-22`, or `--07-22` when the year is
/// not known, ISO 8601's form for a day without a year) or an anniversary.
///
/// A Feb 29 date falls on Feb 28 in common years: the day before March, which is when most
/// people born on a leap day celebrate, and it keeps the date inside its own month.
public struct YearlyDate: Hashable, Sendable {
    /// The year it started (birth year), nil for `--MM-DD`.
    public let year: Int?
    public let month: Int
    public let day: Int

    /// Reads `YYYY-MM-DD` (a real calendar day) or `--MM-DD` (Feb 29 allowed); nothing else, so
    /// `Birthday: [[July 22nd]]` or `July 22` are not yearly dates.
    public init?(parsing text: String) {
        let t = text.trimmedSpaces
        if t.hasPrefix("--") {
            let rest = Array(t.utf8.dropFirst(2))
            guard rest.count == 5, rest[2] == 0x2D,
                  let m = Self.number(rest[0..<2]), let d = Self.number(rest[3..<5]),
                  CalendarDate(year: 2000, month: m, day: d) != nil else { return nil }
            (year, month, day) = (nil, m, d)
            return
        }
        guard t.utf8.count == 10, let date = CalendarDate(parsing: t) else { return nil }
        (year, month, day) = (date.year, date.month, date.day)
    }

    /// The day it falls on in `year` (Feb 29 on Feb 28 when `year` is not a leap year).
    public func occurrence(in year: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day)
            ?? CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }

    /// The first day on or after `today` it falls on (today itself when it is today).
    public func next(onOrAfter today: CalendarDate) -> CalendarDate {
        let thisYear = occurrence(in: today.year)
        return thisYear >= today ? thisYear : occurrence(in: today.year + 1)
    }

    /// Whole years completed on `date` (the age reached, the years since); nil without a year
    /// or before the date itself.
    public func years(on date: CalendarDate) -> Int? {
        guard let year else { return nil }
        let n = date.year - year - (date < occurrence(in: date.year) ? 1 : 0)
        return n >= 0 ? n : nil
    }

    /// What follows the date on the card and in `kith show`: the years on `today` (the age
    /// `36` for a birthday, `11 years` otherwise; left out without a year) and the next date
    /// (`next Jul 22 (in 228d)`, or `today`).
    public func remarks(today: CalendarDate, birthday: Bool) -> [String] {
        var out: [String] = []
        if let n = years(on: today) { out.append(birthday ? "\(n)" : n == 1 ? "1 year" : "\(n) years") }
        let next = next(onOrAfter: today)
        let days = today.days(until: next)
        out.append(days == 0 ? "today" : "next \(next.monthDay) (in \(days)d)")
        return out
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var v = 0
        for b in bytes {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            v = v * 10 + Int(b - 0x30)
        }
        return v
    }
}

extension CalendarDate {
    /// `Jul 22`: the short English month and the day, for dates whose year is plain from
    /// context (the next birthday).
    public var monthDay: String {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(names[month - 1]) \(day)"
    }

    /// `Tue`: the short English weekday (1970-01-01 was a Thursday).
    public var shortWeekday: String {
        let names = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
        return names[((dayNumber % 7) + 7) % 7]
    }
}
