import KithCore

/// Short relative ages for text output: `today`, `26d`, `5w`, `4mo`, `2y`.
enum RelativeAge {
    /// How long ago `date` was, seen from `today`. Future dates read `in 3d`.
    static func since(_ date: CalendarDate, today: CalendarDate) -> String {
        let days = date.days(until: today)
        if days < 0 { return "in " + span(-days) }
        if days == 0 { return "today" }
        return span(days)
    }

    /// A day count in the coarsest unit that still says something: days up to four weeks,
    /// weeks up to three months, months up to a year, then whole years.
    static func span(_ days: Int) -> String {
        switch days {
        case ..<28: return "\(days)d"
        case ..<91: return "\(days / 7)w"
        case ..<365: return "\(days / 30)mo"
        default: return "\(days / 365)y"
        }
    }
}
