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

/// Drawing helpers over `CellGrid`.
extension CellGrid {
    /// A box with a title in the top border (left) and an optional note on the right, e.g.
    /// `┌ People · recent ──── 12/40 ┐`. Focused boxes use the focus border role.
    mutating func box(_ r: Rect, title: [StyledSpan] = [], right: String? = nil, bottomRight: String? = nil,
                      focused: Bool = false, band: Band = .none) {
        guard r.width >= 2, r.height >= 2 else { return }
        let b = CellStyle(focused ? .borderFocus : .border, band: band)
        let x1 = r.x + r.width - 1, y1 = r.y + r.height - 1
        put("┌" + String(repeating: "─", count: r.width - 2) + "┐", x: r.x, y: r.y, style: b)
        put("└" + String(repeating: "─", count: r.width - 2) + "┘", x: r.x, y: y1, style: b)
        for y in (r.y + 1)..<y1 {
            put("│", x: r.x, y: y, style: b)
            put("│", x: x1, y: y, style: b)
        }
        var rightW = 0
        if let right, r.width > 12 {
            let text = " " + DisplayWidth.truncate(right, to: max(1, r.width / 3)) + " "
            rightW = DisplayWidth.of(text)
            put(text, x: x1 - rightW - 1, y: r.y, style: CellStyle(.count, band: band))
        }
        if !title.isEmpty {
            // Title room: between the corner and the right note, one space either side.
            var room = r.width - 4 - (rightW > 0 ? rightW + 1 : 0)
            var x = r.x + 2
            put(" ", x: x - 1, y: r.y, style: b)
            for (i, span) in title.enumerated() where room > 0 {
                let last = i == title.count - 1
                let used = put(span.text, x: x, y: r.y, maxWidth: room, style: CellStyle(span.role, band: band), ellipsis: true)
                x += used
                room -= used
                if last || room <= 0 { break }
            }
            if room > 0 { put(" ", x: x, y: r.y, style: b) }
        }
        if let bottomRight, r.width > 12 {
            let text = " " + bottomRight + " "
            put(text, x: x1 - DisplayWidth.of(text) - 1, y: y1, style: CellStyle(.dim, band: band))
        }
    }

    /// Writes spans left to right from `x`, clipped at `maxWidth` with `…`. Returns cells used.
    @discardableResult
    mutating func put(spans: [StyledSpan], x: Int, y: Int, maxWidth: Int, band: Band = .none) -> Int {
        var col = x
        var room = maxWidth
        let total = spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
        for (i, s) in spans.enumerated() where room > 0 {
            let restWidth = spans[(i + 1)...].reduce(0) { $0 + DisplayWidth.of($1.text) }
            let needsCut = total > maxWidth && DisplayWidth.of(s.text) + restWidth > room
            let used = put(s.text, x: col, y: y, maxWidth: room, style: CellStyle(s.role, band: band),
                           ellipsis: needsCut && DisplayWidth.of(s.text) >= room)
            col += used
            room -= used
        }
        return col - x
    }

    /// Fills a row segment with blanks in a band (selection bars, bars).
    mutating func band(_ band: Band, x: Int, y: Int, width: Int) {
        setBand(band, x: x, y: y, width: width)
    }
}
