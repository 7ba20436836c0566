import KithCore

extension Screens {
    /// `Upcoming · 4 in the next 7 days, soonest first`.
    static func upcomingHeader(_ g: inout CellGrid, count: Int, x: Int, y: Int, width: Int) {
        g.put(spans: [StyledSpan("Upcoming", .heading),
                      StyledSpan(" · \(Format.count(count)) in the next \(DerivedRows.upcomingDays) days, soonest first", .dim)],
              x: x, y: y, maxWidth: width)
    }

    /// `▌  Ana Lima          in 2d   Tue Dec 22  birthday · turns 37`: who, how soon, the day,
    /// and what. A meeting shows its first person and how many more (`Ana Lima +2`), its name in
    /// the link color, then everyone it links.
    static func upcomingRow(_ g: inout CellGrid, _ s: AppState, _ index: VaultIndex, _ u: UpcomingItem,
                            selected: Bool, x: Int, y: Int, width: Int, nameW: Int) {
        let band: Band = selected ? .selection : .none
        g.put(selected ? "▌" : " ", x: x, y: y, style: CellStyle(.borderFocus, band: band))
        let names = u.people.map { index.note($0)?.name ?? $0 }
        let more = names.count > 1 ? " +\(names.count - 1)" : ""
        let who = DisplayWidth.truncate(names.first ?? "", to: max(1, nameW - more.count)) + more
        g.put(DisplayWidth.pad(who, to: nameW), x: x + 3, y: y, style: CellStyle(.text, band: band))
        let days = s.today.days(until: u.date)
        let when = days == 0 ? "today" : "in \(days)d"
        var spans = [StyledSpan(DisplayWidth.pad(when, to: 6), days == 0 ? .due : .dim), StyledSpan("  ", .text),
                     StyledSpan("\(u.date.shortWeekday) \(u.date.monthDay)", .date),
                     StyledSpan(String(repeating: " ", count: 8 - u.date.monthDay.count), .text)]
        switch u.kind {
        case .birthday:
            spans.append(StyledSpan("birthday", .text))
            if let n = u.years { spans.append(StyledSpan(" · turns \(n)", .dim)) }
        case .yearly:
            spans.append(StyledSpan(u.label, .text))
            if let n = u.years { spans.append(StyledSpan(" · \(n) \(n == 1 ? "year" : "years")", .dim)) }
        case .meeting:
            spans.append(StyledSpan(Format.withoutDate(u.label), u.target != nil ? .link : .text))
            if names.count > 1 { spans.append(StyledSpan(" · " + names.joined(separator: ", "), .dim)) }
        }
        g.put(spans: spans, x: x + 3 + nameW + 2, y: y, maxWidth: max(0, width - nameW - 6), band: band)
        g.setBand(band, x: x, y: y, width: width)
    }
}
