import KithCore

extension AppState {
    /// Moves the current page's list selection, skipping rows that cannot be selected.
    mutating func moveList(by delta: Int) {
        let height = Layout(self).listRows
        switch nav.page {
        case .people:
            guard !peoplePaths.isEmpty else { return }
            let i = clampIndex(nav.peopleList.selected, delta, count: peoplePaths.count)
            if i != nav.peopleList.selected { nav.card = DocCursor() }
            nav.peopleList.selected = i
            nav.person = peoplePaths[i]
            nav.peopleList.top = Scroll.keepVisible(i, top: nav.peopleList.top, height: height, count: peoplePaths.count)
        case .recent:
            guard !recentRows.isEmpty else { return }
            var i = clampIndex(nav.recent.selected, delta, count: recentRows.count)
            // Day headers are skipped in the direction of travel (or back if at an end).
            let step = delta >= 0 ? 1 : -1
            while recentRows.indices.contains(i), !recentRows[i].isSelectable { i += step }
            if !recentRows.indices.contains(i) {
                i = nav.recent.selected
                if !recentRows[i].isSelectable { i = recentRows.firstIndex { $0.isSelectable } ?? 0 }
            }
            nav.recent.selected = i
            // Keep the day header above the first item of a day in view.
            var top = Scroll.keepVisible(i, top: nav.recent.top, height: height, count: recentRows.count)
            if top == i, i > 0, !recentRows[i - 1].isSelectable { top = i - 1 }
            nav.recent.top = top
        case .meetings:
            guard !meetingRows.isEmpty else { return }
            let i = clampIndex(nav.meetings.selected, delta, count: meetingRows.count)
            nav.meetings.select(i, height: height, count: meetingRows.count)
        case .organizations:
            guard !organizationRows.isEmpty else { return }
            let i = clampIndex(nav.organizations.selected, delta, count: organizationRows.count)
            nav.organizations.select(i, height: height, count: organizationRows.count)
        case .cardList:
            moveCardList(by: delta)
        case .reader, .brief:
            break
        }
    }

    private func clampIndex(_ i: Int, _ delta: Int, count: Int) -> Int {
        let (sum, overflow) = i.addingReportingOverflow(delta)
        return overflow ? (delta > 0 ? count - 1 : 0) : max(0, min(count - 1, sum))
    }

    /// Enter on a list row: People shows the card, Recent and Transcripts open the note.
    mutating func openListSelection() {
        switch nav.page {
        case .people:
            focusCard(push: !Layout(self).twoPane)
        case .recent:
            switch recentRows[safe: nav.recent.selected] {
            case .item(let i)?, .member(let i)?:
                if let t = i.target { open(path: t, line: nil, raw: i.label) } else { openPerson(i.person) }
            case .meeting(let m)?:
                open(path: m.path, line: nil, raw: m.path)
            case .due(let path)?:
                openPerson(path)
            case .dueMore?:
                showMoreDue()
            case .upcoming(let item)?:
                openUpcoming(item)
            default:
                return
            }
        case .meetings:
            guard let t = meetingRows[safe: nav.meetings.selected] else { return }
            open(path: t.path, line: nil, raw: t.name)
        case .organizations:
            openOrganization()
        case .cardList:
            openCardListSelection()
        case .reader, .brief:
            break
        }
    }

    /// People the Recent view's "… N more" row adds to the Due group per Enter: a screenful.
    var duePage: Int { max(DerivedRows.dueLimit, Layout(self).listRows - 3) }

    /// Enter on "… N more": the Due group lists a page more, the first of them selected.
    mutating func showMoreDue() {
        guard case .dueMore? = recentRows[safe: nav.recent.selected] else { return }
        let at = nav.recent.selected
        dueShown = min(derived.due.count, dueShown + duePage)
        recentRows = derived.recent(showingDue: dueShown, byMeeting: recentByMeeting)
        nav.recent.select(at, height: Layout(self).listRows, count: recentRows.count)
    }

    /// Gives the card the keyboard and selects its first link. In one-pane layouts the card
    /// fills the body; with `push`, Back returns to the list.
    mutating func focusCard(push: Bool) {
        guard nav.page == .people, nav.person != nil else { return }
        var next = nav
        next.focus = .card
        next.cardOnly = !Layout(self).twoPane
        if next.card.item == nil, let view = docView(), !view.items.isEmpty {
            // The first stop is the card's first link (a property's, else Recent Context's).
            next.card.item = 0
            next.card.top = Self.top(showing: 0, in: view, from: next.card.top, height: docHeight)
        }
        if push { navigate { $0 = next } } else { nav = next }
    }

    mutating func focusList() {
        nav.focus = .list
        nav.cardOnly = false
    }

    /// Shows a person's card in the People view with the list moved to them (a new location).
    /// A filter that hides them is left behind (in the history, where Back finds it).
    public mutating func openPerson(_ path: String) {
        guard let index else { return }
        let filter = filterKeeping(path)
        let list = filter == nav.peopleFilter ? peoplePaths : derived.people(sortedBy: sort, in: index)
        guard let i = list.firstIndex(of: path) else { return }
        let height = Layout(self).listRows
        let two = Layout(self).twoPane
        let count = list.count
        navigate { n in
            n.page = .people
            n.peopleFilter = filter
            n.person = path
            n.peopleList.select(i, height: height, count: count)
            n.card = DocCursor()
            n.focus = .card
            n.cardOnly = !two
        }
        syncPeopleFilter()
        // Select the first link of the new card, as focusing a card does.
        nav.card.item = (docView()?.items.isEmpty ?? true) ? nil : 0
    }

    /// Opens a vault path: a person's card, else the note in the reader (scrolled to `line`);
    /// with `reader`, a person's note opens in the reader too (a full-text hit's line).
    mutating func open(path: String, line: Int?, raw: String, reader: Bool = false) {
        guard let index else { return }
        guard let note = index.note(path) else {
            message = StatusMessage("not a note: \(path)", isError: true)
            return
        }
        if !reader, note.kind == .person, peoplePaths.contains(path) {
            openPerson(path)
            return
        }
        let from = pageTitle
        navigate { n in
            n.page = .reader(path: path)
            n.reader = DocCursor()
            n.readerFrom = from
            n.readerHits = nil
        }
        guard let view = docView() else { return }
        if let line, let row = view.row(forSourceLine: line) {
            nav.reader.top = Scroll.clamp(max(0, row - 2), count: view.rowCount, height: docHeight)
        }
        nav.reader.item = view.firstItem(visibleFrom: nav.reader.top, height: docHeight)
    }
}
