import Glibc
import KithUI

/// A thread-safe queue into the run loop: background work (the index filling in, a search)
/// posts results from any thread; the loop drains it every iteration (at least every 100 ms)
/// and hands each message to `update` on the UI thread.
///
/// Guarded by a pthread mutex rather than `Synchronization.Mutex`: ThreadSanitizer does not see
/// the latter's futex on Linux and reported its (correct) locking as a race, which would hide a
/// real one on this, the one path between the background index and the UI thread.
public final class Mailbox<Message: Sendable>: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let m = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(m, nil)
        return m
    }()
    private var queue: [Message] = []

    public init() {}

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// Queues `message` for the next loop iteration. Callable from any thread.
    public func post(_ message: Message) {
        pthread_mutex_lock(lock)
        queue.append(message)
        pthread_mutex_unlock(lock)
    }

    /// Takes every queued message, oldest first.
    public func drain() -> [Message] {
        pthread_mutex_lock(lock)
        let all = queue
        queue.removeAll()
        pthread_mutex_unlock(lock)
        return all
    }
}

/// What the run loop hands the app's `update`.
public enum LoopInput<Message: Sendable>: Sendable {
    case event(TerminalEvent)
    /// A message a background task posted to the mailbox.
    case message(Message)
    /// The periodic tick (only when `run` was given a `tickMs`), e.g. for a spinner.
    case tick
}

/// What `update` can ask of the loop beyond changing its state.
public final class LoopContext {
    /// The terminal, e.g. for `runExternal(argv:)` (the editor) or `size`.
    public let terminal: Terminal
    var quitCode: Int32?

    init(terminal: Terminal) { self.terminal = terminal }

    /// Ends the loop after this update; `run` returns `code`.
    public func quit(_ code: Int32 = 0) { quitCode = code }

    /// Suspends the UI, runs a program on the terminal, and repaints (see `Terminal.runExternal`).
    public func runExternal(argv: [String]) -> ExternalResult { terminal.runExternal(argv: argv) }
}

extension Terminal {
    /// The app's main loop, generic over its state: starts the terminal if needed, draws
    /// `render(state, cols, rows)`, then repeats: wait up to 100 ms for input, hand it (and any
    /// mailbox messages, and ticks) to `update`, and draw the new frame when it differs.
    /// SIGINT/SIGTERM/SIGHUP end it; after Ctrl-Z and `fg` the screen is repainted.
    /// Always leaves through `stop()`. Returns the exit code: `quit`'s, or 128 + the signal.
    public func run<State, Message: Sendable>(
        initial: State,
        mailbox: Mailbox<Message>,
        tickMs: Int? = nil,
        update: (inout State, LoopInput<Message>, LoopContext) -> Void,
        render: (State, _ cols: Int, _ rows: Int) -> CellGrid
    ) throws(StartError) -> Int32 {
        if !isStarted { try start() }
        defer { stop() }
        let context = LoopContext(terminal: self)
        var state = initial
        var frame = render(state, size.cols, size.rows)
        draw(frame)
        var nextTick = tickMs.map { ContinuousClock.now + .milliseconds($0) }
        while true {
            if let code = TerminalSignals.exitCode { return code }
            if TerminalSignals.takeResumed() {
                invalidate()
                draw(frame)
            }
            var changed = false
            let wait = nextTick.map { max(0, min(100, Terminal.millis(until: $0))) } ?? 100
            if let event = readEvent(timeoutMs: wait) {
                update(&state, .event(event), context)
                changed = true
                // Take what else is already typed or pasted before drawing.
                var burst = 0
                while context.quitCode == nil, burst < 64, let more = readEvent(timeoutMs: 0) {
                    update(&state, .event(more), context)
                    burst += 1
                }
            }
            for message in mailbox.drain() where context.quitCode == nil {
                update(&state, .message(message), context)
                changed = true
            }
            if let tick = nextTick, let ms = tickMs, ContinuousClock.now >= tick, context.quitCode == nil {
                update(&state, .tick, context)
                changed = true
                nextTick = ContinuousClock.now + .milliseconds(ms)
            }
            if let code = context.quitCode { return code }
            if changed || needsFull {
                let next = render(state, size.cols, size.rows)
                if next != frame || needsFull {
                    draw(next)
                    frame = next
                }
            }
        }
    }

    /// `run` for an app without background messages.
    public func run<State>(
        initial: State,
        tickMs: Int? = nil,
        update: (inout State, LoopInput<Never>, LoopContext) -> Void,
        render: (State, _ cols: Int, _ rows: Int) -> CellGrid
    ) throws(StartError) -> Int32 {
        try run(initial: initial, mailbox: Mailbox<Never>(), tickMs: tickMs, update: update, render: render)
    }

    private static func millis(until t: ContinuousClock.Instant) -> Int {
        let d = t - ContinuousClock.now
        let (s, atto) = d.components
        return Int(s) * 1000 + Int(atto / 1_000_000_000_000_000)
    }
}
