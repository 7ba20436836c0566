import KithCore

/// The action palette (`:` or Ctrl-P): every action of the screen it was opened over (from the
/// action table, with its keys: the same source as the help and the hints), every view, person
/// and theme, fuzzy-matched as the search line does (accent-insensitive, fzf's scoring);
/// Enter runs the highlighted entry.
extension AppState {
    /// The palette's commands.
    mutating func runPalette(_ cmd: Command) -> [Effect] {
        switch cmd {
        case .palette: openPalette()
        case .paletteRun: return runPaletteEntry()
        case .paletteClose: closePalette()
        case .paletteNext: movePalette(by: 1)
        case .palettePrev: movePalette(by: -1)
        default: break
        }
        return []
    }

    mutating func openPalette() {
        var contexts = Keymap.contexts(for: self)
        // The People view shows a list and a card: the actions of both are a key away.
        if nav.page == .people, let at = contexts.firstIndex(where: { $0 == .list || $0 == .card }) {
            contexts.insert(contexts[at] == .list ? .card : .list, at: at + 1)
        }
        overlay = .palette(PaletteState(contexts: contexts))
        search.session = nil
        refreshPalette()
    }

    mutating func closePalette() {
        overlay = nil
        paletteSource = PaletteSource()
    }

    /// Every entry the palette offers, in the order shown before anything is typed: the global
    /// actions in table order (views where the table has them: they are global), the screen's
    /// own, then the themes. People come from the people search (`search.rankedPeople`).
    func paletteCandidates(contexts: [Context]) -> [PaletteEntry] {
        var out: [PaletteEntry] = []
        var seen: Set<Command> = [.palette]
        // Navigation keys (j, k, …) are what a palette is least needed for: they come after.
        for context in contexts.filter({ $0 == .global }) + contexts.filter({ $0 != .global }) {
            for spec in keymap.entries(in: context) where seen.insert(spec.command).inserted {
                let keys = spec.keys.map(\.displayName).joined(separator: " ")
                if let tab = Self.viewTitle(spec.command) {
                    out.append(PaletteEntry(kind: .view(spec.command), title: tab, detail: keys))
                } else {
                    out.append(PaletteEntry(kind: .action(spec.command, context), title: spec.help,
                                            detail: keys.isEmpty ? "—" : keys))
                }
            }
        }
        out += themeNames.map { PaletteEntry(kind: .theme($0), title: $0, detail: $0 == themeName ? "current" : "") }
        return out
    }

    /// `People` for the command that shows the People view (the header tab's name).
    static func viewTitle(_ command: Command) -> String? {
        let page: Page
        switch command {
        case .viewPeople: page = .people
        case .viewRecent: page = .recent
        case .viewMeetings: page = .meetings
        case .viewOrganizations: page = .organizations
        default: return nil
        }
        guard let tab = Layout.tabs.first(where: { $0.page == page }) else { return nil }
        return String(tab.label.drop { $0 != " " }.dropFirst())
    }

    /// Matches the query again (every keystroke, and after a reload).
    mutating func refreshPalette() {
        guard case .palette(var state)? = overlay else { return }
        let query = state.query
        let candidates = paletteCandidates(contexts: state.contexts)
        var source = PaletteSource()
        if query.allSatisfy(\.isWhitespace) {
            source.others = candidates
        } else {
            let matcher = FuzzyMatcher(query)
            // Views and themes also answer to their kind: `theme` lists the themes.
            source.others = candidates.compactMap { entry in
                let text: String
                switch entry.kind {
                case .view, .theme: text = entry.title + "  " + entry.kind.label
                default: text = entry.title
                }
                guard let m = matcher.match(text) else { return nil }
                var e = entry
                e.score = m.score
                e.positions = m.positions.filter { $0 < entry.title.count }
                return e
            }
            // Best first; equal scores keep the table's order.
            source.others = source.others.enumerated().sorted { a, b in
                a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
            }.map(\.element)
        }
        source.people = index == nil ? nil : search.people.map { search.ranked(query, in: $0) }
        paletteSource = source
        state.results = []
        state.matches = source.count
        state.total = candidates.count + (index?.count(.person) ?? 0)
        state.selected = 0
        state.top = 0
        overlay = .palette(state)
        buildPaletteRows()
    }

    /// Builds the rows the palette shows (and the selection's), as `buildSearchRows` does.
    mutating func buildPaletteRows() {
        guard case .palette(var state)? = overlay else { return }
        let height = max(1, Layout.paletteBox(self).inner.height)
        let needed = min(state.matches, max(state.top + height, state.selected + 1))
        guard state.results.count < needed else { return }
        let more = max(needed, state.results.count * 2) - state.results.count
        let index = self.index
        state.results += paletteSource.next(more) { hit in
            PaletteEntry(kind: .person(hit.path), title: hit.name, positions: hit.positions,
                         detail: index?.note(hit.path)?.profile.organization ?? "", score: hit.score)
        }
        overlay = .palette(state)
    }

    /// Edits the palette's line (the search line's editing keys); matches again when the text
    /// changed.
    mutating func editPaletteLine(_ edit: (inout LineEdit) -> Void) {
        guard case .palette(var state)? = overlay else { return }
        let before = state.line.text
        edit(&state.line)
        overlay = .palette(state)
        if state.line.text != before { refreshPalette() }
    }

    mutating func movePalette(by delta: Int) {
        guard case .palette(var state)? = overlay, state.matches > 0 else { return }
        state.selected = max(0, min(state.matches - 1, state.selected + delta))
        let height = max(1, Layout.paletteBox(self).inner.height)
        state.top = Scroll.keepVisible(state.selected, top: state.top, height: height, count: state.matches)
        overlay = .palette(state)
        buildPaletteRows()
    }

    /// Enter: closes the palette and runs the entry: an action as its key would in its context
    /// (a card action from the list focuses the card first), a view shows, a person's card
    /// opens, a theme is put in use.
    mutating func runPaletteEntry() -> [Effect] {
        guard case .palette(let state)? = overlay else { return [] }
        closePalette()
        guard let entry = state.results[safe: state.selected] else { return [] }
        switch entry.kind {
        case .action(let command, let context):
            if nav.page == .people {
                if context == .card && nav.focus != .card { focusCard(push: false) }
                if context == .list && nav.focus == .card { focusList() }
            }
            return run(command)
        case .view(let command):
            return run(command)
        case .person(let path):
            openPerson(path)
        case .theme(let name):
            if name == themeName {
                message = StatusMessage("theme \(name) is in use")
                return []
            }
            return [.setTheme(name: name)]
        }
        return []
    }
}

extension Layout {
    /// The palette's box: full width from the top of the body, as tall as its entries need
    /// (up to the body), like the people search.
    static func paletteBox(_ s: AppState) -> Rect {
        var box = Layout(s).body
        if case .palette(let p)? = s.overlay { box.height = min(box.height, max(5, p.total + 2)) }
        return box
    }
}
