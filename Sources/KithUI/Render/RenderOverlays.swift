import KithCore

extension Screens {
    /// The search line at the top with results narrowing on every keystroke.
    static func search(_ g: inout CellGrid, _ s: AppState, _ search: SearchState, _ l: Layout) {
        let r = l.searchBox
        g.fill(x: r.x, y: r.y, width: r.width, height: r.height, with: Cell(" ", style: CellStyle(.text, band: .overlay)))
        let prompt = search.mode == .fullText ? "\\ " : "/ "
        // `/ query▏`: the bar marks where typing goes even where the terminal cursor is hidden.
        let chars = Array(search.query)
        let before = String(chars.prefix(search.cursor)), after = String(chars.dropFirst(search.cursor))
        g.box(r, title: [StyledSpan(prompt, .statusKey), StyledSpan(before, .text), StyledSpan("▏", .borderFocus),
                         StyledSpan(after, .text)],
              right: searchCount(s, search), focused: true, band: .overlay)
        g.cursor = (min(r.x + r.width - 2, r.x + 2 + DisplayWidth.of(prompt) + DisplayWidth.of(before)), r.y)
        let inner = r.inner
        if search.results.isEmpty {
            g.put(searchHint(s, search), x: inner.x + 2, y: inner.y, maxWidth: inner.width - 3,
                  style: CellStyle(.dim, band: .overlay), ellipsis: true)
            return
        }
        let visible = Array(search.results.dropFirst(search.top).prefix(inner.height))
        let draw: (inout CellGrid, SearchResult, Int, Band) -> Void
        switch search.mode {
        case .people: draw = peopleRows(s, visible, width: inner.width, x: inner.x + 1)
        case .recent, .meetings: draw = viewRows(s, search.mode, visible, width: inner.width, x: inner.x + 1)
        case .organizations: draw = organizationSearchRows(visible, width: inner.width, x: inner.x + 1)
        case .fullText: draw = textRows(search, visible, width: inner.width, x: inner.x + 1, index: s.index)
        }
        for (row, hit) in visible.enumerated() {
            let i = search.top + row
            let y = inner.y + row
            let band: Band = i == search.selected ? .selection : .overlay
            g.put(i == search.selected ? "▌" : " ", x: inner.x, y: y, style: CellStyle(.borderFocus, band: band))
            draw(&g, hit, y, band)
            g.setBand(band, x: inner.x, y: y, width: inner.width)
        }
    }

    /// `3 of 2,000` (what the query kept of what it searched), `12 lines` for full text.
    static func searchCount(_ s: AppState, _ search: SearchState) -> String {
        guard s.index != nil else { return "indexing…" }
        let atLimit = search.mode == .fullText && search.results.count >= SearchIndex.fullTextLimit
        switch search.mode {
        case .fullText:
            return Format.count(search.results.count) + (atLimit ? "+" : "") + (search.results.count == 1 ? " line" : " lines")
        case .people: return "\(Format.count(search.matches)) of \(Format.count(search.total))"
        case .recent: return "\(Format.count(search.matches)) of \(Format.plural(search.total, "interaction", "interactions"))"
        case .meetings: return "\(Format.count(search.matches)) of \(Format.plural(search.total, "meeting", "meetings"))"
        case .organizations:
            return "\(Format.count(search.matches)) of \(Format.plural(search.total, "organization", "organizations"))"
        }
    }

    /// What the empty box says: what to type, or why nothing shows.
    static func searchHint(_ s: AppState, _ search: SearchState) -> String {
        // Before the index arrives nothing can match yet; the results come with it.
        if s.index == nil { return "indexing… results show as soon as the vault is read" }
        if !search.query.isEmpty {
            // A view's search covers only its rows; say where else the words may be, since in a
            // vault without people (a wiki, a help vault) the People search finds nothing.
            switch search.mode {
            case .fullText: return "no matches"
            case .people where !search.query.lowercased().contains("kind:"):
                return "no people match · kind:note finds other notes · \\ searches text"
            default: return "no matches · \\ searches the text of every note"
            }
        }
        switch search.mode {
        case .people: return "type a name, alias, role or org · tag:x org:y kind:z filter"
        case .recent: return "type a person, title or summary · tag:x org:y kind:z filter"
        case .meetings: return "type a title, participant or date · tag:x filter"
        case .organizations: return "type an organization's name"
        case .fullText: return "type to search every line of every note"
        }
    }

    /// People: the name as wide as the longest on screen, role · organization (or the kind of
    /// another note found with `kind:`), and the age right-aligned as in the list.
    static func peopleRows(_ s: AppState, _ visible: [SearchResult], width: Int, x: Int)
        -> (inout CellGrid, SearchResult, Int, Band) -> Void {
        let titleW = titleWidth(visible, share: 0.5, minimum: 12, available: width - 10)
        let detailX = x + titleW + 2
        let detailW = max(0, x - 1 + width - detailX - 1)
        return { g, hit, y, band in
            marked(&g, hit.title, hit.positions, x: x, y: y, width: titleW, role: .text, band: band)
            // The age, right-aligned as in the list: which of two namesakes is current.
            let ageW = 5
            g.put(hit.detail, x: detailX, y: y, maxWidth: max(0, detailW - ageW - 1), style: CellStyle(.dim, band: band),
                  ellipsis: true)
            if detailW > ageW + 8, let index = s.index, index.note(hit.path)?.kind == .person {
                let (age, role) = Screens.age(of: hit.path, in: index, s)
                g.put(age, x: x - 1 + width - 1 - DisplayWidth.of(age), y: y, style: CellStyle(role, band: band))
            }
        }
    }

    /// The title column of a two-column result list (title, detail), sized to the results on
    /// screen: `share` of what both want beyond `minimum` when they do not fit.
    static func titleWidth(_ visible: [SearchResult], share: Double, minimum: Int, available: Int) -> Int {
        ColumnFit.widths(natural: [visible.reduce(0) { max($0, DisplayWidth.of($1.title)) },
                                   visible.reduce(0) { max($0, DisplayWidth.of($1.detail)) }],
                         shares: [share, 1], minimum: [minimum, 0], available: available)[0]
    }

    /// Recent and Meetings: the row's columns as the view shows them (a date, then
    /// person, title, summary, or title and participants), sized to the results on screen,
    /// with the matched characters highlighted in whichever column they fell.
    static func viewRows(_ s: AppState, _ mode: SearchState.Mode, _ visible: [SearchResult], width: Int, x: Int)
        -> (inout CellGrid, SearchResult, Int, Band) -> Void {
        guard let index = s.index else { return { _, _, _, _ in } }
        func columns(_ hit: SearchResult) -> [String] {
            guard let k = hit.row else { return [] }
            if mode == .recent { return s.search.recentItems[safe: k].map { SearchIndex.recentColumns($0, index) } ?? [] }
            return s.meetingRows[safe: k].map(SearchIndex.meetingColumns) ?? []
        }
        let count = mode == .recent ? 3 : 2
        var natural = [Int](repeating: 0, count: count)
        for hit in visible {
            for (c, text) in columns(hit).dropFirst().enumerated() where c < count { natural[c] = max(natural[c], DisplayWidth.of(text)) }
        }
        // The date, then the columns with two cells between each, one before the border.
        let w = [10] + ColumnFit.widths(natural: natural, shares: count == 3 ? [0.3, 0.4, 1] : [0.6, 1],
                                        minimum: [12] + [Int](repeating: 0, count: count - 1),
                                        available: width - 1 - 10 - 2 * count - 1)
        return { g, hit, y, band in
            let texts = columns(hit)
            var roles: [Role] = [.date, .text, .text, .text]
            if mode == .recent, let k = hit.row, s.search.recentItems[safe: k]?.target != nil { roles[2] = .link }
            if mode == .meetings { roles[2] = .dim }
            var col = x, start = 0
            for (c, text) in texts.enumerated() where c < w.count {
                let n = text.count
                var shown = text, mine = hit.positions.filter { $0 >= start && $0 < start + n }.map { $0 - start }
                // The last column (a summary, the participants) slides to show what matched.
                if c == texts.count - 1 { (shown, mine) = slid(text, mine, width: w[c]) }
                marked(&g, shown, mine, x: col, y: y, width: w[c], role: roles[c], band: band)
                col += w[c] + 2
                start += n + 2
            }
        }
    }

    /// Full text: paths keep their start (the date of a dated note) and their end (the line),
    /// cut in the middle; snippets slide to show the match. A snippet the search cut (to
    /// `FullTextSearch.snippetLength` characters) that the pane has room to show more of is
    /// drawn from the note's whole line instead (`wideLine`), so a wide terminal fills its row.
    static func textRows(_ search: SearchState, _ visible: [SearchResult], width: Int, x: Int, index: VaultIndex?)
        -> (inout CellGrid, SearchResult, Int, Band) -> Void {
        let titleW = titleWidth(visible, share: 0.45, minimum: 16, available: width - 4)
        let detailX = x + titleW + 2
        let detailW = max(0, x - 1 + width - detailX - 1)
        return { g, hit, y, band in
            g.put(DisplayWidth.middleCut(hit.title, to: titleW), x: x, y: y, maxWidth: titleW, style: CellStyle(.link, band: band))
            let (text, found) = wideLine(hit, query: search.query, width: detailW, index: index)
                ?? (hit.detail, Highlight.positions(of: search.query, in: hit.detail))
            let (detail, positions) = slid(text, found, width: detailW)
            marked(&g, detail, positions, x: detailX, y: y, width: detailW, role: .text, band: band)
        }
    }

    /// The hit's whole line (trimmed) and where the query matches in it, when its snippet was
    /// cut and is narrower than `width` cells; nil otherwise, or when the line no longer holds
    /// the query (its file changed since the search).
    /// Lines over `wideLineBytes` keep their snippet: each drawing folds the whole line to find
    /// the match, and a hostile note can be one line of megabytes.
    static func wideLine(_ hit: SearchResult, query: String, width: Int, index: VaultIndex?) -> (String, [Int])? {
        guard let n = hit.line, hit.detail.hasPrefix("…") || hit.detail.hasSuffix("…"),
              DisplayWidth.of(hit.detail) < width, let note = index?.note(hit.path) else { return nil }
        var trimmed = note.parsed.line(n)
        guard trimmed.utf8.count <= wideLineBytes else { return nil }
        while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        let line = String(trimmed)
        let positions = Highlight.positions(of: query, in: line)
        return positions.isEmpty ? nil : (line, positions)
    }

    /// The longest line (in bytes) drawn whole: wider than any terminal, short enough to fold
    /// at every drawing.
    static let wideLineBytes = 4096

    /// `text` slid left so its first match shows in `width` cells (`…` where it was cut), and
    /// the positions moved with it. Only as far as needed: the match a quarter in, the text's
    /// end at the edge.
    static func slid(_ text: String, _ positions: [Int], width: Int) -> (String, [Int]) {
        let chars = Array(text)
        let first = positions.first ?? 0
        let cut = min(first - width / 4, chars.count - width + 1)
        guard first > width / 2, cut > 0 else { return (text, positions) }
        return (String(["…"] + chars.dropFirst(cut + 1)), positions.map { $0 - cut }.filter { $0 > 0 })
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
