import KithCore

extension AppState {
    mutating func openSearch(_ mode: SearchState.Mode) {
        overlay = .search(SearchState(mode: mode))
        search.session = nil
        refreshSearch()
    }

    /// Reruns the search for the current query (every keystroke, and after a reload).
    mutating func refreshSearch() {
        guard case .search(var state)? = overlay else { return }
        if let index {
            switch state.mode {
            case .people:
                let query = state.query
                if query.allSatisfy(\.isWhitespace) {
                    // Nothing typed yet: everyone, in the list's order.
                    search.session = nil
                    state.results = peoplePaths.map { peopleResult(path: $0, positions: [], in: index) }
                } else {
                    state.results = search.people(query).map { peopleResult(path: $0.path, positions: $0.positions, in: index) }
                }
                state.total = peoplePaths.count
            case .fullText:
                state.results = search.fullText(state.query).map { hit in
                    SearchResult(path: hit.path, title: "\(ReaderBuilder.fileName(hit.path)):\(hit.line)", detail: hit.snippet,
                                 line: hit.line)
                }
                state.total = index.notes.count
            }
        }
        state.selected = 0
        state.top = 0
        overlay = .search(state)
    }

    private func peopleResult(path: String, positions: [Int], in index: VaultIndex) -> SearchResult {
        let n = index.note(path)
        let detail = [n?.profile.role, n?.profile.organization].compactMap { $0 }.joined(separator: " · ")
        return SearchResult(path: path, title: n?.name ?? path, positions: positions, detail: detail)
    }

    mutating func editSearch(refresh: Bool = true, _ edit: (inout SearchState) -> Void) {
        guard case .search(var state)? = overlay else { return }
        edit(&state)
        overlay = .search(state)
        if refresh { refreshSearch() }
    }

    mutating func moveSearch(by delta: Int) {
        guard case .search(var state)? = overlay, !state.results.isEmpty else { return }
        state.selected = max(0, min(state.results.count - 1, state.selected + delta))
        let height = max(1, Layout(self).searchBox.inner.height)
        state.top = Scroll.keepVisible(state.selected, top: state.top, height: height, count: state.results.count)
        overlay = .search(state)
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
