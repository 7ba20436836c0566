import CNcursesw
import Glibc
import KithUI

/// The full-screen terminal: the only place kith calls ncurses. Use it from one thread only
/// (curses is not thread-safe); background work posts to a `Mailbox` instead.
///
/// `start()` → `draw(_:)` / `readEvent(timeoutMs:)` … → `stop()`. `run(…)` wraps all of that.
public final class Terminal {
    /// Why the terminal could not start. `description` is one line, fit for stderr after the
    /// program's own `kith: ` prefix.
    public enum StartError: Error, Equatable, CustomStringConvertible {
        /// stdin or stdout is not a terminal (piped, redirected, or run from a script).
        case notATerminal
        /// `$TERM` names no terminfo entry (or is unset).
        case unknownTerminal(String)
        /// The terminal cannot move its cursor (e.g. `TERM=dumb`).
        case unsupportedTerminal(String)
        case alreadyStarted

        public var description: String {
            switch self {
            case .notATerminal:
                return "the browser needs a terminal: stdin and stdout must be a tty"
            case .unknownTerminal(let t):
                return "unknown terminal type \(t.isEmpty ? "(TERM is not set)" : "'\(t)'"); set TERM, e.g. TERM=xterm-256color"
            case .unsupportedTerminal(let t):
                return "terminal type '\(t)' cannot position the cursor; set TERM, e.g. TERM=xterm-256color"
            case .alreadyStarted:
                return "the terminal is already started"
            }
        }
    }

    /// Settings fixed for the terminal's lifetime (the palette can change later).
    public struct Options: Sendable {
        public var palette: TerminalPalette
        /// nil: follow the `NO_COLOR` environment variable (set and non-empty means no colors).
        public var noColor: Bool?
        /// How long a lone Esc waits for the rest of an escape sequence.
        public var escDelayMs: Int
        public var mouse: Bool
        /// Longest press-to-release (and click-to-click) time that still makes a (double) click.
        public var mouseIntervalMs: Int

        public init(palette: TerminalPalette = .dark, noColor: Bool? = nil, escDelayMs: Int = 25,
                    mouse: Bool = true, mouseIntervalMs: Int = 200) {
            self.palette = palette
            self.noColor = noColor
            self.escDelayMs = escDelayMs
            self.mouse = mouse
            self.mouseIntervalMs = mouseIntervalMs
        }
    }

    /// Where the screen comes from: the process's tty, or (tests) a named terminal on given files.
    enum Device {
        case tty
        case files(term: String, input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>)
    }

    let device: Device
    public private(set) var options: Options
    /// The SCREEN* from newterm, nil while stopped.
    var screen: OpaquePointer?
    /// The last grid drawn (nil before the first frame), what the screen shows.
    public internal(set) var lastDrawn: CellGrid?
    /// The next `draw` repaints every cell (after a resize, resume, external program).
    var needsFull = true
    /// The next `draw` also clears the physical screen first.
    var clearNext = false
    var cursorShown: Bool?
    /// Colors the terminal can show (after `start`).
    public internal(set) var colorDepth: ColorDepth = .none
    /// Whether color -1 means the terminal's default (`use_default_colors` worked).
    var defaultColors = false
    var styleCache: [CellStyle: (attrs: attr_t, pair: Int32)] = [:]
    var pairs: [Int64: Int32] = [:]
    var nextPair: Int32 = 1
    /// An event read ahead while decoding Esc-prefixed keys.
    var pendingEvent: TerminalEvent?
    /// The input's file descriptor while started, which the run loop polls.
    var inputDescriptor: Int32?

    /// A terminal on the process's stdin/stdout, with `$TERM`.
    public init(options: Options = Options()) {
        device = .tty
        self.options = options
    }

    /// A terminal of type `term` writing to `output` and reading `input`, for tests
    /// (e.g. both `/dev/null`). No tty checks, no signal handlers, no crash guard.
    public init(term: String, input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>,
                options: Options = Options()) {
        device = .files(term: term, input: input, output: output)
        self.options = options
    }

    deinit {
        stop()
    }

    public var isStarted: Bool { screen != nil }

    /// Takes over the terminal: alternate screen, no echo, keys one at a time, mouse, colors.
    /// Throws instead of exiting on a bad `$TERM` (it uses `newterm`, never `initscr`).
    public func start() throws(StartError) {
        guard screen == nil else { throw .alreadyStarted }
        Terminal.setUTF8Locale()
        let termName: String?
        let input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>
        switch device {
        case .tty:
            guard isatty(0) == 1, isatty(1) == 1, let i = kith_stdin(), let o = kith_stdout() else {
                throw .notATerminal
            }
            (input, output) = (i, o)
            termName = nil
            // Before newterm: ncurses only installs its own SIGINT/SIGTERM handlers (which
            // _exit) when the disposition is still the default.
            TerminalSignals.install()
            CrashGuard.saveTerminalModes(fd: fileno(i))
        case .files(let t, let i, let o):
            (input, output, termName) = (i, o, t)
        }
        let displayName = termName ?? (getenv("TERM").map { String(cString: $0) } ?? "")
        guard !displayName.isEmpty, let scr = newterm(termName, output, input) else {
            throw .unknownTerminal(displayName)
        }
        screen = scr
        inputDescriptor = fileno(input)
        _ = set_term(scr)
        let cup = tigetstr("cup")
        if cup == nil || Int(bitPattern: cup) == -1 {
            endwin()
            delscreen(scr)
            screen = nil
            throw .unsupportedTerminal(displayName)
        }
        setUpModes()
        setUpColors()
        if case .tty = device { CrashGuard.arm(fd: fileno(output)) }
        lastDrawn = nil
        needsFull = true
        cursorShown = nil
    }

    /// Gives the terminal back: cursor shown, mouse off, shell modes and main screen restored.
    /// Safe to call twice, or without `start`.
    public func stop() {
        guard let scr = screen else { return }
        CrashGuard.disarm()
        _ = set_term(scr)
        if options.mouse { _ = mousemask(0, nil) }
        curs_set(1)
        endwin()
        delscreen(scr)
        screen = nil
        inputDescriptor = nil
        fflush(nil)
        lastDrawn = nil
        styleCache = [:]
        pairs = [:]
        nextPair = 1
        pendingEvent = nil
    }

    /// The screen size in cells, (0, 0) while stopped.
    public var size: (cols: Int, rows: Int) {
        guard screen != nil, let win = kith_stdscr() else { return (0, 0) }
        var y: Int32 = 0, x: Int32 = 0
        kith_getmaxyx(win, &y, &x)
        return (Int(x), Int(y))
    }

    /// Forgets what is on screen, so the next `draw` repaints every cell and clears the terminal
    /// first. Called after a resize, `fg`, or an external program; callers rarely need it.
    public func invalidate() {
        needsFull = true
        clearNext = true
        cursorShown = nil
    }

    /// Replaces the palette; the next frame is repainted with the new colors.
    public func setPalette(_ palette: TerminalPalette) {
        options.palette = palette
        styleCache = [:]
        needsFull = true
    }

    private func setUpModes() {
        cbreak()  // not raw(): ^C and ^Z keep working
        noecho()
        nonl()
        guard let win = kith_stdscr() else { return }
        keypad(win, true)
        intrflush(win, false)
        set_escdelay(Int32(options.escDelayMs))
        curs_set(0)
        cursorShown = false
        if options.mouse {
            let mask = kith_button1_pressed() | kith_button1_released() | kith_button1_clicked()
                | kith_button1_double_clicked() | kith_button4_pressed() | kith_button5_pressed()
            _ = mousemask(mask, nil)
            mouseinterval(Int32(options.mouseIntervalMs))
        }
    }

    private func setUpColors() {
        let noColorEnv = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        let noColor = options.noColor ?? noColorEnv
        guard !noColor, has_colors() else {
            colorDepth = .none
            return
        }
        start_color()
        defaultColors = use_default_colors() == OK
        colorDepth = ColorDepth(colors: Int(kith_colors()))
        if kith_color_pairs() < 2 { colorDepth = .none }
    }

    /// Wide characters need a UTF-8 locale: the user's, or C.UTF-8 when theirs is not UTF-8.
    static func setUTF8Locale() {
        setlocale(LC_ALL, "")
        if let cs = nl_langinfo(nl_item(CODESET)), String(cString: cs).uppercased().replacingOccurrences("-", "") == "UTF8" {
            return
        }
        if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "C.utf8") }
    }
}

extension String {
    fileprivate func replacingOccurrences(_ a: Character, _ b: String) -> String {
        var out = ""
        for c in self { if c == a { out += b } else { out.append(c) } }
        return out
    }
}
