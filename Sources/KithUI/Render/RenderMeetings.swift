import KithCore

extension Screens {
    /// Meetings: every transcript, meeting note and daily note with people, newest first: the
    /// date (upcoming ones in the due role), the title (`daily note` for a daily note, whose
    /// name is its date) and the people, the vault's owner left out.
    static func meetings(_ g: inout CellGrid, _ s: AppState, _ l: Layout) {
        guard let r = l.main else { return }
        let rows = s.meetingRows
        let pos = rows.isEmpty ? nil : "\(Format.count(s.nav.meetings.selected + 1))/\(Format.count(rows.count))"
        g.box(r, title: [StyledSpan("Meetings", .title), StyledSpan(" · newest first", .dim)], right: pos, focused: true)
        let inner = r.inner
        guard let index = s.index else { return centered(&g, "indexing…", in: inner, role: .dim) }
        if rows.isEmpty { return explained(&g, EmptyViews.meetings(index), in: inner) }
        // Title and participants as wide as the rows on screen want; the title first.
        let visible = rows.dropFirst(s.nav.meetings.top).prefix(inner.height)
        let titles = visible.reduce(0) { max($0, DisplayWidth.of(meetingTitle($1))) }
        let people = visible.reduce(0) { max($0, DisplayWidth.of(participantList($1))) }
        let titleW = ColumnFit.widths(natural: [titles, people], shares: [0.6, 1], minimum: [16, 0],
                                      available: inner.width - 17)[0]
        for row in 0..<inner.height {
            let i = s.nav.meetings.top + row
            guard let t = rows[safe: i] else { break }
            let y = inner.y + row
            let selected = i == s.nav.meetings.selected
            let band: Band = selected ? .selection : .none
            var x = inner.x
            g.put(selected ? "▌" : " ", x: x, y: y, style: CellStyle(.borderFocus, band: band))
            x += 2
            let upcoming = t.date.map { $0 > s.today } ?? false
            g.put(t.date?.description ?? "undated   ", x: x, y: y, style: CellStyle(upcoming ? .due : .date, band: band))
            x += 12
            g.put(DisplayWidth.pad(DisplayWidth.truncate(meetingTitle(t), to: titleW), to: titleW), x: x, y: y,
                  style: CellStyle(t.source == .daily ? .dim : .text, band: band))
            x += titleW + 2
            g.put(participantList(t), x: x, y: y, maxWidth: max(0, inner.x + inner.width - x - 1),
                  style: CellStyle(.dim, band: band), ellipsis: true)
            g.setBand(band, x: inner.x, y: y, width: inner.width)
        }
    }

    /// A meeting's title without the leading date its row already shows; a daily note, whose
    /// name is its date, says what it is.
    static func meetingTitle(_ t: MeetingRow) -> String {
        t.source == .daily ? "daily note" : Format.withoutDate(t.name)
    }

    /// `Ana Lima, Ben Ode`, or `—` for nobody.
    static func participantList(_ t: MeetingRow) -> String {
        t.participants.isEmpty ? "—" : t.participants.joined(separator: ", ")
    }
}
