import KithCore

/// What the runtime reports back (the index, the editor, the theme, a link, the clock): the
/// only way its work reaches the state.
extension AppState {
    /// Installs a freshly loaded index (the first load, `R`, or a rescan after lost events).
    /// `message` says what a reload found; the first load says nothing (the status line shows
    /// the index's size and time).
    mutating func install(_ index: VaultIndex, search built: SearchIndex?, rows: DerivedRows?,
                          views builtViews: DocumentViews?, message text: String?) {
        self.index = index
        search = built ?? SearchIndex(index)
        installViews(usable(builtViews, search: built, rows: rows))
        status = .loaded(notes: index.notes.count, seconds: index.buildSeconds)
        refreshDerived(rows)
        refreshSearch()
        clampScrolls()
        if let text {
            message = StatusMessage(text)
        } else if let likely = derived.ownerSuggestion {
            // Said once, when the vault is first shown: until the owner is named they fill
            // every co-attendee and Due list, and nothing else on screen says why.
            // Short enough for the status line at 80 columns beside `? help`.
            message = StatusMessage("Is \(likely.name) you? Set me = \"\(likely.name)\" in config.toml")
        }
    }

    /// The mention filters built in the background for the index showing. The live index
    /// posts them before any later index, so they only ever meet their own (or, after a
    /// replacing one, search structures that are not waiting: then they are dropped).
    /// Cards still searching their mentions are built again: the showing one at once, in
    /// the background when cards are built there (the placeholder stays until it arrives).
    mutating func install(mentions filter: MentionFilter, for built: VaultIndex) {
        guard let index, search.mentionsPending, filter.fits(index), filter.fits(built) else { return }
        search = search.with(mentions: filter)
        if buildsCardsInBackground {
            views.requested = nil
        } else {
            views.dropIncompleteCards()
        }
    }

    /// A status message gives way `messageLifetimeMs` (errors: `errorLifetimeMs`) after the
    /// first tick that saw it.
    mutating func expireMessage(now: Int) {
        guard let m = message else { return }
        guard let shown = messageShownAt else {
            messageShownAt = now
            return
        }
        let lifetime = m.isError ? Self.errorLifetimeMs : Self.messageLifetimeMs
        if now - shown >= lifetime { message = nil }
    }
}

extension EditorReport {
    /// The status line after the editor: what changed, or why the editor did not run.
    var statusMessage: StatusMessage {
        let name = String(path.split(separator: "/").last ?? Substring(path))
        switch exit {
        case .exited(0):
            return StatusMessage(changed ? "re-reading \(name)…" : "no changes to \(name)")
        case .exited(127):
            // `sh -c 'exec editor'` says 127 when there is no such program.
            return StatusMessage("editor not found: \(editor) (set $VISUAL, $EDITOR or editor in config.toml)", isError: true)
        case .exited(let code):
            return StatusMessage("editor exited with status \(code): \(editor)", isError: true)
        case .signaled(let sig):
            return StatusMessage("editor was stopped by signal \(sig)", isError: true)
        case .failedToStart(let program, let reason):
            return StatusMessage("cannot run \(program): \(reason)", isError: true)
        }
    }
}

extension LinkReport {
    /// The status line after an external link: where it went, or the URL itself to copy.
    var statusMessage: StatusMessage {
        switch self {
        case .opened(let url, let program):
            return StatusMessage("opened \(url) with \(program)")
        case .noOpener(let url):
            return StatusMessage("\(url)  (set $BROWSER to open links)")
        case .failed(let url, let program, let exit):
            let why: String
            switch exit {
            case .exited(let code): why = "exited with status \(code)"
            case .signaled(let sig): why = "stopped by signal \(sig)"
            case .failedToStart(_, let reason): why = reason
            }
            return StatusMessage("\(program) could not open \(url): \(why)", isError: true)
        case .refused(let url):
            return StatusMessage("not opened (only http, https and mailto links open): \(url)")
        }
    }
}
