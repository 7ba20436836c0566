extension Screens {
    /// The action palette: `: query▏` and the count on top, then one row per entry: its kind,
    /// its name with the matched letters highlighted, and its keys (a person's organization,
    /// `current` for the theme in use) on the right.
    static func palette(_ g: inout CellGrid, _ s: AppState, _ palette: PaletteState) {
        let r = Layout.paletteBox(s)
        g.fill(x: r.x, y: r.y, width: r.width, height: r.height, with: Cell(" ", style: CellStyle(.text, band: .overlay)))
        let chars = Array(palette.query)
        let before = String(chars.prefix(palette.line.cursor)), after = String(chars.dropFirst(palette.line.cursor))
        g.box(r, title: [StyledSpan(": ", .statusKey), StyledSpan(before, .text), StyledSpan("▏", .borderFocus),
                         StyledSpan(after, .text)],
              right: "\(Format.count(palette.matches)) of \(Format.count(palette.total))", focused: true, band: .overlay)
        g.cursor = (min(r.x + r.width - 2, r.x + 4 + DisplayWidth.of(before)), r.y)
        let inner = r.inner
        if palette.results.isEmpty {
            g.put(palette.query.isEmpty ? "type an action, a view, a person or a theme" : "no matches",
                  x: inner.x + 2, y: inner.y, maxWidth: inner.width - 3, style: CellStyle(.dim, band: .overlay), ellipsis: true)
            return
        }
        let kindW = 7
        let visible = palette.results.dropFirst(palette.top).prefix(inner.height)
        // Keys and organizations get at most a third of the row; names keep the rest.
        let detailW = min(inner.width / 3, visible.reduce(0) { max($0, DisplayWidth.of($1.detail)) })
        for row in 0..<inner.height {
            let i = palette.top + row
            guard let entry = palette.results[safe: i] else { break }
            let y = inner.y + row
            let band: Band = i == palette.selected ? .selection : .overlay
            g.put(i == palette.selected ? "▌" : " ", x: inner.x, y: y, style: CellStyle(.borderFocus, band: band))
            g.put(entry.kind.label, x: inner.x + 2, y: y, maxWidth: kindW, style: CellStyle(.dim, band: band))
            let titleX = inner.x + 2 + kindW + 1
            let titleW = max(0, inner.x + inner.width - titleX - detailW - 2)
            marked(&g, entry.title, entry.positions, x: titleX, y: y, width: titleW, role: .text, band: band)
            if detailW > 0, !entry.detail.isEmpty {
                let role: Role
                switch entry.kind {
                case .action, .view: role = .statusKey
                case .person, .theme: role = .dim
                }
                let w = min(detailW, DisplayWidth.of(entry.detail))
                g.put(entry.detail, x: inner.x + inner.width - 1 - w, y: y, maxWidth: w, style: CellStyle(role, band: band),
                      ellipsis: true)
            }
            g.setBand(band, x: inner.x, y: y, width: inner.width)
        }
    }

    /// A small menu, centered: `label  value` rows, the chosen one marked.
    static func menu(_ g: inout CellGrid, _ menu: MenuState, _ l: Layout) {
        let r = menuBox(menu, l)
        g.fill(x: r.x, y: r.y, width: r.width, height: r.height, with: Cell(" ", style: CellStyle(.text, band: .overlay)))
        g.box(r, title: [StyledSpan(menu.title, .title)], focused: true, band: .overlay)
        let inner = r.inner
        let labelW = menu.items.reduce(0) { max($0, DisplayWidth.of($1.label)) }
        for (i, item) in menu.items.prefix(inner.height).enumerated() {
            let y = inner.y + i
            let band: Band = i == menu.selected ? .selection : .overlay
            g.put(i == menu.selected ? "▌" : " ", x: inner.x, y: y, style: CellStyle(.borderFocus, band: band))
            g.put(item.label, x: inner.x + 2, y: y, style: CellStyle(.dim, band: band))
            let x = inner.x + 2 + labelW + 2
            g.put(item.value, x: x, y: y, maxWidth: max(0, inner.x + inner.width - x - 1), style: CellStyle(.text, band: band),
                  ellipsis: true)
            g.setBand(band, x: inner.x, y: y, width: inner.width)
        }
    }

    /// The menu's box: as wide as its rows and title need (within the body), centered.
    static func menuBox(_ menu: MenuState, _ l: Layout) -> Rect {
        let labelW = menu.items.reduce(0) { max($0, DisplayWidth.of($1.label)) }
        let rowW = menu.items.reduce(0) { max($0, 2 + labelW + 2 + DisplayWidth.of($1.value) + 2) }
        let w = min(l.body.width - 2, max(rowW, DisplayWidth.of(menu.title) + 4, 24) + 2)
        let h = min(l.body.height, menu.items.count + 2)
        return Rect(x: (l.body.width - w) / 2, y: l.body.y + max(0, (l.body.height - h) / 3), width: w, height: h)
    }
}
