import Glibc
import CNcursesw
import KithUI

extension Terminal {
    /// Waits up to `timeoutMs` (0: don't wait, negative: forever) for a key, mouse action or
    /// resize. Returns nil on timeout, on an interrupted wait (a signal) and for keys kith has
    /// no name for. A resize also makes the next `draw` a full repaint.
    public func readEvent(timeoutMs: Int) -> TerminalEvent? {
        if let e = pendingEvent {
            pendingEvent = nil
            return e
        }
        guard screen != nil, let win = kith_stdscr() else { return nil }
        guard let first = readRaw(win, timeoutMs: timeoutMs) else { return nil }
        guard case .key(.escape) = first else { return first }
        // Alt-x arrives as Esc x in one burst; ncurses has already waited `escdelay` for it
        // to be a longer sequence, so whatever follows is here already.
        guard let next = readRaw(win, timeoutMs: 0) else { return first }
        if case .key(let k) = next { return .key(.alt(k)) }
        pendingEvent = next
        return first
    }

    private func readRaw(_ win: UnsafeMutablePointer<WINDOW>, timeoutMs: Int) -> TerminalEvent? {
        wtimeout(win, Int32(clamping: timeoutMs))
        var ch: wint_t = 0
        let rc = wget_wch(win, &ch)
        if rc == OK { return .key(Key(controlCode: UInt32(ch))) }
        guard rc == KEY_CODE_YES else {
            if isHungUp() { TerminalSignals.simulate(SIGHUP) }
            return nil
        }
        let code = Int32(bitPattern: ch)
        switch code {
        case KEY_RESIZE:
            invalidate()
            let (c, r) = size
            return .resize(cols: c, rows: r)
        case KEY_MOUSE:
            var ev = MEVENT()
            guard getmouse(&ev) == OK else { return nil }
            return KeyDecoding.mouse(bstate: ev.bstate, x: Int(ev.x), y: Int(ev.y)).map { .mouse($0) }
        default:
            let name = keyname(code).map { String(cString: $0) }
            return KeyDecoding.key(keyCode: code, name: name).map { .key($0) }
        }
    }
}

/// Curses key codes and mouse states to `Key` and `MouseEvent`. Pure, so tests need no terminal.
enum KeyDecoding {
    /// The key for a curses function-key code (`KEY_UP`…), or nil when kith has no use for it.
    /// `name` is curses' `keyname`, which names the xterm modifier codes above `KEY_MAX`
    /// ("kUP3" is Alt-Up, "kLFT5" Ctrl-Left).
    static func key(keyCode code: Int32, name: String?) -> Key? {
        switch code {
        case KEY_UP, KEY_SR: return .up
        case KEY_DOWN, KEY_SF: return .down
        case KEY_LEFT, KEY_SLEFT: return .left
        case KEY_RIGHT, KEY_SRIGHT: return .right
        case KEY_HOME, KEY_SHOME, KEY_A1: return .home
        case KEY_END, KEY_SEND, KEY_C1: return .end
        case KEY_PPAGE, KEY_SPREVIOUS, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_SNEXT, KEY_C3: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case KEY_DC, KEY_SDC: return .delete
        case KEY_IC, KEY_SIC: return .insert
        case kith_key_f(1)...kith_key_f(63): return .f(Int(code - kith_key_f(0)))
        default: break
        }
        guard code > KEY_MAX, let name else { return nil }
        return modifiedKey(name)
    }

    /// "kUP3" → Alt-Up. Modifier digits: 2 Shift, 3 Alt, 4 Shift-Alt, 5 Ctrl, 6 Shift-Ctrl,
    /// 7 Ctrl-Alt. Only Alt is kept (as `.alt`); Shift and Ctrl give the plain key.
    static func modifiedKey(_ name: String) -> Key? {
        guard name.hasPrefix("k"), let digit = name.last, let mod = digit.wholeNumberValue else { return nil }
        let base: Key
        switch name.dropFirst().dropLast() {
        case "UP": base = .up
        case "DN": base = .down
        case "LFT": base = .left
        case "RIT": base = .right
        case "HOM": base = .home
        case "END": base = .end
        case "PRV": base = .pageUp
        case "NXT": base = .pageDown
        case "DC": base = .delete
        case "IC": base = .insert
        default: return nil
        }
        return mod == 3 || mod == 4 || mod == 7 ? .alt(base) : base
    }

    /// The mouse event for a curses button state at (x, y); nil for buttons kith ignores.
    static func mouse(bstate: mmask_t, x: Int, y: Int) -> MouseEvent? {
        let kind: MouseEvent.Kind
        if bstate & kith_button1_double_clicked() != 0 {
            kind = .doubleClick
        } else if bstate & kith_button1_clicked() != 0 {
            kind = .click
        } else if bstate & kith_button1_pressed() != 0 {
            kind = .press
        } else if bstate & kith_button1_released() != 0 {
            kind = .release
        } else if bstate & kith_button4_pressed() != 0 {
            kind = .wheelUp
        } else if bstate & kith_button5_pressed() != 0 {
            kind = .wheelDown
        } else {
            return nil
        }
        return MouseEvent(x: x, y: y, kind: kind)
    }
}

extension Terminal {
    /// Whether the controlling terminal went away (its window closed, the tmux server died).
    /// Not every such close delivers SIGHUP to kith, and a read on a hung-up terminal fails at
    /// once, so without this check the loop would spin forever instead of leaving as on SIGHUP.
    func isHungUp() -> Bool {
        guard case .tty = device else { return false }
        var fds = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, 0) >= 0 else { return errno == EBADF }
        return fds.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}
