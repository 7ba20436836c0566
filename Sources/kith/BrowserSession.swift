import Foundation
import KithConfig
import KithCore
import KithRuntime
import KithTerminal
import KithUI

/// Runs the full-screen browser on a vault: connects `KithUI`'s pure update and render to the
/// terminal loop through `KithRuntime` (the live index and the effect runner). Wiring only.
struct BrowserSession {
    let vaultPath: String
    let displayName: String
    /// Config file, themes and the theme to start with (`BrowserSettings.load`).
    var settings = BrowserSettings()
    /// The day ages and due dates are counted from (`--today`, `$KITH_TODAY`, else the clock).
    let today: CalendarDate
    /// Where the vault's snapshot is kept (nil: `--no-cache`, and the demo's scratch copies).
    var cache: SnapshotStore?

    /// Runs until the user quits; returns the process exit code.
    func run() -> Int32 {
        let keymap = KeyBindings.keymap(overriding: settings.config.keys)
        let terminal = Terminal(options: Terminal.Options(palette: settings.theme.palette))
        do {
            try terminal.start()
        } catch {
            Console.writeError("kith: \(error)\n")
            return 2
        }
        let mailbox = Mailbox<Action>()
        var (state, startEffects) = AppState.start(vaultName: displayName, today: today,
                                                   cols: terminal.size.cols, rows: terminal.size.rows)
        state.staleDays = settings.config.staleDays
        state.tagCadences = settings.config.tagCadences
        state.yearlyKeys = settings.config.yearly
        state.keymap = keymap
        state.asciiGlyphs = Sparkline.prefersASCII(environment: ProcessInfo.processInfo.environment)
        state.themeNames = settings.themes.themes.map(\.name)
        state.themeName = settings.theme.name
        state.message = settings.startMessage
        // Cards are built by the runtime off the UI thread ("loading card…" meanwhile).
        state.buildsCardsInBackground = true
        let live = LiveIndex(root: vaultPath, classifier: settings.config.classifier,
                             overrides: settings.config.vaultOverrides,
                             policy: state.contactPolicy, today: today, sink: mailbox, cache: cache)
        defer { live.stop() }
        let host = TerminalHost(terminal: terminal, settings: settings)
        let runner = EffectRunner(vaultRoot: vaultPath, live: live, host: host, sink: mailbox,
                                  environment: settings.editorEnvironment)
        for effect in startEffects {
            for action in runner.perform(effect) { state = runner.dispatch(action, to: state, keymap: keymap) }
        }
        live.startWatching()
        // Ticks carry milliseconds of this clock: update compares them, never reads a clock.
        let clock = ContinuousClock()
        let origin = clock.now
        var debugCrash = DebugCrash()
        do {
            let code = try terminal.run(initial: state, mailbox: mailbox, tickMs: 1000, update: { state, input, context in
                host.context = context
                let action: Action
                switch input {
                case .event(let e): action = Action(e)
                case .message(let a): action = a
                case .tick:
                    let (seconds, atto) = (clock.now - origin).components
                    action = .tick(at: Int(seconds) * 1000 + Int(atto / 1_000_000_000_000_000))
                }
                debugCrash.observe(action)
                state = runner.dispatch(action, to: state, keymap: keymap)
            }, render: { state, _, _ in
                // The loop has passed any size change through update before it renders.
                KithApp.render(state)
            })
            // The terminal is restored; a snapshot still being written after a full index is
            // finished, or the next start would index the whole vault again.
            if live.isWritingSnapshot { Console.writeError("kith: saving the index for a fast next start…\n") }
            live.finishWrites()
            return code
        } catch {
            Console.writeError("kith: \(error)\n")
            return 2
        }
    }
}

/// The terminal side of the runtime: quitting the loop, the editor with the UI suspended, and
/// the color themes.
final class TerminalHost: SessionHost {
    private let terminal: Terminal
    private let themes: ThemeCatalog
    private var theme: Theme
    /// The loop's context during the current update (set by the session before each).
    var context: LoopContext?

    init(terminal: Terminal, settings: BrowserSettings) {
        self.terminal = terminal
        themes = settings.themes
        theme = settings.theme
    }

    func quit() { context?.quit(0) }

    func runInForeground(_ argv: [String]) -> ProgramExit {
        switch terminal.runExternal(argv: argv) {
        case .exited(let code): return .exited(code)
        case .signaled(let sig): return .signaled(sig)
        case .failedToStart(let program, let err): return .failedToStart(program: program, reason: String(cString: strerror(err)))
        }
    }

    func nextTheme() -> (name: String, origin: String)? {
        theme = themes.next(after: theme.name)
        terminal.setPalette(theme.palette)
        return (theme.name, "\(theme.origin)")
    }

    func setTheme(named name: String) -> (name: String, origin: String)? {
        guard let next = themes.theme(named: name) else { return nil }
        theme = next
        terminal.setPalette(theme.palette)
        return (theme.name, "\(theme.origin)")
    }

    func copyToClipboard(_ text: String) -> ClipboardReport {
        switch terminal.copyToClipboard(text) {
        case .sent: return .copied(text: text)
        case .unsupported(let reason): return .unsupported(text: text, reason: reason)
        }
    }
}

extension Mailbox: ActionSink where Message == Action {}
