import Foundation
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

    /// Runs until the user quits; returns the process exit code.
    func run() -> Int32 {
        let terminal = Terminal()
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
        perform(&startEffects, state: &state, mailbox: mailbox, context: nil)
        do {
            return try terminal.run(initial: state, mailbox: mailbox, tickMs: 1000, update: { state, input, context in
                let action: Action
                switch input {
                case .event(let e): action = Action(e)
                case .message(let a): action = a
                case .tick: action = .tick
                }
                var effects: [Effect]
                (state, effects) = KithApp.update(state, action)
                perform(&effects, state: &state, mailbox: mailbox, context: context)
            }, render: { state, cols, rows in
                KithApp.render(state, cols: cols, rows: rows)
            })
        } catch {
            FileHandle.standardError.write(Data("kith: \(error)\n".utf8))
            return 2
        }
    }

    /// Carries out effects; some (the editor) lead to further actions.
    private func perform(_ effects: inout [Effect], state: inout AppState, mailbox: Mailbox<Action>,
                         context: LoopContext?) {
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            switch effect {
            case .quit:
                context?.quit(0)
            case .loadIndex, .reload:
                loadInBackground(mailbox: mailbox)
            case .edit(let path, let line):
                guard let context else { continue }
                let file = VaultLoader.absolutePath(vaultPath) + "/" + path
                let result = context.runExternal(argv: EditorCommand.argv(file: file, line: line))
                var more: [Effect]
                switch result {
                case .exited(0):
                    (state, more) = KithApp.update(state, .key(.char("R")))
                    state.message = StatusMessage("edited \(path)")
                case .exited(let code):
                    more = []
                    state.message = StatusMessage("editor exited with status \(code): \(EditorCommand.editor())", isError: true)
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
        Thread.detachNewThread {
            do {
                let index = try VaultLoader.load(root: root) { done, total in
                    mailbox.post(.indexProgress(done: done, total: total))
                }
                mailbox.post(.indexLoaded(index))
            } catch {
                mailbox.post(.indexFailed("\(error)"))
            }
        }
    }
}
