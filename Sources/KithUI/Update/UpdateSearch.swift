import KithCore

extension AppState {
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
            switch state.mode {
            case .people:
                let query = state.query
                if query.allSatisfy(\.isWhitespace) {
                    // Nothing typed yet: everyone, in the list's order.
                    search.session = nil
                    search.pendingRows = .everyone
                    state.matches = peoplePaths.count
                } else if let ranking = search.rankedPeople(query) {
                    search.pendingRows = .ranked(ranking)
                    state.matches = ranking.count
                } else {
                    search.pendingRows = .none
                    state.matches = 0
                }
                state.results = []
                state.total = peoplePaths.count
            case .fullText:
                state.results = search.fullText(state.query, in: index).map { hit in
                    SearchResult(path: hit.path, title: "\(ReaderBuilder.fileName(hit.path)):\(hit.line)", detail: hit.snippet,
                                 line: hit.line)
                }
                state.matches = state.results.count
                state.total = index.notes.count
                search.pendingRows = .none
            }
        }
        state.selected = 0
        state.top = 0
        overlay = .search(state)
        buildSearchRows()
    }

    /// Builds the people rows the search box shows (and the selection's), ranking and
    /// highlighting only those: a keystroke costs one screen of rows, not every match. Rows
    /// built stay; more are built, twice as many each time, as the selection moves down.
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
            state.results += ranking.hits(range).map { peopleResult(path: $0.path, positions: $0.positions, in: index) }
        }
        overlay = .search(state)
    }

    private func peopleResult(path: String, positions: [Int], in index: VaultIndex) -> SearchResult {
        let n = index.note(path)
        let detail = [n?.profile.role, n?.profile.organization].compactMap { $0 }.joined(separator: " · ")
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
            guard let i = peoplePaths.firstIndex(of: hit.path) else { return }
            let height = Layout(self).listRows
            let count = peoplePaths.count
            let two = Layout(self).twoPane
            navigate { n in
                n.page = .people
                n.person = hit.path
                n.peopleList.selected = i
                n.peopleList.top = Scroll.keepVisible(i, top: n.peopleList.top, height: height, count: count)
                n.card = DocCursor()
                // One pane: the card is what the user asked to see.
                n.focus = two ? .list : .card
                n.cardOnly = !two
            }
        case .fullText:
            open(path: hit.path, line: hit.line, raw: hit.path)
        }
    }
}
