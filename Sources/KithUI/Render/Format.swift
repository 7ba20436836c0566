import Foundation
import KithCore

/// Small text formats shared by the views.
public enum Format {
    /// A cadence in days as a person would write it: `2w`, `1y`, else `30d`.
    public static func cadence(_ days: Int) -> String {
        if days > 0, days % 365 == 0 { return "\(days / 365)y" }
        if days > 0, days % 7 == 0 { return "\(days / 7)w" }
        return "\(days)d"
    }

    /// `12,345`.
    public static func count(_ n: Int) -> String {
        let s = String(n)
        var out = ""
        for (i, ch) in s.reversed().enumerated() {
            if i > 0, i % 3 == 0, ch != "-" { out.append(",") }
            out.append(ch)
        }
        return String(out.reversed())
    }

    /// `1 person`, `3 people`.
    public static func plural(_ n: Int, _ one: String, _ many: String) -> String {
        "\(count(n)) \(n == 1 ? one : many)"
    }

    /// What an interaction's row calls its source: a daily note's name is its date, already the
    /// row's, so it says "daily note"; other names lose a leading date. An entry with no note
    /// behind it (a log line, a Recent Context bullet without a link) has no title: "log" or
    /// "note" says where it was written, and its text goes with the summary (`Screens.gist`).
    public static func label(of i: Interaction) -> String {
        if i.origin == .daily { return "daily note" }
        if isUntitled(i) { return i.origin == .log ? "log" : "note" }
        // A link to the daily note by its path (`[[Daily/2026-01-03]]`) names it by the date too.
        if let d = i.date, i.label.split(separator: "/").last.map(String.init) == d.description { return "daily note" }
        return withoutDate(i.label)
    }

    /// Whether the interaction was written in the person's note without a link to a note
    /// (its label is its own text, not a title).
    public static func isUntitled(_ i: Interaction) -> Bool {
        i.target == nil && i.origin.isWritten
    }

    /// What follows an interaction's title on its row: the summary without the day and the
    /// title the row shows already; for an entry with no note behind it (`isUntitled`), its
    /// own text first (`Hallway chat — Hannah asked …`). Nil when there is nothing to say.
    public static func summary(of i: Interaction) -> String? {
        let rest = SummaryText.withoutRepeats(i.summary, title: i.label)
        let text = isUntitled(i) ? withoutDate(i.label) : ""
        if text.isEmpty { return rest }
        return rest.map { text + " — " + $0 } ?? text
    }

    /// A name without the leading `YYYY-MM-DD - ` a dated file name starts with (shown
    /// next to its date already).
    public static func withoutDate(_ name: String) -> String {
        guard CalendarDate.leading(in: name) != nil else { return name }
        var rest = name.dropFirst(10)
        while let f = rest.first, f == " " || f == "-" || f == "—" || f == "–" || f == ":" { rest = rest.dropFirst() }
        return rest.isEmpty ? name : String(rest)
    }

    /// English weekday of a date (1970-01-01 was a Thursday).
    public static func weekday(_ d: CalendarDate) -> String {
        let names = ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"]
        return names[((d.dayNumber % 7) + 7) % 7]
    }
}
