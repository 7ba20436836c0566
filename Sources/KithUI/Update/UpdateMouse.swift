extension AppState {
    /// Click selects, double-click opens, the wheel scrolls the pane under the pointer.
    mutating func handle(mouse event: MouseEvent) -> [Effect] {
        guard !isTooSmall else { return [] }
        // Curses reports a click only when the button comes up within its interval (200 ms);
        // a slower click arrives as a press and a release. The press is the click then.
        var m = event
        if m.kind == .press { m.kind = .click }
        let l = Layout(self)
        if overlay != nil {
            if let effects = handlePaletteOrMenu(mouse: m, l) { return effects }
            if case .search(var search)? = overlay, (m.kind == .click || m.kind == .doubleClick) {
                let inner = l.searchBox.inner
                guard inner.contains(x: m.x, y: m.y) else { overlay = nil; return [] }
                let i = search.top + m.y - inner.y
                if i < search.results.count {
                    search.selected = i
                    overlay = .search(search)
                    if m.kind == .doubleClick { acceptSearch() }
                }
            } else if case .help? = overlay, m.kind == .wheelDown || m.kind == .wheelUp {
                scrollHelp(by: m.kind == .wheelDown ? 3 : -3)
            } else if m.kind == .click {
                overlay = nil
            }
            return []
        }
        switch m.kind {
        case .click, .doubleClick:
            if m.y == l.header.y {
                // The reader's header is a breadcrumb (`‹ where you came from`): a click on it
                // goes back. Elsewhere it holds the view tabs.
                if nav.page.view == nil {
                    if m.x >= 7 && m.x < 7 + 2 + max(8, cols / 3) { goBack() }
                    return []
                }
                for (i, x) in Layout.tabStarts().enumerated()
                where m.x >= x - 1 && m.x <= x + DisplayWidth.of(Layout.tabs[i].label) {
                    show(Layout.tabs[i].page)
                }
                return []
            }
            if let list = l.list, nav.page == .people, m.y == list.y, nav.peopleFilter != nil {
                // The list's header: a click on its filter chips (`org: Fernwood Labs ✕`) clears them.
                let width: ([StyledSpan]) -> Int = { $0.reduce(0) { $0 + DisplayWidth.of($1.text) } }
                var plain = self
                plain.nav.peopleFilter = nil
                let chips = (list.x + 2 + width(Screens.peopleTitle(plain)))..<(list.x + 2 + width(Screens.peopleTitle(self)))
                if chips.contains(m.x) { clearPeopleFilter() }
                return []
            }
            if let list = l.list ?? l.main, list.inner.contains(x: m.x, y: m.y) {
                clickList(row: m.y - list.inner.y, open: m.kind == .doubleClick)
            } else if docRect.contains(x: m.x, y: m.y) {
                return clickDocument(x: m.x, y: m.y, open: m.kind == .doubleClick)
            }
        case .wheelUp, .wheelDown:
            let step = m.kind == .wheelDown ? 3 : -3
            if let list = l.list ?? l.main, list.contains(x: m.x, y: m.y) {
                if nav.page == .people { nav.focus = .list }
                moveList(by: step)
            } else if docRect.contains(x: m.x, y: m.y) || (l.card?.contains(x: m.x, y: m.y) ?? false) {
                scrollDocument(by: step)
            }
        case .press, .release:
            break
        }
        return []
    }

    private mutating func clickList(row: Int, open: Bool) {
        if nav.page == .people { focusList() }
        let current: Int
        switch nav.page {
        case .people: current = nav.peopleList.top + row - nav.peopleList.selected
        case .recent: current = nav.recent.top + row - nav.recent.selected
        case .meetings: current = nav.meetings.top + row - nav.meetings.selected
        case .organizations: current = nav.organizations.top + row - nav.organizations.selected
        case .cardList: current = nav.cardList.top + row - nav.cardList.selected
        case .reader, .brief: return
        }
        if case .recent = nav.page, !(recentRows[safe: nav.recent.top + row]?.isSelectable ?? false) { return }
        moveList(by: current)
        if open { openListSelection() }
    }

    private mutating func clickDocument(x: Int, y: Int, open: Bool) -> [Effect] {
        guard let view = docView() else { return [] }
        let r = docRect
        let hit = view.item(atRow: docCursor.top + y - r.y, column: x - r.x, nearest: true)
        if nav.page == .people { nav.focus = .card }
        guard let item = hit else { return [] }
        docCursor.item = item
        return open ? openSelectedItem() : []
    }
}
