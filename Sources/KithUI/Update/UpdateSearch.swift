import KithCore

extension AppState {
    /// `/`: the search of the view showing (People, Recent, Meetings; people from the reader,
    /// a brief and a card section's list).
    mutating func openViewSearch() {
        switch nav.page {
        case .recent: openSearch(.recent)
        case .meetings: openSearch(.meetings)
        case .organizations: openSearch(.organizations)
        case .people, .reader, .brief, .cardList: openSearch(.people)
        }
    }

    mutating func openSearch(_ mode: SearchState.Mode) {
        overlay = .search(SearchState(mode: mode))
        search.session = nil
        refreshSearch()
    }

    /// Reruns the search for the current query (every keystroke, and after a reload).
    mutating func refreshSearch() {
        if case .palette? = overlay { return refreshPalette() }
        guard case .search(var state)? = overlay else { return }
        if let index {
            let query = state.query
            switch state.mode {
            case .fullText:
                state.results = search.fullText(query, in: index).map { hit in
                    SearchResult(path: hit.path, title: "\(ReaderBuilder.fileName(hit.path)):\(hit.line)", detail: hit.snippet,
                                 line: hit.line)
                }
                state.matches = state.results.count
                state.total = index.notes.count
                search.pendingRows = .none
            case .people where query.allSatisfy(\.isWhitespace):
                // Nothing typed yet: everyone, in the list's order.
                search.session = nil
                search.pendingRows = .everyone
                state.matches = peoplePaths.count
                state.results = []
                state.total = peoplePaths.count
            case .people, .recent, .meetings, .organizations:
                let searched = search.searched(state.mode, query: query, index: index, meetingRows: meetingRows,
                                               organizationRows: organizationRows)
                if let searched {
                    let ranking = search.ranked(query, in: searched)
                    search.pendingRows = .ranked(ranking)
                    state.matches = ranking.count
                } else {
                    search.pendingRows = .none
                    state.matches = 0
                }
                state.results = []
                switch state.mode {
                case .recent: state.total = search.recentItems.count
                case .meetings: state.total = meetingRows.count
                case .organizations: state.total = organizationRows.count
                default: state.total = searched === search.people ? peoplePaths.count : index.notes.count
                }
            }
        }
        state.selected = 0
        state.top = 0
        overlay = .search(state)
        buildSearchRows()
    }

    /// Builds the rows the search box shows (and the selection's), ranking and highlighting
    /// only those: a keystroke costs one screen of rows, not every match. Rows built stay;
    /// more are built, twice as many each time, as the selection moves down.
    mutating func buildSearchRows() {
        if case .palette? = overlay { return buildPaletteRows() }
        guard case .search(var state)? = overlay, let index else { return }
        let height = max(1, Layout(self).searchBox.inner.height)
        let needed = min(state.matches, max(state.top + height, state.selected + 1))
        guard state.results.count < needed else { return }
        let end = state.results.isEmpty ? needed : min(state.matches, max(needed, state.results.count * 2))
        let range = state.results.count..<end
        switch search.pendingRows {
        case .none: return
        case .everyone:
            state.results += peoplePaths[range].map { peopleResult(path: $0, positions: [], in: index) }
        case .ranked(let ranking):
            let hits = ranking.hits(range)
            switch state.mode {
            case .people, .fullText:
                state.results += hits.map { peopleResult(path: $0.path, positions: $0.positions, in: index) }
            case .recent:
                state.results += hits.compactMap { hit in
                    guard let k = Int(hit.path), let it = search.recentItems[safe: k] else { return nil }
                    return SearchResult(path: it.target ?? it.person, title: hit.name, positions: hit.positions, row: k)
                }
            case .meetings:
                state.results += hits.compactMap { hit in
                    guard let k = Int(hit.path), let t = meetingRows[safe: k] else { return nil }
                    return SearchResult(path: t.path, title: hit.name, positions: hit.positions, row: k)
                }
            case .organizations:
                state.results += hits.compactMap { hit in
                    guard let k = Int(hit.path), let o = organizationRows[safe: k] else { return nil }
                    return SearchResult(path: o.note ?? o.key, title: o.name, positions: hit.positions,
                                        detail: Screens.organizationDetail(o, today: today), row: k)
                }
            }
        }
        overlay = .search(state)
    }

    /// A person as the search lists them (another note found with `kind:`: its kind).
    private func peopleResult(path: String, positions: [Int], in index: VaultIndex) -> SearchResult {
        let n = index.note(path)
        let detail = n.map { $0.kind == .person ? DerivedRows.detail(of: $0) : $0.kind.rawValue } ?? ""
        return SearchResult(path: path, title: n?.name ?? path, positions: positions, detail: detail)
    }

    /// Edits the open line: the help's `/` line, else the search line (which searches again
    /// when its text changed; moving the cursor does not).
    mutating func editLine(_ edit: (inout LineEdit) -> Void) {
        if case .help(let help)? = overlay, help.line != nil { return editHelpLine(edit) }
        if case .palette? = overlay { return editPaletteLine(edit) }
        guard case .search(var state)? = overlay else { return }
        let before = state.line.text
        edit(&state.line)
        overlay = .search(state)
        if state.line.text != before { refreshSearch() }
    }

    mutating func moveSearch(by delta: Int) {
        guard case .search(var state)? = overlay, state.matches > 0 else { return }
        state.selected = max(0, min(state.matches - 1, state.selected + delta))
        let height = max(1, Layout(self).searchBox.inner.height)
        state.top = Scroll.keepVisible(state.selected, top: state.top, height: height, count: state.matches)
        overlay = .search(state)
        buildSearchRows()
    }

    /// Enter: a person's card shows in the People view (focus stays on the list, so `j`/`k`
    /// keep browsing); a full-text hit opens its note in the reader at the line. Either is a
    /// new location, so Back returns.
    mutating func acceptSearch() {
        guard case .search(let state)? = overlay else { return }
        overlay = nil
        guard let hit = state.results[safe: state.selected] else { return }
        switch state.mode {
        case .people:
            guard let index, index.note(hit.path)?.kind == .person, derived.people(sortedBy: sort, in: index).contains(hit.path)
            else {
                // A note found with `kind:` opens in the reader.
                return open(path: hit.path, line: nil, raw: hit.title)
            }
            // The query's `org:` and `tag:` stay on the list as chips; without them, the
            // list's own filter stays unless it hides the person.
            let filter = PeopleFilter(query: state.query) ?? filterKeeping(hit.path)
            // One pane: the card is what the user asked to see.
            showPeople(filter: filter, selecting: hit.path, card: !Layout(self).twoPane)
        case .recent:
            // The entry becomes Recent's selection, then opens as Enter on it would: Back
            // returns to Recent with the entry selected.
            guard let k = hit.row, let it = search.recentItems[safe: k],
                  let i = recentRows.firstIndex(whereInteraction: { $0 == it }) else { return }
            nav.recent.select(i, height: Layout(self).listRows, count: recentRows.count)
            openListSelection()
        case .meetings:
            guard let k = hit.row, meetingRows.indices.contains(k) else { return }
            nav.meetings.select(k, height: Layout(self).listRows, count: meetingRows.count)
            openListSelection()
        case .organizations:
            guard let k = hit.row, organizationRows.indices.contains(k) else { return }
            nav.organizations.select(k, height: Layout(self).listRows, count: organizationRows.count)
            openListSelection()
        case .fullText:
            // The reader, even for a person's note: the hit is a line of the note, not its card.
            open(path: hit.path, line: hit.line, raw: hit.path, reader: true)
            markHits(of: state.query, from: hit.line)
        }
    }
}
