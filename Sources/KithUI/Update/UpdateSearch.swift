import KithCore

extension AppState {
    mutating func openSearch(_ mode: SearchState.Mode) {
        overlay = .search(SearchState(mode: mode))
        refreshSearch()
    }

    /// Reruns the search for the current query (every keystroke, and after a reload).
    mutating func refreshSearch() {
        guard case .search(var search)? = overlay else { return }
        if let index {
            switch search.mode {
            case .people:
                search.results = Finder.people(search.query, in: index, order: peoplePaths)
                search.total = peoplePaths.count
            case .fullText:
                search.results = Finder.fullText(search.query, in: index)
                search.total = index.notes.count
            }
        }
        search.selected = 0
        search.top = 0
        overlay = .search(search)
    }

    mutating func editSearch(refresh: Bool = true, _ edit: (inout SearchState) -> Void) {
        guard case .search(var search)? = overlay else { return }
        edit(&search)
        overlay = .search(search)
        if refresh { refreshSearch() }
    }

    mutating func moveSearch(by delta: Int) {
        guard case .search(var search)? = overlay, !search.results.isEmpty else { return }
        search.selected = max(0, min(search.results.count - 1, search.selected + delta))
        let height = max(1, Layout(self).searchBox.inner.height)
        search.top = Scroll.keepVisible(search.selected, top: search.top, height: height, count: search.results.count)
        overlay = .search(search)
    }

    /// Enter: a person shows in the People view with focus on the list; a full-text hit opens
    /// its note in the reader at the line. Either is a new location, so Back returns.
    mutating func acceptSearch() {
        guard case .search(let search)? = overlay else { return }
        overlay = nil
        guard let hit = search.results[safe: search.selected] else { return }
        switch search.mode {
        case .people:
            guard let i = peoplePaths.firstIndex(of: hit.path) else { return }
            let height = Layout(self).listRows
            let count = peoplePaths.count
            navigate { n in
                n.page = .people
                n.person = hit.path
                n.peopleList.selected = i
                n.peopleList.top = Scroll.keepVisible(i, top: n.peopleList.top, height: height, count: count)
                n.card = DocCursor()
                n.focus = .list
                n.cardOnly = false
            }
        case .fullText:
            open(path: hit.path, line: hit.line, raw: hit.path)
        }
    }
}
