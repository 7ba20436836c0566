/// The one way kith writes how long ago (or how soon) a day is, in every screen and every
/// command: `today`, `1d`…`13d`, `2w`…`8w`, `2mo`…`12mo`, then whole years (`1y`). Days are
/// exact while they matter (the last two weeks), weeks while a month is too coarse, then months
/// and years. Future days read `in 3d`.
public enum RelativeAge {
    /// `day` seen from `today`: `26d`→`3w`; `today`; `in 5d` for a future day.
    public static func of(_ day: CalendarDate, today: CalendarDate) -> String {
        let days = day.days(until: today)
        if days == 0 { return "today" }
        return days < 0 ? "in " + span(-days) : span(days)
    }

    /// The same age with ` ago` after a past day, for prose (`3w ago`, `today`, `in 5d`).
    public static func ago(_ day: CalendarDate, today: CalendarDate) -> String {
        let days = day.days(until: today)
        return days > 0 ? span(days) + " ago" : of(day, today: today)
    }

    /// A positive number of days in the coarsest unit that still says something.
    public static func span(_ days: Int) -> String {
        switch days {
        case ..<14: return "\(days)d"
        case ..<60: return "\(days / 7)w"
        case ..<365: return "\(days / 30)mo"
        default: return "\(days / 365)y"
        }
    }
}
