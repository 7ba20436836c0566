import KithCore

/// Work the runtime does for `update`, which stays pure. Each effect that has an outcome
/// reports it back as an `Action`, so only `update` changes the state.
public enum Effect: Hashable, Sendable {
    /// Leave the app.
    case quit
    /// Suspend the UI, run `$EDITOR` on the vault-relative path (at a 1-based line), then
    /// resume, re-read the file if its content changed, and report `.editorFinished`.
    case edit(path: String, line: Int?)
    /// Rebuild the index in the background (reports `.reloadStarted`, then `.indexProgress`,
    /// `.indexLinking` and `.indexLoaded`).
    case reload
    /// The first load of the index (same reporting as `.reload`, without `.reloadStarted`).
    case loadIndex
    /// Switch to the next color theme (the runtime holds the themes; the UI only names roles);
    /// reports `.themeChanged`.
    case cycleTheme
    /// Open an external link (http, https, mailto) with `$BROWSER`, else `xdg-open`; reports
    /// `.linkOpened`.
    case openLink(url: String)
    /// Build a person's card off the UI thread from the state's index (only when
    /// `AppState.buildsCardsInBackground`); reports `.cardBuilt`, first without the unlinked
    /// mentions when they take a while, then complete.
    case buildCard(DocumentViews.Key)
    /// Switch to the named color theme (the palette's choice); reports `.themeChanged`.
    case setTheme(name: String)
    /// Put `text` on the clipboard of the terminal (OSC 52, which ssh and tmux pass on);
    /// reports `.clipboardWritten`.
    case copyToClipboard(text: String)
}

/// What `update` reacts to: terminal input and background work reporting back.
public enum Action: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(cols: Int, rows: Int)
    /// Notes parsed so far out of all the vault's notes.
    case indexProgress(done: Int, total: Int)
    /// Every note is parsed; links are being resolved and the search structures built.
    case indexLinking(notes: Int)
    /// A loaded index, with its search structures, list rows and the showing document when
    /// built in the background (nil: built here, as tests that have only an index do), and
    /// what a reload found (`message`, for the status line; nil on the first load).
    case indexLoaded(VaultIndex, search: SearchIndex? = nil, rows: DerivedRows? = nil, views: DocumentViews? = nil,
                     message: String? = nil)
    /// The mention filters of `index`, built in the background after it loaded (see
    /// `SearchIndex.mentionsPending`): cards still searching their mentions are built again.
    case mentionFiltersBuilt(MentionFilter, for: VaultIndex)
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
    /// `R` was taken up: the whole vault is being indexed again.
    case reloadStarted
    /// The editor returned (see `EditorReport`).
    case editorFinished(EditorReport)
    /// The next theme is in use.
    case themeChanged(name: String, origin: String)
    /// What became of an external link (see `LinkReport`).
    case linkOpened(LinkReport)
    /// A card asked for with `.buildCard` (see `CardBuild`).
    case cardBuilt(CardBuild)
    /// What became of a copy to the clipboard (see `ClipboardReport`).
    case clipboardWritten(ClipboardReport)
    /// A timer tick at `at` milliseconds of a monotonic clock (the runtime's, injected: update
    /// never reads a clock). Status messages give way a few seconds after they appear.
    case tick(at: Int)

    /// The action for a terminal event.
    public init(_ event: TerminalEvent) {
        switch event {
        case .key(let k): self = .key(k)
        case .mouse(let m): self = .mouse(m)
        case .resize(let c, let r): self = .resize(cols: c, rows: r)
        }
    }
}

/// How a program the runtime ran ended.
public enum ProgramExit: Hashable, Sendable {
    /// It ran and exited with this status.
    case exited(Int32)
    /// It was killed by this signal.
    case signaled(Int32)
    /// It could not be started; `reason` is the system's (e.g. "No such file or directory").
    case failedToStart(program: String, reason: String)
}

/// What the editor did to a note.
public struct EditorReport: Hashable, Sendable {
    /// The vault-relative path that was edited.
    public var path: String
    /// The editor command as chosen (`vi`, `code -w`), for messages.
    public var editor: String
    public var exit: ProgramExit
    /// Whether the note's content differs from before (compared by content, not mtime: `:wq`
    /// without an edit rewrites the file unchanged).
    public var changed: Bool

    public init(path: String, editor: String, exit: ProgramExit, changed: Bool) {
        self.path = path
        self.editor = editor
        self.exit = exit
        self.changed = changed
    }
}

/// What became of an external link.
public enum LinkReport: Hashable, Sendable {
    /// Handed to `program` (`firefox`, `xdg-open`).
    case opened(url: String, program: String)
    /// Nothing to open it with (no `$BROWSER`, no `xdg-open`): the URL is shown instead.
    case noOpener(url: String)
    /// The opener ran and failed.
    case failed(url: String, program: String, exit: ProgramExit)
    /// Not a scheme kith hands out (only http, https and mailto are opened).
    case refused(url: String)

    /// Whether kith hands `url` to a browser: http, https and mailto only (a `file:` or
    /// `javascript:` link in a synced note must not run anything).
    public static func opens(_ url: String) -> Bool {
        let lower = url.lowercased()
        return ["http://", "https://", "mailto:"].contains { lower.hasPrefix($0) }
    }
}


/// What became of a copy to the clipboard.
public enum ClipboardReport: Hashable, Sendable {
    /// Sent to the terminal as OSC 52 (the terminal, or tmux with `set-clipboard on`, keeps it).
    case copied(text: String)
    /// The terminal cannot take it (the Linux console prints OSC 52 instead of obeying it).
    case unsupported(text: String, reason: String)
}
