import KithCore

extension Screens {
    /// The People view: the list and/or the card, as the layout says.
    static func people(_ g: inout CellGrid, _ s: AppState, _ l: Layout) {
        if let r = l.list { peopleList(&g, s, r, focused: s.nav.focus == .list || !l.twoPane) }
        if let r = l.card { card(&g, s, r, focused: s.nav.focus == .card) }
    }

    static func peopleList(_ g: inout CellGrid, _ s: AppState, _ r: Rect, focused: Bool) {
        let count = s.peoplePaths.isEmpty ? nil : "\(Format.count(s.nav.peopleList.selected + 1))/\(Format.count(s.peoplePaths.count))"
        g.box(r, title: [StyledSpan("People", .title), StyledSpan(" · \(s.sort.rawValue)", .dim)], right: count, focused: focused)
        let inner = r.inner
        guard let index = s.index else {
            centered(&g, "indexing…", in: inner, role: .dim)
            return
        }
        if s.peoplePaths.isEmpty {
            centered(&g, "no people in this vault", in: inner, role: .dim)
            return
        }
        // Columns: marker, name, role · org, stale mark + age (right-aligned).
        // The widest age is `! 12mo` (`today` and `in 3d` fit too).
        let ageW = 6
        let flexible = inner.width - 1 - ageW - 3
        let longest = s.peoplePaths.prefix(500).reduce(0) { max($0, DisplayWidth.of(index.note($1)?.name ?? "")) }
        let nameW = max(8, min(longest, flexible * 9 / 20))
        let detailW = max(0, flexible - nameW)
        for row in 0..<inner.height {
            let i = s.nav.peopleList.top + row
            guard i < s.peoplePaths.count, let n = index.note(s.peoplePaths[i]) else { break }
            let y = inner.y + row
            let selected = i == s.nav.peopleList.selected
            let band: Band = selected ? (focused ? .selection : .selectionInactive) : .none
            var x = inner.x
            g.put(selected ? "▌" : " ", x: x, y: y, style: CellStyle(.borderFocus, band: band))
            x += 1
            g.put(DisplayWidth.pad(n.name, to: nameW), x: x, y: y, style: CellStyle(.text, band: band))
            x += nameW + 2
            let detail = [n.profile.role, n.profile.organization].compactMap { $0 }.joined(separator: " · ")
            g.put(DisplayWidth.pad(detail, to: detailW), x: x, y: y, style: CellStyle(.dim, band: band))
            x += detailW + 1
            let (age, role) = age(of: n.path, in: index, s)
            g.put(String(repeating: " ", count: max(0, ageW - DisplayWidth.of(age))) + age, x: x, y: y, style: CellStyle(role, band: band))
            g.setBand(band, x: inner.x, y: y, width: inner.width)
        }
    }

    /// `12w` since the last contact, `! 1y` past the stale limit (in the stale role), `! —`
    /// for never.
    static func age(of path: String, in index: VaultIndex, _ s: AppState) -> (String, Role) {
        let last = index.lastContact(of: path)
        let age = last.map { RelativeAge.of($0.date, today: s.today) } ?? "—"
        guard index.isDue(path, policy: s.contactPolicy, today: s.today) else { return (age, .date) }
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
    static func document(_ g: inout CellGrid, _ view: DocumentView, cursor: DocCursor, in r: Rect, focused: Bool) {
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
    }

    static func centered(_ g: inout CellGrid, _ text: String, in r: Rect, role: Role) {
        guard r.height > 0 else { return }
        let w = min(DisplayWidth.of(text), r.width)
        g.put(text, x: r.x + (r.width - w) / 2, y: r.y + (r.height - 1) / 2, maxWidth: r.width,
              style: CellStyle(role), ellipsis: true)
    }

    /// The reader: the note's document filling the body, with its links selectable.
    static func reader(_ g: inout CellGrid, _ s: AppState, _ l: Layout) {
        guard let r = l.reader else { return }
        guard let view = s.currentView else {
            centered(&g, "indexing…", in: r, role: .dim)
            return
        }
        document(&g, view, cursor: s.nav.reader, in: r, focused: true)
    }
}
