import KithCore

extension Screens {
    /// Recent: the global timeline, newest first, one header row per day.
    static func recent(_ g: inout CellGrid, _ s: AppState, _ l: Layout) {
        guard let r = l.main else { return }
        let items = s.recentRows.count { $0.isSelectable }
        g.box(r, title: [StyledSpan("Recent", .title), StyledSpan(" · newest first", .dim)],
              right: items > 0 ? Format.plural(items, "interaction", "interactions") : nil, focused: true)
        let inner = r.inner
        guard let index = s.index else { return centered(&g, "indexing…", in: inner, role: .dim) }
        if s.recentRows.isEmpty { return centered(&g, "no interactions yet", in: inner, role: .dim) }
        let nameW = min(22, max(10, inner.width / 5))
        for row in 0..<inner.height {
            let i = s.nav.recent.top + row
            guard let item = s.recentRows[safe: i] else { break }
            let y = inner.y + row
            switch item {
            case .day(let d):
                let text = d.map { "\($0)  \(Format.weekday($0))  ·  \(Format.age(from: $0, to: s.today)) ago" } ?? "undated"
                g.put(text, x: inner.x + 1, y: y, maxWidth: inner.width - 1, style: CellStyle(.heading), ellipsis: true)
            case .item(let it):
                let selected = i == s.nav.recent.selected
                let band: Band = selected ? .selection : .none
                var x = inner.x
                g.put(selected ? "▌" : " ", x: x, y: y, style: CellStyle(.borderFocus, band: band))
                x += 3
                g.put(it.date?.description ?? "", x: x, y: y, style: CellStyle(.date, band: band))
                x += 12
                let name = index.note(it.person)?.name ?? it.person
                g.put(DisplayWidth.pad(name, to: nameW), x: x, y: y, style: CellStyle(.text, band: band))
                x += nameW + 2
                let text = it.summary ?? Format.withoutDate(it.label)
                g.put(text, x: x, y: y, maxWidth: max(0, inner.x + inner.width - x - 1),
                      style: CellStyle(.text, band: band), ellipsis: true)
                g.setBand(band, x: inner.x, y: y, width: inner.width)
            }
        }
    }

    /// Transcripts: all of them by date with their participants.
    static func transcripts(_ g: inout CellGrid, _ s: AppState, _ l: Layout) {
        guard let r = l.main else { return }
        let rows = s.transcriptRows
        let pos = rows.isEmpty ? nil : "\(Format.count(s.nav.transcripts.selected + 1))/\(Format.count(rows.count))"
        g.box(r, title: [StyledSpan("Transcripts", .title), StyledSpan(" · newest first", .dim)], right: pos, focused: true)
        let inner = r.inner
        guard s.index != nil else { return centered(&g, "indexing…", in: inner, role: .dim) }
        if rows.isEmpty { return centered(&g, "no transcripts in this vault", in: inner, role: .dim) }
        let titleW = max(16, (inner.width - 14) * 11 / 20)
        for row in 0..<inner.height {
            let i = s.nav.transcripts.top + row
            guard let t = rows[safe: i] else { break }
            let y = inner.y + row
            let selected = i == s.nav.transcripts.selected
            let band: Band = selected ? .selection : .none
            var x = inner.x
            g.put(selected ? "▌" : " ", x: x, y: y, style: CellStyle(.borderFocus, band: band))
            x += 2
            g.put(t.date?.description ?? "undated   ", x: x, y: y, style: CellStyle(.date, band: band))
            x += 12
            g.put(DisplayWidth.pad(Format.withoutDate(t.name), to: titleW), x: x, y: y, style: CellStyle(.text, band: band))
            x += titleW + 2
            let who = t.participants.isEmpty ? "—" : t.participants.joined(separator: ", ")
            g.put(who, x: x, y: y, maxWidth: max(0, inner.x + inner.width - x - 1), style: CellStyle(.dim, band: band), ellipsis: true)
            g.setBand(band, x: inner.x, y: y, width: inner.width)
        }
    }
}
