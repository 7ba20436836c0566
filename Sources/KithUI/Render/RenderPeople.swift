import KithCore

extension Screens {
    /// The People view: the list and/or the card, as the layout says.
    static func people(_ g: inout CellGrid, _ s: AppState, _ l: Layout) {
        if let r = l.list { peopleList(&g, s, r, focused: s.nav.focus == .list || !l.twoPane) }
        if let r = l.card { card(&g, s, r, focused: s.nav.focus == .card) }
    }

    static func peopleList(_ g: inout CellGrid, _ s: AppState, _ r: Rect, focused: Bool) {
        let count = s.peoplePaths.isEmpty ? nil : "\(Format.count(s.nav.peopleList.selected + 1))/\(Format.count(s.peoplePaths.count))"
        g.box(r, title: peopleTitle(s), right: count, focused: focused)
        let inner = r.inner
        guard let index = s.index else {
            centered(&g, "indexing…", in: inner, role: .dim)
            return
        }
        if s.peoplePaths.isEmpty {
            explained(&g, EmptyViews.people(index), in: inner)
            return
        }
        // Columns: marker, name, role · org, then the age (or overdue/cadence) right-aligned.
        let shown = s.peoplePaths.dropFirst(s.nav.peopleList.top).prefix(inner.height)
        let ages = shown.map { age(of: $0, in: index, s, sort: s.sort) }
        let ageW = ages.reduce(ageWidth(s.sort)) { max($0, DisplayWidth.of($1.0)) }
        let want = s.derived.peopleWidths
        // The contacts of the last twelve months, one cell a month, where the screen is wide.
        let sparkW = showsSparkline(s) ? ContactFrequency.months + 2 : 0
        let w = ColumnFit.widths(natural: [max(8, want.name), want.detail], shares: [0.55, 1], minimum: [8, 0],
                                 available: inner.width - 4 - ageW - sparkW)
        for (row, path) in shown.enumerated() {
            let i = s.nav.peopleList.top + row
            guard let n = index.note(path) else { break }
            let y = inner.y + row
            let selected = i == s.nav.peopleList.selected
            let band: Band = selected ? (focused ? .selection : .selectionInactive) : .none
            var x = inner.x
            g.put(selected ? "▌" : " ", x: x, y: y, style: CellStyle(.borderFocus, band: band))
            x += 1
            g.put(DisplayWidth.pad(n.name, to: w[0]), x: x, y: y, style: CellStyle(.text, band: band))
            x += w[0] + 2
            g.put(DisplayWidth.pad(DerivedRows.detail(of: n), to: w[1]), x: x, y: y, style: CellStyle(.dim, band: band))
            let (age, role) = ages[row]
            if sparkW > 0 {
                let counts = s.derived.monthly[path] ?? [Int](repeating: 0, count: ContactFrequency.months)
                g.put(spans: Sparkline.spans(counts), x: inner.x + inner.width - ageW - sparkW + 1, y: y,
                      maxWidth: ContactFrequency.months, band: band)
            }
            g.put(age, x: inner.x + inner.width - DisplayWidth.of(age), y: y, style: CellStyle(role, band: band))
            g.setBand(band, x: inner.x, y: y, width: inner.width)
        }
    }

    /// `People · recent  org: Fernwood Labs ✕`: the sort (and what the stale sort's right
    /// column means), then a chip per filter.
    static func peopleTitle(_ s: AppState) -> [StyledSpan] {
        var title = [StyledSpan("People", .title), StyledSpan(" · \(s.sort.rawValue)", .dim)]
        // The stale sort's right column is not an age: the header says what it is.
        if s.sort == .stale { title.append(StyledSpan(" · +overdue/cadence", .dim)) }
        for chip in s.nav.peopleFilter?.chips ?? [] {
            title.append(StyledSpan("  ", .dim))
            title.append(StyledSpan(chip, .tag))
            title.append(StyledSpan(" ✕", .dim))
        }
        return title
    }

    /// Whether the People list has its sparkline column: on a terminal of 120 columns or more.
    static func showsSparkline(_ s: AppState) -> Bool { s.cols >= 120 }

    /// The room the People list keeps for its right column: `! 12mo` in the recent and name
    /// sorts, `+462d/90d` in the stale sort.
    static func ageWidth(_ sort: PeopleSort) -> Int { sort == .stale ? 9 : 6 }

    /// The right column of a person's row. By age (the recent and name sorts, and search):
    /// `12w` since the last contact, calm; `! 1y` past the cadence in the stale role; `! —`
    /// for never. In the stale sort, the days past the cadence (as the Due group and the card
    /// count them) and the cadence: `+46d/30d` (stale role), `today/90d` (due today), `in
    /// 6d/90d` before it falls due, `never/90d`.
    static func age(of path: String, in index: VaultIndex, _ s: AppState, sort: PeopleSort = .recent) -> (String, Role) {
        if sort == .stale, let st = index.contactStatus(of: path, policy: s.contactPolicy, today: s.today) {
            let cadence = "/" + Format.cadence(st.limit.days)
            guard let over = st.overdueDays else { return ("never" + cadence, .stale) }
            if over > 0 { return ("+\(over)d" + cadence, .stale) }
            return over == 0 ? ("today" + cadence, .due) : ("in \(-over)d" + cadence, .dim)
        }
        let last = index.lastContact(of: path, today: s.today)
        let age = last.map { RelativeAge.of($0.date, today: s.today) } ?? "—"
        guard index.isDue(path, policy: s.contactPolicy, today: s.today) else { return (age, .dim) }
        return ("! " + age, .stale)
    }

    /// The selected person's card: scrolls on its own, links selectable when focused.
    static func card(_ g: inout CellGrid, _ s: AppState, _ r: Rect, focused: Bool) {
        guard let view = s.currentView else {
            // A card built in the background shows its person's name while it loads.
            let name = s.nav.person.flatMap { s.index?.note($0)?.name }
            g.box(r, title: [StyledSpan(name ?? "Card", .title)], focused: focused)
            let text = s.index == nil ? "indexing…" : name == nil ? "no one selected" : "loading card…"
            centered(&g, text, in: r.inner, role: .dim)
            return
        }
        let position = scrollNote(view, top: s.nav.card.top, height: s.docHeight)
        g.box(r, title: [StyledSpan(view.document.title, .title)], bottomRight: position, focused: focused)
        document(&g, view, cursor: s.nav.card, in: s.docRect, focused: focused)
    }

    /// `12–30/45` when the document does not fit, else nil.
    static func scrollNote(_ view: DocumentView, top: Int, height: Int) -> String? {
        guard view.rowCount > height else { return nil }
        return "\(top + 1)–\(min(view.rowCount, top + height))/\(view.rowCount)"
    }

    /// Draws the visible rows of a wrapped document. The selected link gets the selection
    /// band and a `›` in the left margin, so it is easy to find even without color.
    /// Full-text `hits` are drawn in the match role, the `current` one on the selection band.
    static func document(_ g: inout CellGrid, _ view: DocumentView, cursor: DocCursor, in r: Rect, focused: Bool,
                         hits: [HitSpot] = [], current: Int? = nil) {
        let selected = cursor.item.flatMap { view.items[safe: $0] }
        let band: Band = focused ? .selection : .selectionInactive
        for row in 0..<r.height {
            let li = cursor.top + row
            guard let line = view.lines[safe: li] else { break }
            let y = r.y + row
            let picked = selected?.ranges.first { $0.line == li }
            var x = r.x
            for (si, span) in line.spans.enumerated() {
                let room = r.x + r.width - x
                guard room > 0 else { break }
                let b: Band = picked.map { $0.spans.contains(si) } == true ? band : .none
                x += g.put(span.text, x: x, y: y, maxWidth: room, style: CellStyle(span.role, band: b), ellipsis: true)
            }
            if focused, let first = selected?.ranges.first, first.line == li {
                g.put("›", x: r.x - 1, y: y, style: CellStyle(.borderFocus))
            }
        }
        for (k, spot) in hits.enumerated() where spot.row >= cursor.top && spot.row < cursor.top + r.height {
            let y = r.y + spot.row - cursor.top
            for col in spot.columns where col < r.width {
                g[r.x + col, y].style.role = .match
                if k == current { g[r.x + col, y].style.band = .selection }
            }
        }
    }

    static func centered(_ g: inout CellGrid, _ text: String, in r: Rect, role: Role) {
        guard r.height > 0 else { return }
        // A message wider than the box is wrapped (centred as a block), not cut mid-sentence.
        var lines = [text]
        if DisplayWidth.of(text) > r.width - 2, r.height > 2, r.width > 12 {
            lines = TextWrap.wrap(StyledLine([StyledSpan(text, role)]), width: r.width - 4).map(\.text)
        }
        let top = r.y + max(0, (r.height - lines.count) / 2)
        for (k, line) in lines.enumerated() where top + k < r.y + r.height {
            let w = min(DisplayWidth.of(line), r.width)
            g.put(line, x: r.x + (r.width - w) / 2, y: top + k, maxWidth: r.width,
                  style: CellStyle(role), ellipsis: true)
        }
    }

    /// The reader: the note's document filling the body, with its links selectable.
    static func reader(_ g: inout CellGrid, _ s: AppState, _ l: Layout) {
        guard let r = l.reader else { return }
        guard let view = s.currentView else {
            centered(&g, "indexing…", in: r, role: .dim)
            return
        }
        document(&g, view, cursor: s.nav.reader, in: r, focused: true, hits: s.readerSpots, current: s.nav.readerHits?.current)
    }
}
