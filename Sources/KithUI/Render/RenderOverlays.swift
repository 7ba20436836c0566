extension Screens {
    /// The search line at the top with results narrowing on every keystroke.
    static func search(_ g: inout CellGrid, _ s: AppState, _ search: SearchState, _ l: Layout) {
        let r = l.searchBox
        g.fill(x: r.x, y: r.y, width: r.width, height: r.height, with: Cell(" ", style: CellStyle(.text, band: .overlay)))
        let prompt = search.mode == .people ? "/ " : "\\ "
        let atLimit = search.mode == .fullText && search.results.count >= SearchIndex.fullTextLimit
        let count = s.index == nil ? "indexing…" : search.mode == .people
            ? "\(Format.count(search.matches)) of \(Format.count(search.total))"
            : Format.count(search.results.count) + (atLimit ? "+" : "") + (search.results.count == 1 ? " line" : " lines")
        // `/ query▏`: the bar marks where typing goes even where the terminal cursor is hidden.
        let chars = Array(search.query)
        let before = String(chars.prefix(search.cursor)), after = String(chars.dropFirst(search.cursor))
        g.box(r, title: [StyledSpan(prompt, .statusKey), StyledSpan(before, .text), StyledSpan("▏", .borderFocus),
                         StyledSpan(after, .text)],
              right: count, focused: true, band: .overlay)
        g.cursor = (min(r.x + r.width - 2, r.x + 2 + DisplayWidth.of(prompt) + DisplayWidth.of(before)), r.y)
        let inner = r.inner
        if search.results.isEmpty {
            // Before the index arrives nothing can match yet; the results come with it.
            let hint = s.index == nil ? "indexing… results show as soon as the vault is read"
                : search.query.isEmpty
                ? (search.mode == .people ? "type a name, alias, role or org · tag:x org:y filter" : "type to search every line of every note")
                : "no matches"
            g.put(hint, x: inner.x + 2, y: inner.y, maxWidth: inner.width - 3, style: CellStyle(.dim, band: .overlay), ellipsis: true)
            return
        }
        let visible = search.results.dropFirst(search.top).prefix(inner.height)
        // People: the name column as wide as the longest name on screen (room for the details
        // and the age after it); full text: the file name up to two fifths.
        let titleW = search.mode == .people
            ? ColumnFit.widths(natural: [visible.reduce(0) { max($0, DisplayWidth.of($1.title)) },
                                         visible.reduce(0) { max($0, DisplayWidth.of($1.detail)) }],
                               shares: [0.5, 1], minimum: [12, 0], available: inner.width - 10)[0]
            : min(inner.width * 2 / 5, visible.reduce(10) { max($0, DisplayWidth.of($1.title)) })
        for row in 0..<inner.height {
            let i = search.top + row
            guard let hit = search.results[safe: i] else { break }
            let y = inner.y + row
            let band: Band = i == search.selected ? .selection : .overlay
            g.put(i == search.selected ? "▌" : " ", x: inner.x, y: y, style: CellStyle(.borderFocus, band: band))
            let x = inner.x + 1
            let detailX = x + titleW + 2
            let detailW = max(0, inner.x + inner.width - detailX - 1)
            if search.mode == .people {
                marked(&g, hit.title, hit.positions, x: x, y: y, width: titleW, role: .text, band: band)
                // The age, right-aligned as in the list: which of two namesakes is current.
                let ageW = 5
                g.put(hit.detail, x: detailX, y: y, maxWidth: max(0, detailW - ageW - 1), style: CellStyle(.dim, band: band),
                      ellipsis: true)
                if detailW > ageW + 8, let index = s.index {
                    let (age, role) = Screens.age(of: hit.path, in: index, s)
                    g.put(age, x: inner.x + inner.width - 1 - DisplayWidth.of(age), y: y, style: CellStyle(role, band: band))
                }
            } else {
                // Paths keep their end (file name and line); snippets slide to show the match.
                let title = DisplayWidth.of(hit.title) > titleW ? "…" + String(hit.title.suffix(titleW - 1)) : hit.title
                g.put(title, x: x, y: y, maxWidth: titleW, style: CellStyle(.link, band: band))
                var detail = Array(hit.detail)
                var positions = Highlight.positions(of: search.query, in: hit.detail)
                // Slide only as far as needed: the match a quarter in, the line's end at the edge.
                let first = positions.first ?? 0
                let cut = min(first - detailW / 4, detail.count - detailW + 1)
                if first > detailW / 2, cut > 0 {
                    detail = ["…"] + Array(detail.dropFirst(cut + 1))
                    positions = positions.map { $0 - cut }
                }
                marked(&g, String(detail), positions, x: detailX, y: y, width: detailW, role: .text, band: band)
            }
            g.setBand(band, x: inner.x, y: y, width: inner.width)
        }
    }

    /// Text with the graphemes at `positions` in the match role, clipped with `…`.
    static func marked(_ g: inout CellGrid, _ text: String, _ positions: [Int], x: Int, y: Int, width: Int,
                       role: Role, band: Band) {
        let matched = Set(positions)
        let shown = DisplayWidth.truncate(text, to: width)
        var col = x
        for (k, ch) in shown.enumerated() {
            let isEllipsis = k == shown.count - 1 && shown.count < text.count + 1 && ch == "…" && shown != text
            col += g.put(String(ch), x: col, y: y, style: CellStyle(matched.contains(k) && !isEllipsis ? .match : role, band: band))
        }
    }
}
