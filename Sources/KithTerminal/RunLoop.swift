import Glibc
import KithCore
import KithUI

/// A thread-safe queue into the run loop: background work (the index filling in, a search)
/// posts results from any thread; a post wakes the loop (through a pipe it polls with the
/// terminal's input), which hands each message to `update` on the UI thread and draws.
public final class Mailbox<Message: Sendable>: Sendable {
    /// The queued messages, and whether a wake byte is in the pipe.
    private let state = Locked<(queue: [Message], woken: Bool)>(([], false))
    /// The pipe a post writes one byte to (only when the loop has not been woken yet), so the
    /// loop's `poll` returns at once instead of at its next timeout.
    private let wakeRead: Int32, wakeWrite: Int32

    public init() {
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
        } else {
            fds = [-1, -1]
        }
        wakeRead = fds[0]
        wakeWrite = fds[1]
    }

    deinit {
        if wakeRead >= 0 { close(wakeRead) }
        if wakeWrite >= 0 { close(wakeWrite) }
    }

    /// The descriptor that becomes readable when a message is waiting (-1 when the pipe could
    /// not be made: the loop then finds messages at its next timeout).
    public var wakeDescriptor: Int32 { wakeRead }

    /// Queues `message` for the loop and wakes it. Callable from any thread.
    public func post(_ message: Message) {
        let wake = state.withLock { s -> Bool in
            s.queue.append(message)
            defer { s.woken = true }
            return !s.woken
        }
        if wake, wakeWrite >= 0 {
            var byte: UInt8 = 1
            _ = write(wakeWrite, &byte, 1)
        }
    }

    /// Takes every queued message, oldest first.
    public func drain() -> [Message] {
        state.withLock { s in
            let all = s.queue
            s.queue.removeAll()
            if s.woken, wakeRead >= 0 {
                var bytes = [UInt8](repeating: 0, count: 64)
                while read(wakeRead, &bytes, bytes.count) > 0 {}
            }
            s.woken = false
            return all
        }
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
    /// `render(state, cols, rows)`, then repeats: wait for input or a mailbox post (or the next
    /// tick), hand them to `update`, tell `update` of a size change it has not seen, and draw
    /// the new frame when it differs. A post from another thread wakes it at once, so finished
    /// background work shows without a key. SIGINT/SIGTERM/SIGHUP end it; after Ctrl-Z and
    /// `fg` the screen is repainted. Always leaves through `stop()`. Returns the exit code:
    /// `quit`'s, or 128 + the signal.
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
        // The size `update` last heard of; the initial state was made for the size at start.
        var told = size
        var frame = render(state, told.cols, told.rows)
        draw(frame)
        var nextTick = tickMs.map { ContinuousClock.now + .milliseconds($0) }
        while true {
            if let code = TerminalSignals.exitCode { return code }
            if TerminalSignals.takeResumed() {
                invalidate()
                draw(frame)
            }
            var changed = false
            // The timeout is a backstop: a signal delivered to another thread does not
            // interrupt the poll, and the flag it sets is seen within it.
            let wait = nextTick.map { max(0, min(Self.signalBackstopMs, Terminal.millis(until: $0))) } ?? Self.signalBackstopMs
            if let event = waitForInput(timeoutMs: wait, wake: mailbox.wakeDescriptor) {
                update(&state, .event(event), context)
                if case .resize(let c, let r) = event { told = (c, r) }
                changed = true
                // Take what else is already typed or pasted before drawing.
                var burst = 0
                while context.quitCode == nil, burst < 64, let more = readEvent(timeoutMs: 0) {
                    update(&state, .event(more), context)
                    if case .resize(let c, let r) = more { told = (c, r) }
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
            // A size change curses saw without a KEY_RESIZE (e.g. while the editor ran) goes
            // through update before the frame is drawn at the new size.
            let now = size
            if now != told {
                told = now
                update(&state, .event(.resize(cols: now.cols, rows: now.rows)), context)
                changed = true
            }
            if changed || needsFull {
                let next = render(state, now.cols, now.rows)
                if next != frame || needsFull {
                    draw(next)
                    frame = next
                }
            }
        }
    }

    /// The longest the loop sleeps without input, a post or a tick (see `run`).
    static let signalBackstopMs = 100

    /// Waits up to `timeoutMs` for terminal input or a byte on `wake`; returns the input's event.
    /// Input curses has already read ahead (typeahead) is returned first, without waiting.
    func waitForInput(timeoutMs: Int, wake: Int32) -> TerminalEvent? {
        if let event = readEvent(timeoutMs: 0) { return event }
        guard let input = inputDescriptor else { return readEvent(timeoutMs: timeoutMs) }
        var fds = [pollfd(fd: input, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
        let n = poll(&fds, wake >= 0 ? 2 : 1, Int32(timeoutMs))
        guard n > 0, fds[0].revents != 0 else { return nil }
        return readEvent(timeoutMs: 0)
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
