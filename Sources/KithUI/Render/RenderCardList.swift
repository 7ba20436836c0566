import KithCore

extension Screens {
    /// A card section in full: one row per entry, drawn only for the rows on screen.
    static func cardList(_ g: inout CellGrid, _ s: AppState, _ list: CardList, _ l: Layout) {
        guard let r = l.main else { return }
        let rows = s.cardListRows
        let count = rows?.count
        let right = count.map { $0 > 0 ? "\(Format.count(s.nav.cardList.selected + 1))/\(Format.count($0))" : "0" }
        g.box(r, title: [StyledSpan(list.title, .title)], right: right, focused: true)
        let inner = r.inner
        guard let index = s.index, let rows else {
            return centered(&g, s.index == nil ? "indexing…" : "loading card…", in: inner, role: .dim)
        }
        guard let count else { return centered(&g, "searching…", in: inner, role: .dim) }
        if count == 0 { return centered(&g, "nothing left to list", in: inner, role: .dim) }
        for row in 0..<inner.height {
            let i = s.nav.cardList.top + row
            guard i < count else { break }
            let y = inner.y + row
            let selected = i == s.nav.cardList.selected
            let band: Band = selected ? .selection : .none
            g.put(selected ? "▌" : " ", x: inner.x, y: y, style: CellStyle(.borderFocus, band: band))
            var spans = rows.spans(i, in: index, today: s.today)
            // The note's name (a long transcript title) leaves room for the line it names.
            if let first = spans.first, spans.count > 1 {
                spans[0].text = DisplayWidth.truncate(first.text, to: max(12, (inner.width - 3) * 2 / 5))
            }
            g.put(spans: spans, x: inner.x + 2, y: y, maxWidth: inner.width - 3, band: band)
            g.setBand(band, x: inner.x, y: y, width: inner.width)
        }
    }

    /// The header over a card section's list: ` kith  ‹ Person  ›  Backlinks · transcripts`.
    static func cardListHeader(_ g: inout CellGrid, _ s: AppState, _ list: CardList, y: Int) {
        let from = s.index?.note(list.person)?.name ?? list.person
        var x = 7
        x += g.put("‹ ", x: x, y: y, style: CellStyle(.dim, band: .bar))
        x += g.put(from, x: x, y: y, maxWidth: max(8, g.width / 3), style: CellStyle(.header, band: .bar), ellipsis: true)
        x += g.put("  ›  ", x: x, y: y, style: CellStyle(.dim, band: .bar))
        g.put(list.title, x: x, y: y, maxWidth: g.width - x - 1, style: CellStyle(.headerActive, band: .bar), ellipsis: true)
    }
}
