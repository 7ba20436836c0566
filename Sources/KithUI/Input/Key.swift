/// A key press as the UI sees it, independent of curses. The terminal layer decodes curses key
/// codes into this; keymaps, help screens and config files use `name` / `init?(name:)`.
///
/// Normal form (the decoder always produces it, and `init?(name:)` too):
/// - Ctrl-letters are `.ctrl` with a lowercase letter: Ctrl-D is `.ctrl("d")`, never `.char("\u{4}")`.
///   Tab (^I), Enter (^M/^J), Backspace (^H/DEL) and Escape (^[) get their own cases.
/// - Printable characters, Unicode included, are `.char`; Space is `.char(" ")`.
/// - Shift-Tab is `.backTab`; an Esc-prefixed key (Meta/Alt) is `.alt(key)`.
public indirect enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, backspace, tab, backTab, escape, delete, insert
    /// Function key F1…F63.
    case f(Int)
    /// Ctrl plus a lowercase letter, or one of ` @ [ \ ] ^ _` and " " (Ctrl-Space).
    case ctrl(Character)
    /// Alt/Meta plus a key (the terminal sends Esc then the key).
    case alt(Key)

    /// The name used in help screens and config files: "a", "Space", "C-d", "M-x", "Enter",
    /// "S-Tab", "Up", "PgDn", "F5", "M-Enter".
    public var name: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .escape: return "Esc"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .f(let n): return "F\(n)"
        case .ctrl(" "): return "C-Space"
        case .ctrl(let c): return "C-\(c)"
        case .alt(let k): return "M-\(k.name)"
        }
    }

    public var description: String { name }

    /// Parses a key name as written in config files. Accepts `name`'s spellings plus common
    /// aliases, case-insensitively for named keys: "C-d", "Ctrl-d", "^D", "M-x", "Alt-x", "A-x",
    /// "Return", "Escape", "PageUp", "Delete", "BackTab", "Shift-Tab", "Space", "f12".
    /// A single character stands for itself ("G" is Shift-g, "?" is ?). Returns nil when unknown.
    public init?(name raw: String) {
        let s = raw
        guard !s.isEmpty else { return nil }
        if s.count == 1 {
            self.init(controlCode: s.unicodeScalars.first!.value)
            if case .char = self, let c = s.first { self = .char(c) }
            return
        }
        let lower = s.lowercased()
        for prefix in ["m-", "alt-", "a-", "meta-"] where lower.hasPrefix(prefix) {
            guard let inner = Key(name: String(s.dropFirst(prefix.count))) else { return nil }
            self = .alt(inner)
            return
        }
        for prefix in ["c-", "ctrl-", "^"] where lower.hasPrefix(prefix) && s.count > prefix.count {
            let rest = String(s.dropFirst(prefix.count))
            if rest.lowercased() == "space" { self = .ctrl(" "); return }
            guard rest.count == 1, let c = rest.lowercased().first else { return nil }
            guard let k = Key.ctrlKey(c) else { return nil }
            self = k
            return
        }
        switch lower {
        case "space", "spc": self = .char(" ")
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "home": self = .home
        case "end": self = .end
        case "pgup", "pageup", "prior": self = .pageUp
        case "pgdn", "pgdown", "pagedown", "next": self = .pageDown
        case "enter", "return", "ret", "cr": self = .enter
        case "backspace", "bs", "bksp": self = .backspace
        case "tab": self = .tab
        case "s-tab", "shift-tab", "backtab", "btab": self = .backTab
        case "esc", "escape": self = .escape
        case "del", "delete": self = .delete
        case "ins", "insert": self = .insert
        default:
            if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...63).contains(n) {
                self = .f(n)
            } else {
                return nil
            }
        }
    }

    /// The key for a character code as a terminal sends it: control codes become `.ctrl`,
    /// `.tab`, `.enter`, `.backspace` or `.escape`; everything else is `.char`.
    public init(controlCode v: UInt32) {
        switch v {
        case 9: self = .tab
        case 10, 13: self = .enter
        case 8, 127: self = .backspace
        case 27: self = .escape
        case 0: self = .ctrl(" ")
        case 1...26: self = .ctrl(Character(UnicodeScalar(v + 96)!))
        case 28...31: self = .ctrl(Character(UnicodeScalar(v + 64)!))
        default:
            if let u = UnicodeScalar(v) { self = .char(Character(u)) } else { self = .char("\u{FFFD}") }
        }
    }

    /// `.ctrl(c)` in normal form: Ctrl-I is Tab, Ctrl-M Enter, Ctrl-H Backspace, Ctrl-[ Escape.
    private static func ctrlKey(_ c: Character) -> Key? {
        switch c {
        case "i": return .tab
        case "m", "j": return .enter
        case "h": return .backspace
        case "[": return .escape
        case " ", "@": return .ctrl(" ")
        case "a"..."z", "\\", "]", "^", "_": return .ctrl(c)
        default: return nil
        }
    }
}
