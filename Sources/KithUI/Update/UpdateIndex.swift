import KithCore

extension AppState {
    /// Takes an index that changed under the user (another program, or the editor) without
    /// moving them: the person, the Recent entry and the transcript stay selected by identity,
    /// every scroll offset is kept (clamped when the document got shorter), and a reader whose
    /// note was deleted goes back to where it came from.
    /// `search` and `rows` are the index's search structures and list rows built in the
    /// background (nil: derived here).
    mutating func apply(updated index: VaultIndex, search built: SearchIndex?, rows: DerivedRows? = nil,
                        message: String?) {
        let recentItem: Interaction? = {
            if case .item(let i)? = recentRows[safe: nav.recent.selected] { return i }
            return nil
        }()
        let transcript = transcriptRows[safe: nav.transcripts.selected]?.path
        let previous = self.index
        self.index = index
        views = DocumentViews()
        var next = built ?? (previous.map { search.updated(from: $0, to: index) } ?? SearchIndex(index))
        next.keepSession(of: search)
        search = next
        status = .loaded(notes: index.notes.count, seconds: index.buildSeconds)
        refreshDerived(rows)
        if let recentItem {
            // The same entry, else the same person's entry at that line (its text was edited).
            let same = recentRows.firstIndex { if case .item(let i) = $0 { return i == recentItem } else { return false } }
                ?? recentRows.firstIndex {
                    if case .item(let i) = $0 { return i.person == recentItem.person && i.line == recentItem.line }
                    return false
                }
            if let same { nav.recent.selected = same }
        }
        if let transcript, let i = transcriptRows.firstIndex(where: { $0.path == transcript }) {
            nav.transcripts.selected = i
        }
        var text = message
        if case .reader(let path) = nav.page, index.note(path) == nil {
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
}
