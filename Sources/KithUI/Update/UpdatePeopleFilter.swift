import KithCore

/// The People list's filter (`nav.peopleFilter`): set by Enter on an organization or by a `/`
/// search with `org:`/`tag:` whose result was opened, shown as chips, cleared by Esc. It lives
/// in the history like the rest of `nav`, so Back returns to the list as it was.
extension AppState {
    /// Sets `peoplePaths` to `all` (the list in the current sort) narrowed by the filter.
    mutating func narrowPeople(_ all: [String]) {
        if let filter = nav.peopleFilter, let index {
            peoplePaths = filter.apply(to: all, index: index, organizations: derived.organizations)
        } else {
            peoplePaths = all
        }
        appliedPeopleFilter = nav.peopleFilter
    }

    /// Brings the list in step with `nav.peopleFilter` after it changed (a filter set or
    /// cleared, Back, Forward); nothing to do when they agree.
    mutating func syncPeopleFilter() {
        guard let index, appliedPeopleFilter != nav.peopleFilter else { return }
        narrowPeople(derived.people(sortedBy: sort, in: index))
        syncPersonSelection()
    }

    /// Esc on a list: the People list shows everyone again, the selected person kept.
    mutating func clearPeopleFilter() {
        guard nav.peopleFilter != nil else {
            if nav.page == .people { message = StatusMessage("no filter to clear") }
            return
        }
        let chips = nav.peopleFilter?.chips.joined(separator: ", ") ?? ""
        nav.peopleFilter = nil
        syncPeopleFilter()
        message = StatusMessage("filter cleared (\(chips))")
    }

    /// Shows the People view narrowed by `filter` with `path` selected (or the first person),
    /// as a new location; `card` gives the card the keyboard (one-pane: the card alone).
    mutating func showPeople(filter: PeopleFilter?, selecting path: String?, card: Bool) {
        guard let index else { return }
        var next = nav
        next.page = .people
        next.peopleFilter = filter
        let list = filter.map { $0.apply(to: derived.people(sortedBy: sort, in: index), index: index,
                                              organizations: derived.organizations) }
            ?? derived.people(sortedBy: sort, in: index)
        let i = path.flatMap { list.firstIndex(of: $0) } ?? 0
        next.person = list.indices.contains(i) ? list[i] : nil
        next.peopleList.select(i, height: Layout(self).listRows, count: list.count)
        next.card = DocCursor()
        let two = Layout(self).twoPane
        next.focus = card ? .card : .list
        next.cardOnly = card && !two
        navigate { $0 = next }
        syncPeopleFilter()
    }

    /// The filter to show `path` with: the current one unless it hides them.
    func filterKeeping(_ path: String) -> PeopleFilter? {
        guard nav.peopleFilter != nil, !peoplePaths.contains(path) else { return nav.peopleFilter }
        return nil
    }
}
