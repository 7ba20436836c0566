import KithCore

extension AppState {
    /// Takes an index that changed under the user (another program, or the editor) without
    /// moving them: the person, the Recent entry and the transcript stay selected by identity,
    /// every scroll offset is kept (clamped when the document got shorter), and a reader whose
    /// note was deleted goes back to where it came from.
    /// `search`, `rows` and `views` are the index's search structures, list rows and showing
    /// document built in the background (nil: derived here).
    mutating func apply(updated index: VaultIndex, search built: SearchIndex?, rows: DerivedRows? = nil,
                        views builtViews: DocumentViews? = nil, message: String?) {
        let recentItem = recentRows[safe: nav.recent.selected]?.interaction
        let recentMeeting: String? = {
            if case .meeting(let m)? = recentRows[safe: nav.recent.selected] { return m.path }
            return nil
        }()
        let upcoming: UpcomingItem? = {
            if case .upcoming(let u)? = recentRows[safe: nav.recent.selected] { return u }
            return nil
        }()
        let transcript = meetingRows[safe: nav.meetings.selected]?.path
        let previous = self.index
        self.index = index
        var next = built ?? (previous.map { search.updated(from: $0, to: index) } ?? SearchIndex(index))
        next.keepSession(of: search)
        search = next
        installViews(usable(builtViews, search: built, rows: rows))
        status = .loaded(notes: index.notes.count, seconds: index.buildSeconds)
        refreshDerived(rows)
        if let recentItem {
            // The same entry, else the same person's entry at that line (its text was edited).
            let same = recentRows.firstIndex(whereInteraction: { $0 == recentItem })
                ?? recentRows.firstIndex(whereInteraction: { $0.person == recentItem.person && $0.line == recentItem.line })
            if let same { nav.recent.selected = same }
        }
        if let upcoming, let same = recentRows.firstIndex(of: .upcoming(upcoming)) { nav.recent.selected = same }
        if let recentMeeting, let same = recentRows.firstIndex(ofMeeting: recentMeeting) {
            nav.recent.selected = same
        }
        if let transcript, let i = meetingRows.firstIndex(where: { $0.path == transcript }) {
            nav.meetings.selected = i
        }
        var text = message
        let shownPath: String? = {
            switch nav.page {
            case .reader(let path), .brief(let path): return path
            default: return nil
            }
        }()
        if let path = shownPath, index.note(path) == nil {
            if let previous = back.popLast() {
                forward.removeAll()
                nav = previous
                syncDerivedSelections()
            } else {
                nav.page = .people
            }
            text = "\(path.split(separator: "/").last.map(String.init) ?? path) was removed"
        }
        refreshSearch()
        clampScrolls()
        if let text { self.message = StatusMessage(text) }
    }

    /// The documents of a newly installed index (the showing one when built with it, else
    /// none): every other kept card belonged to the previous index. Counts the generation, so
    /// a card still being built for the previous index is dropped when it arrives.
    mutating func installViews(_ built: DocumentViews?) {
        let generation = views.generation + 1
        views = built ?? DocumentViews()
        views.generation = generation
    }

    /// Documents built in the background, when they were built as this state would build them:
    /// with the search structures it installs and for its policy and day.
    func usable(_ views: DocumentViews?, search built: SearchIndex?, rows: DerivedRows?) -> DocumentViews? {
        guard let views, built != nil, let rows, rows.fits(policy: contactPolicy, today: today) else { return nil }
        return views
    }
}
