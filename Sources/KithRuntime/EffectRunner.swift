import Foundation
import KithCore
import KithUI

/// Carries out the effects `update` asks for and reports each outcome as an action: the ones
/// known at once are returned (the session feeds them to `update` before drawing), the ones
/// that finish later (the index, a browser that fails) are posted to the sink. It never
/// touches the state itself.
public final class EffectRunner {
    private let vaultRoot: String
    private let live: LiveIndex
    private let host: SessionHost
    private let launcher: BackgroundLauncher
    private let sink: ActionSink
    /// The environment the editor and the browser are chosen from (`$VISUAL`, `$EDITOR`,
    /// `$BROWSER`, `$PATH`; the config's `editor` already stands in for `$VISUAL`).
    private let environment: [String: String]
    private let programExists: (String, [String: String]) -> Bool
    /// How long the UI thread waits for a card before drawing "loading card…" (ms): long
    /// enough for most cards to show in the frame of the key that asked, short enough not
    /// to be felt.
    private let cardWaitMs: Int

    public init(vaultRoot: String, live: LiveIndex, host: SessionHost, sink: ActionSink,
                launcher: BackgroundLauncher = DetachedLauncher(),
                environment: [String: String] = ProcessInfo.processInfo.environment,
                programExists: @escaping (String, [String: String]) -> Bool = LinkOpener.onPath,
                cardWaitMs: Int = 30) {
        self.vaultRoot = VaultLoader.absolutePath(vaultRoot)
        self.live = live
        self.host = host
        self.launcher = launcher
        self.sink = sink
        self.environment = environment
        self.programExists = programExists
        self.cardWaitMs = cardWaitMs
    }

    /// Hands `action` to `update`, runs the effects it asks for and hands their reports back
    /// to `update`, until none are left; then tells the live index which document shows (it
    /// builds that one with the next index). What the session calls for every input.
    public func dispatch(_ action: Action, to state: AppState, keymap: Keymap? = nil) -> AppState {
        var pending = [action]
        var s = state
        while !pending.isEmpty {
            let effects: [Effect]
            (s, effects) = KithApp.update(s, pending.removeFirst(), keymap: keymap)
            for effect in effects { pending += perform(effect, in: s) }
        }
        live.show(s.shownDocument)
        return s
    }

    /// Runs one effect; returns the actions that report it now. `state` is the state that
    /// asked (a card is built from its index; without one there is none to build).
    public func perform(_ effect: Effect, in state: AppState? = nil) -> [Action] {
        switch effect {
        case .quit:
            host.quit()
            return []
        case .loadIndex:
            live.load()
            return []
        case .reload:
            live.reload()
            return [.reloadStarted]
        case .cycleTheme:
            guard let theme = host.nextTheme() else { return [.notice("no other theme", isError: false)] }
            return [.themeChanged(name: theme.name, origin: theme.origin)]
        case .edit(let path, let line):
            return [.editorFinished(edit(path, line: line))]
        case .openLink(let url):
            return [.linkOpened(open(url))]
        case .buildCard(let key):
            guard let state, let index = state.index else { return [] }
            let request = CardWorker.Request(key: key, generation: state.views.generation, index: index,
                                             filter: state.search.mentionFilter, policy: state.contactPolicy,
                                             today: state.today, awaitingFilters: state.search.mentionsPending)
            return live.cards.request(request, waitMs: cardWaitMs).map { .cardBuilt($0) }
        case .setTheme(let name):
            guard let theme = host.setTheme(named: name) else { return [.notice("no theme named \(name)", isError: true)] }
            return [.themeChanged(name: theme.name, origin: theme.origin)]
        case .copyToClipboard(let text):
            return [.clipboardWritten(host.copyToClipboard(text))]
        }
    }

    /// Runs the editor on a note with the UI suspended. A note whose content changed is read
    /// again whatever the editor's exit (vim's `:cq` can still have saved); the index then
    /// arrives with "… changed".
    private func edit(_ path: String, line: Int?) -> EditorReport {
        let file = vaultRoot + "/" + path
        let before = ContentDigest(file: file)
        let exit = host.runInForeground(EditorCommand.argv(file: file, line: line, environment: environment))
        let changed = ContentDigest(file: file) != before
        if changed {
            let name = String(path.split(separator: "/").last ?? Substring(path))
            live.update([path], announce: "\(name) changed")
        }
        return EditorReport(path: path, editor: EditorCommand.editor(environment: environment), exit: exit, changed: changed)
    }

    /// Hands an http, https or mailto link to the browser; a failure to open it arrives later.
    private func open(_ url: String) -> LinkReport {
        guard LinkReport.opens(url) else { return .refused(url: url) }
        guard let (argv, program) = LinkOpener.command(for: url, environment: environment, exists: programExists) else {
            return .noOpener(url: url)
        }
        launcher.start(argv) { [sink] exit in
            if exit != .exited(0) { sink.post(.linkOpened(.failed(url: url, program: program, exit: exit))) }
        }
        return .opened(url: url, program: program)
    }
}
