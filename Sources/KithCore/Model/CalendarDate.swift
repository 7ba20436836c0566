import Foundation

/// A calendar day, read and compared without any time zone.
///
/// Vault dates (`last_contact: '2025-10-30'`) name a day, not an instant: going through
/// `Date` and a time zone would shift them by one day for half the planet.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date when the components form a real calendar day (leap years included).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` at the start of `text` (surrounding quotes and spaces ignored).
    /// A time after the date (`2025-10-30T09:00`, `2025-10-30 09:00`) is ignored.
    public init?(parsing text: some StringProtocol) {
        var bytes = Array(text.utf8)
        while let f = bytes.first, f == 0x20 || f == 0x22 || f == 0x27 { bytes.removeFirst() }
        guard bytes.count >= 10 else { return nil }
        func digits(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                let b = bytes[i]
                guard b >= 0x30 && b <= 0x39 else { return nil }
                v = v * 10 + Int(b - 0x30)
            }
            return v
        }
        guard bytes[4] == 0x2D, bytes[7] == 0x2D,
              let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10) else { return nil }
        if bytes.count > 10 {
            let next = bytes[10]
            // "2025-10-301" is not a date; "2025-10-30 - Title" and "2025-10-30T10:00" are.
            if next >= 0x30 && next <= 0x39 { return nil }
        }
        self.init(year: y, month: m, day: d)
    }

    /// Leading date of a file name such as `2025-10-30 - Weekly sync`.
    public static func leading(in name: some StringProtocol) -> CalendarDate? {
        CalendarDate(parsing: name)
    }

    public var description: String {
        func pad(_ v: Int, _ n: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Days since 1970-01-01 (proleptic Gregorian); differences give day counts.
    public var dayNumber: Int {
        // days_from_civil (H. Hinnant, "chrono-compatible low-level date algorithms").
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// The day `n` days after this one (before, when negative).
    public func adding(days n: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + n)
    }

    /// Inverse of `dayNumber` (civil_from_days).
    public init(dayNumber n: Int) {
        let z = n + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Today in the local time zone (the day the user sees on their calendar).
    public static func today() -> CalendarDate {
        var t = time(nil)
        var parts = tm()
        localtime_r(&t, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1,
                            day: Int(parts.tm_mday))!
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
