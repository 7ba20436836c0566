import KithCore

/// Work the terminal loop does for `update`, which stays pure.
public enum Effect: Hashable, Sendable {
    /// Leave the app.
    case quit
    /// Suspend the UI, run `$EDITOR` on the vault-relative path (at a 1-based line), then
    /// resume and re-read the file if it changed.
    case edit(path: String, line: Int?)
    /// Rebuild the index in the background (report with `.indexProgress` / `.indexLoaded`).
    case reload
    /// The first load of the index (same reporting as `.reload`).
    case loadIndex
    /// Switch to the next color theme (the loop holds the themes; the UI only names roles).
    case cycleTheme
}

/// What `update` reacts to: terminal input and background work reporting back.
public enum Action: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(cols: Int, rows: Int)
    case indexProgress(done: Int, total: Int)
    /// A loaded index, with its search structures, list rows and the showing document when
    /// built in the background (nil: built here, as tests that have only an index do).
    case indexLoaded(VaultIndex, search: SearchIndex? = nil, rows: DerivedRows? = nil, views: DocumentViews? = nil)
    case indexFailed(String)
    /// The index after files changed on disk (live reload, or the editor's save): applied
    /// keeping the selection and scroll; `message` (what changed) goes to the status line.
    /// `search`, `rows` and `views` are the index's search structures, list rows and the
    /// document that was showing (`AppState.shownDocument`), built in the background (nil:
    /// built here; a document the user has since left is built here too).
    case indexUpdated(VaultIndex, search: SearchIndex? = nil, rows: DerivedRows? = nil, views: DocumentViews? = nil,
                      message: String?)
    /// A note for the status line from background work (the watcher's warnings).
    case notice(String, isError: Bool)
    /// A timer tick (clears stale messages).
    case tick

    /// The action for a terminal event.
    public init(_ event: TerminalEvent) {
        switch event {
        case .key(let k): self = .key(k)
        case .mouse(let m): self = .mouse(m)
        case .resize(let c, let r): self = .resize(cols: c, rows: r)
        }
    }
}
