import KithCore

/// The app's entry points for the terminal loop: a pure `update` and a pure `render`.
public enum KithApp {
    /// Applies an action: returns the new state and the effects to run. Pure; `today`, the
    /// size and the index all live in the state.
    /// `keymap` (the config's bindings) is kept in the state for the help and hints; without
    /// it the state's own is used.
    public static func update(_ state: AppState, _ action: Action, keymap: Keymap? = nil)
        -> (AppState, [Effect]) {
        var s = state
        if let keymap { s.keymap = keymap }
        let keymap = s.keymap
        var effects: [Effect] = []
        switch action {
        case .key(let key):
            s.message = nil
            effects = s.handle(key: key, keymap: keymap)
        case .mouse(let m):
            effects = s.handle(mouse: m)
        case .resize(let cols, let rows):
            s.cols = max(0, cols)
            s.rows = max(0, rows)
            s.clampScrolls()
            s.buildSearchRows()
            s.clampHelp()
        case .indexProgress(let done, let total):
            // Parser threads report out of order: a late count never moves the status back.
            switch s.status {
            case .linking: break
            case .loading(let shown, total) where shown > done: break
            default: s.status = .loading(done: done, total: total)
            }
        case .indexLinking(let notes):
            s.status = .linking(notes: notes)
        case .indexLoaded(let index, let search, let rows, let views, let message):
            s.install(index, search: search, rows: rows, views: views, message: message)
        case .indexUpdated(let index, let search, let rows, let views, let message):
            s.apply(updated: index, search: search, rows: rows, views: views, message: message)
        case .mentionFiltersBuilt(let filter, let index):
            s.install(mentions: filter, for: index)
        case .notice(let text, let isError):
            s.message = StatusMessage(text, isError: isError)
        case .indexFailed(let why):
            s.status = .failed(why)
            s.message = StatusMessage(why, isError: true)
        case .reloadStarted:
            s.status = .loading(done: 0, total: 0)
            s.message = nil
        case .editorFinished(let report):
            s.message = s.editorMessage(report)
        case .themeChanged(let name, let origin):
            s.themeName = name
            s.message = StatusMessage("theme \(name) (\(origin))")
        case .linkOpened(let report):
            s.message = report.statusMessage
        case .clipboardWritten(let report):
            s.message = report.statusMessage
        case .tick(let now):
            s.expireMessage(now: now)
        case .cardBuilt(let build):
            s.receive(build)
        }
        // The People list follows its filter wherever history moved it.
        s.syncPeopleFilter()
        // Wrap what will show now, once, so render and the next keystroke reuse it; a card
        // built in the background is asked for instead.
        _ = s.docView()
        s.cacheReaderSpots()
        effects += s.cardRequest()
        return (s, effects)
    }
}

extension AppState {
    /// A key: the overlay's line editor gets printable characters, everything else goes
    /// through the keymap.
    mutating func handle(key: Key, keymap: Keymap) -> [Effect] {
        let contexts = Keymap.contexts(for: self)
        if let cmd = keymap.command(for: key, in: contexts) { return run(cmd) }
        guard case .char(let c) = key else { return [] }
        editLine { $0.insert(c) }
        return []
    }

    /// Runs one command of the action table.
    mutating func run(_ cmd: Command) -> [Effect] {
        switch cmd {
        case .quit: return [.quit]
        case .help: openHelp()
        case .helpClose: overlay = nil
        case .helpDown: scrollHelp(by: 1)
        case .helpUp: scrollHelp(by: -1)
        case .helpHalfDown: scrollHelp(by: max(1, helpHeight / 2))
        case .helpHalfUp: scrollHelp(by: -max(1, helpHeight / 2))
        case .helpPageDown: scrollHelp(by: max(1, helpHeight - 1))
        case .helpPageUp: scrollHelp(by: -max(1, helpHeight - 1))
        case .helpTop: scrollHelp(by: -Int.max / 2)
        case .helpBottom: scrollHelp(by: Int.max / 2)
        case .helpSearch: openHelpLine()
        case .helpNextMatch: moveHelpMatch(forward: true)
        case .helpPrevMatch: moveHelpMatch(forward: false)
        case .helpSearchAccept: acceptHelpLine()
        case .helpSearchCancel: cancelHelpLine()
        case .viewPeople: show(.people)
        case .viewRecent: show(.recent)
        case .viewMeetings: show(.meetings)
        case .viewOrganizations: show(.organizations)
        case .brief: openBrief()
        case .groupByMeeting: toggleRecentByMeeting()
        case .clearFilter: clearPeopleFilter()
        case .search: openViewSearch()
        case .fullTextSearch: openSearch(.fullText)
        case .reload: return [.reload]
        case .edit: return editEffect()
        case .cycleTheme: return [.cycleTheme]
        case .back: goBack()
        case .forward: goForward()
        case .sort: if nav.page == .organizations { cycleOrganizationSort() } else { cycleSort() }
        case .listDown: moveList(by: 1)
        case .listUp: moveList(by: -1)
        case .listTop: moveList(by: -Int.max / 2)
        case .listBottom: moveList(by: Int.max / 2)
        case .listHalfDown: moveList(by: max(1, Layout(self).listRows / 2))
        case .listHalfUp: moveList(by: -max(1, Layout(self).listRows / 2))
        case .listPageDown: moveList(by: max(1, Layout(self).listRows - 1))
        case .listPageUp: moveList(by: -max(1, Layout(self).listRows - 1))
        case .listOpen: openListSelection()
        case .focusCard: focusCard(push: false)
        case .focusList: focusList()
        case .cardNext: moveItem(by: 1)
        case .cardPrev: moveItem(by: -1)
        case .cardFirst: moveToEndItem(last: false)
        case .cardLast: moveToEndItem(last: true)
        case .cardHalfDown: scrollDocument(by: max(1, docHeight / 2))
        case .cardHalfUp: scrollDocument(by: -max(1, docHeight / 2))
        case .cardOpen, .readerOpen: return openSelectedItem()
        case .readerDown: scrollDocument(by: 1)
        case .readerUp: scrollDocument(by: -1)
        case .readerTop: scrollDocument(by: -Int.max / 2)
        case .readerBottom: scrollDocument(by: Int.max / 2)
        case .readerHalfDown: scrollDocument(by: max(1, docHeight / 2))
        case .readerHalfUp: scrollDocument(by: -max(1, docHeight / 2))
        case .readerPageDown: scrollDocument(by: max(1, docHeight - 1))
        case .readerPageUp: scrollDocument(by: -max(1, docHeight - 1))
        case .readerNextLink: moveItem(by: 1)
        case .readerPrevLink: moveItem(by: -1)
        case .readerNextHit: moveHit(by: 1)
        case .readerPrevHit: moveHit(by: -1)
        case .searchAccept: acceptSearch()
        case .searchCancel: overlay = nil
        case .searchNext, .searchPrev:
            if case .help? = overlay { moveHelpMatch(forward: cmd == .searchNext) } else { moveSearch(by: cmd == .searchNext ? 1 : -1) }
        case .searchBackspace: editLine { $0.backspace() }
        case .searchDelete: editLine { $0.deleteForward() }
        case .searchClear: editLine { $0.deleteToStart() }
        case .searchDeleteToEnd: editLine { $0.deleteToEnd() }
        case .searchDeleteWord: editLine { $0.deleteWord() }
        case .searchLeft: editLine { $0.moveCursor(-1) }
        case .searchRight: editLine { $0.moveCursor(1) }
        case .searchHome: editLine { $0.moveToStart() }
        case .searchEnd: editLine { $0.moveToEnd() }
        case .palette, .paletteRun, .paletteClose, .paletteNext, .palettePrev: return runPalette(cmd)
        case .openContact, .copyContact, .logContact, .menuChoose, .menuClose, .menuDown, .menuUp:
            return runPersonAction(cmd)
        }
        return []
    }

    // MARK: History

    /// Moves to a new location, remembering the current one for Back.
    mutating func navigate(_ change: (inout NavState) -> Void) {
        var next = nav
        change(&next)
        guard next != nav else { return }
        back.append(nav)
        forward = []
        nav = next
        if back.count > 200 { back.removeFirst() }
    }

    mutating func goBack() {
        guard let prev = back.popLast() else {
            // One-pane card without history: Back still returns to the list.
            if nav.cardOnly || nav.focus == .card { focusList() }
            return
        }
        forward.append(nav)
        nav = prev
        clampScrolls()
    }

    mutating func goForward() {
        guard let next = forward.popLast() else { return }
        back.append(nav)
        nav = next
        clampScrolls()
    }

    mutating func show(_ page: Page) {
        navigate { $0.page = page }
    }

    // MARK: Sort and edit

    mutating func cycleSort() {
        let all = PeopleSort.allCases
        sort = all[(all.firstIndex(of: sort)! + 1) % all.count]
        guard index != nil else { return }
        resortPeople()
        syncPersonSelection()
        message = StatusMessage("sorted by \(sort.rawValue)")
    }

    /// `e`: the note under the cursor, at the line the cursor shows; with nothing under the
    /// cursor, the status line says so.
    mutating func editEffect() -> [Effect] {
        guard let edit = editTarget() else {
            message = StatusMessage(index == nil ? "nothing to edit yet: the vault is being indexed" : "nothing selected to edit")
            return []
        }
        return [edit]
    }

    /// The `.edit` effect for what the cursor is on, if anything.
    private mutating func editTarget() -> Effect? {
        switch nav.page {
        case .people:
            guard let p = nav.person else { return nil }
            if nav.focus == .card, let view = docView(), let i = nav.card.item, i < view.items.count {
                // A link to a line of another note (a backlink, an unlinked mention) edits
                // that note there.
                if let path = view.items[i].destination.path, path != p, let line = view.items[i].destination.line {
                    return .edit(path: path, line: line)
                }
                // A Recent Context entry edits the person's note at that bullet.
                return .edit(path: p, line: view.sourceLine(atRow: view.row(ofItem: i)))
            }
            return .edit(path: p, line: nil)
        case .recent:
            if case .due(let path)? = recentRows[safe: nav.recent.selected] { return .edit(path: path, line: nil) }
            if case .upcoming(let item)? = recentRows[safe: nav.recent.selected] { return editUpcoming(item).first }
            if case .meeting(let m)? = recentRows[safe: nav.recent.selected] { return .edit(path: m.path, line: nil) }
            guard let i = recentRows[safe: nav.recent.selected]?.interaction else { return nil }
            // The transcript (at its line linking the person, when that is where the entry came
            // from), else the person's note at the Recent Context bullet.
            guard let target = i.target else { return .edit(path: i.person, line: i.line) }
            return .edit(path: target, line: i.lineIsInTarget ? i.line : nil)
        case .meetings:
            guard let t = meetingRows[safe: nav.meetings.selected] else { return nil }
            return .edit(path: t.path, line: nil)
        case .cardList:
            return cardListEditTarget()
        case .organizations:
            return editOrganization()
        case .brief(let path):
            return .edit(path: path, line: nil)
        case .reader(let path):
            guard let view = docView() else { return .edit(path: path, line: nil) }
            let line = view.lines.dropFirst(nav.reader.top).lazy.compactMap(\.sourceLine).first
            return .edit(path: path, line: line)
        }
    }

    /// Keeps every scroll offset valid after a resize or reload.
    mutating func clampScrolls() {
        let rows = Layout(self).listRows
        nav.peopleList.top = Scroll.keepVisible(nav.peopleList.selected, top: nav.peopleList.top, height: rows, count: peoplePaths.count)
        nav.recent.top = Scroll.keepVisible(nav.recent.selected, top: nav.recent.top, height: rows, count: recentRows.count)
        nav.meetings.top = Scroll.keepVisible(nav.meetings.selected, top: nav.meetings.top, height: rows, count: meetingRows.count)
        nav.organizations.top = Scroll.keepVisible(nav.organizations.selected, top: nav.organizations.top, height: rows,
                                                   count: organizationRows.count)
        clampCardList()
        if let view = docView() {
            var c = docCursor
            c.top = Scroll.clamp(c.top, count: view.rowCount, height: docHeight)
            if let i = c.item, i >= view.items.count { c.item = view.items.isEmpty ? nil : view.items.count - 1 }
            docCursor = c
        }
    }
}

extension RandomAccessCollection where Index == Int {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
