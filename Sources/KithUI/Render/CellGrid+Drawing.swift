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
