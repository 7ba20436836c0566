import KithCore

extension Screens {
    /// Organizations: one row each, `name  6 people  2026-11-24  1d  2 due  Organizations/…md`,
    /// sorted as `s` says (the title names the order).
    static func organizations(_ g: inout CellGrid, _ s: AppState, _ l: Layout) {
        guard let r = l.main else { return }
        let rows = s.organizationRows
        let pos = rows.isEmpty ? nil : "\(Format.count(s.nav.organizations.selected + 1))/\(Format.count(rows.count))"
        g.box(r, title: [StyledSpan("Organizations", .title), StyledSpan(" · by \(s.organizationSort.rawValue)", .dim)],
              right: pos, focused: true)
        let inner = r.inner
        guard s.index != nil else { return centered(&g, "indexing…", in: inner, role: .dim) }
        if rows.isEmpty {
            return centered(&g, "no organizations: a person's Profile (… at ORG), an org: property or an organization note names one",
                            in: inner, role: .dim)
        }
        let visible = rows.dropFirst(s.nav.organizations.top).prefix(inner.height)
        let counts = visible.map { Format.plural($0.people.count, "person", "people") }
        let countW = counts.reduce(0) { max($0, DisplayWidth.of($1)) }
        let dues = visible.map { $0.due > 0 ? "\(Format.count($0.due)) due" : "" }
        let dueW = max(5, dues.reduce(0) { max($0, DisplayWidth.of($1)) })
        // Marker, name, count, date and age (16), due, note: the name takes what is left up to
        // what it needs, then the note's path the rest.
        let fixed = 2 + 2 + countW + 2 + 16 + 2 + dueW + 2
        let names = visible.reduce(0) { max($0, DisplayWidth.of($1.name)) }
        let nameW = max(8, min(names, inner.width - fixed - 1))
        for (row, org) in visible.enumerated() {
            let i = s.nav.organizations.top + row
            let y = inner.y + row
            let selected = i == s.nav.organizations.selected
            let band: Band = selected ? .selection : .none
            g.put(selected ? "▌" : " ", x: inner.x, y: y, style: CellStyle(.borderFocus, band: band))
            var x = inner.x + 2
            g.put(DisplayWidth.pad(org.name, to: nameW), x: x, y: y, style: CellStyle(.text, band: band))
            x += nameW + 2
            let count = counts[row]
            g.put(count, x: x + countW - DisplayWidth.of(count), y: y, style: CellStyle(.dim, band: band))
            x += countW + 2
            if let last = org.lastContact {
                g.put(last.description, x: x, y: y, style: CellStyle(.date, band: band))
                let age = RelativeAge.of(last, today: s.today)
                g.put(age, x: x + 16 - DisplayWidth.of(age), y: y, style: CellStyle(.dim, band: band))
            } else {
                g.put("never", x: x, y: y, style: CellStyle(.dim, band: band))
            }
            x += 16 + 2
            g.put(dues[row], x: x, y: y, style: CellStyle(.due, band: band))
            x += dueW + 2
            if let note = org.note {
                // Too narrow for the path: its folder says what the name beside it does not.
                let room = max(0, inner.x + inner.width - x - 1)
                var shown = note
                if DisplayWidth.of(note) > room, let slash = note.lastIndex(of: "/") { shown = String(note[...slash]) }
                g.put(shown, x: x, y: y, maxWidth: room, style: CellStyle(.link, band: band), ellipsis: true)
            }
            g.setBand(band, x: inner.x, y: y, width: inner.width)
        }
    }

    /// `6 people · last 2026-11-24 · 2 due`: an organization as the search lists it.
    static func organizationDetail(_ o: Organization, today: CalendarDate) -> String {
        var parts = [Format.plural(o.people.count, "person", "people")]
        parts.append(o.lastContact.map { "last \($0) (\(RelativeAge.of($0, today: today)))" } ?? "never contacted")
        if o.due > 0 { parts.append("\(Format.count(o.due)) due") }
        return parts.joined(separator: " · ")
    }

    /// The search's rows in Organizations: the name (matches highlighted), then its people,
    /// last contact and due count.
    static func organizationSearchRows(_ visible: [SearchResult], width: Int, x: Int)
        -> (inout CellGrid, SearchResult, Int, Band) -> Void {
        let nameW = ColumnFit.widths(natural: [visible.reduce(0) { max($0, DisplayWidth.of($1.title)) },
                                               visible.reduce(0) { max($0, DisplayWidth.of($1.detail)) }],
                                     shares: [0.5, 1], minimum: [12, 0], available: width - 4)[0]
        return { g, hit, y, band in
            marked(&g, hit.title, hit.positions, x: x, y: y, width: nameW, role: .text, band: band)
            g.put(hit.detail, x: x + nameW + 2, y: y, maxWidth: max(0, width - nameW - 4), style: CellStyle(.dim, band: band),
                  ellipsis: true)
        }
    }
}
