import Foundation
import KithConfig
import KithCore
import KithTerminal
import KithUI

/// Runs the full-screen browser on a vault: connects `KithUI`'s pure update and render to the
/// terminal loop, and carries out the effects update asks for (load the index in the
/// background, run the editor, quit).
struct BrowserSession {
    let vaultPath: String
    let displayName: String
    /// Config file, themes and the theme to start with (`BrowserSettings.load`).
    var settings = BrowserSettings()
    /// The day ages and due dates are counted from (`--today`, `$KITH_TODAY`, else the clock).
    let today: CalendarDate

    /// Runs until the user quits; returns the process exit code.
    func run() -> Int32 {
        var theme = settings.theme
        let keymap = KeyBindings.keymap(overriding: settings.config.keys)
        let terminal = Terminal(options: Terminal.Options(palette: theme.palette))
        do {
            try terminal.start()
        } catch {
            FileHandle.standardError.write(Data("kith: \(error)\n".utf8))
            return 2
        }
        let mailbox = Mailbox<Action>()
        let (initial, effects) = AppState.start(vaultName: displayName, today: today,
                                                cols: terminal.size.cols, rows: terminal.size.rows)
        var startEffects = effects
        var state = initial
        state.staleDays = settings.config.staleDays
        state.tagCadences = settings.config.tagCadences
        state.yearlyKeys = settings.config.yearly
        let live = LiveIndex(root: vaultPath, classifier: settings.config.classifier,
                             policy: state.contactPolicy, today: today, mailbox: mailbox)
        defer { live.stop() }
        state.message = settings.startMessage
        perform(&startEffects, state: &state, theme: &theme, live: live, context: nil)
        live.watch()
        var debugCrash = DebugCrash()
        do {
            return try terminal.run(initial: state, mailbox: mailbox, tickMs: 1000, update: { state, input, context in
                let action: Action
                switch input {
                case .event(let e): action = Action(e)
                case .message(let a): action = a
                case .tick: action = .tick
                }
                debugCrash.observe(action)
                var effects: [Effect]
                (state, effects) = KithApp.update(state, action, keymap: keymap)
                live.show(state.shownDocument)
                perform(&effects, state: &state, theme: &theme, live: live, context: context)
            }, render: { state, cols, rows in
                KithApp.render(state, cols: cols, rows: rows)
            })
        } catch {
            FileHandle.standardError.write(Data("kith: \(error)\n".utf8))
            return 2
        }
    }

    /// Carries out effects; some (the editor) lead to further actions.
    private func perform(_ effects: inout [Effect], state: inout AppState, theme: inout Theme,
                         live: LiveIndex, context: LoopContext?) {
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            switch effect {
            case .quit:
                context?.quit(0)
            case .loadIndex, .reload:
                live.reload()
            case .cycleTheme:
                theme = settings.themes.next(after: theme.name)
                context?.terminal.setPalette(theme.palette)
                state.message = StatusMessage("theme \(theme.name) (\(theme.origin))")
            case .edit(let path, let line):
                guard let context else { continue }
                state.message = edit(path, line: line, context: context, live: live)
            }
        }
    }

    /// Runs the editor on a note with the UI suspended; afterwards re-reads the note only when
    /// the editor changed it (the index then arrives with "… changed"). Returns the status line.
    private func edit(_ path: String, line: Int?, context: LoopContext, live: LiveIndex) -> StatusMessage {
        let file = VaultLoader.absolutePath(vaultPath) + "/" + path
        let name = String(path.split(separator: "/").last ?? Substring(path))
        let environment = settings.editorEnvironment
        let before = FileStamp(file)
        let result = context.runExternal(argv: EditorCommand.argv(file: file, line: line, environment: environment))
        let changed = FileStamp(file) != before
        // Whatever the editor's exit, a file it wrote is read again (vim's :cq can still have saved).
        if changed { live.update([path], announce: "\(name) changed") }
        switch result {
        case .exited(0):
            return StatusMessage(changed ? "re-reading \(name)…" : "no changes to \(name)")
        case .exited(127):
            // `sh -c 'exec editor'` says 127 when there is no such program.
            return StatusMessage("editor not found: \(EditorCommand.editor(environment: environment)) (set $VISUAL, $EDITOR or editor in config.toml)", isError: true)
        case .exited(let code):
            return StatusMessage("editor exited with status \(code): \(EditorCommand.editor(environment: environment))", isError: true)
        case .signaled(let sig):
            return StatusMessage("editor was stopped by signal \(sig)", isError: true)
        case .failedToStart(let program, let err):
            return StatusMessage("cannot run \(program): \(String(cString: strerror(err)))", isError: true)
        }
    }
}
