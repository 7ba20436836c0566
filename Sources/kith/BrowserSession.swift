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
    var today = CalendarDate.today()
    /// Config file, themes and the theme to start with (`BrowserSettings.load`).
    var settings = BrowserSettings()

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
        state.message = settings.startMessage
        perform(&startEffects, state: &state, theme: &theme, mailbox: mailbox, context: nil)
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
                perform(&effects, state: &state, theme: &theme, mailbox: mailbox, context: context)
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
                         mailbox: Mailbox<Action>, context: LoopContext?) {
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            switch effect {
            case .quit:
                context?.quit(0)
            case .loadIndex, .reload:
                loadInBackground(mailbox: mailbox)
            case .cycleTheme:
                theme = settings.themes.next(after: theme.name)
                context?.terminal.setPalette(theme.palette)
                state.message = StatusMessage("theme \(theme.name) (\(theme.origin))")
            case .edit(let path, let line):
                guard let context else { continue }
                let file = VaultLoader.absolutePath(vaultPath) + "/" + path
                let result = context.runExternal(argv: EditorCommand.argv(file: file, line: line, environment: settings.editorEnvironment))
                var more: [Effect]
                switch result {
                case .exited(0):
                    // Reload directly: going through the `R` key would break when it is rebound.
                    more = [.reload]
                    state.message = StatusMessage("edited \(path), reloading…")
                case .exited(let code):
                    more = []
                    state.message = StatusMessage("editor exited with status \(code): \(EditorCommand.editor(environment: settings.editorEnvironment))", isError: true)
                case .signaled(let sig):
                    more = []
                    state.message = StatusMessage("editor was stopped by signal \(sig)", isError: true)
                case .failedToStart(let program, let err):
                    more = []
                    state.message = StatusMessage("cannot run \(program): \(String(cString: strerror(err)))", isError: true)
                }
                effects += more
            }
        }
    }

    /// Indexes the vault on another thread; progress and the result arrive through the mailbox.
    private func loadInBackground(mailbox: Mailbox<Action>) {
        let root = vaultPath
        let classifier = settings.config.classifier
        Thread.detachNewThread {
            do {
                let index = try VaultLoader.load(root: root, classifier: classifier) { done, total in
                    mailbox.post(.indexProgress(done: done, total: total))
                }
                mailbox.post(.indexLoaded(index))
            } catch {
                mailbox.post(.indexFailed("\(error)"))
            }
        }
    }
}
