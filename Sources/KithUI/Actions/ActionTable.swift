/// One row of the action table: a command, its help line, its default keys and where it applies.
public struct ActionSpec: Hashable, Sendable {
    public var command: Command
    /// The help line ("open the selected link").
    public var help: String
    public var keys: [Key]
    public var contexts: [Context]
    /// Whether the status line shows it as a hint in its contexts (the few that matter).
    public var hint: String?
    /// Whether the hint stays when the status line is short of room (others give way first).
    public var hintKept: Bool

    public init(_ command: Command, _ help: String, keys: [Key], in contexts: [Context], hint: String? = nil,
                kept: Bool = false) {
        self.command = command
        self.help = help
        self.keys = keys
        self.contexts = contexts
        self.hint = hint
        hintKept = kept
    }
}

/// The single table behind key handling, the help overlay and the status-line hints.
public enum ActionTable {
    /// Every command, in the order help lists them.
    public static let entries: [ActionSpec] = [
        // Global
        ActionSpec(.viewPeople, "people view", keys: [.char("1")], in: [.global]),
        ActionSpec(.viewRecent, "recent interactions", keys: [.char("2")], in: [.global]),
        ActionSpec(.viewMeetings, "meetings: transcripts, meeting notes, daily notes with people", keys: [.char("3")], in: [.global]),
        ActionSpec(.viewOrganizations, "organizations: people, last contact, due", keys: [.char("4")], in: [.global]),
        ActionSpec(.search, "search this view: people, interactions, meetings or organizations (tag: org: kind: filters)", keys: [.char("/")], in: [.global], hint: "search"),
        ActionSpec(.fullTextSearch, "full-text search", keys: [.char("\\"), .ctrl("f")], in: [.global]),
        ActionSpec(.palette, "action palette: actions, views, people, themes", keys: [.char(":"), .ctrl("p")],
                   in: [.global]),
        ActionSpec(.back, "back", keys: [.backspace, .char("h"), .alt(.left)], in: [.global]),
        ActionSpec(.forward, "forward", keys: [.char("l"), .alt(.right)], in: [.global]),
        ActionSpec(.edit, "edit the note in $EDITOR", keys: [.char("e")], in: [.global], hint: "edit"),
        ActionSpec(.brief, "brief: one page on the person before a meeting", keys: [.char("b")], in: [.global], hint: "brief"),
        ActionSpec(.logContact, "log a contact: edit at Recent Context", keys: [.char("L")], in: [.global]),
        ActionSpec(.openContact, "open the person's website or email", keys: [.char("o")], in: [.global]),
        ActionSpec(.copyContact, "copy the person's name, [[link]], email or path", keys: [.char("y")], in: [.global]),
        ActionSpec(.sort, "cycle the sort: people (recent, name, stale), organizations (name, people, last contact, due)",
                   keys: [.char("s")], in: [.global], hint: "sort"),
        ActionSpec(.reload, "reload the vault", keys: [.char("R")], in: [.global]),
        ActionSpec(.cycleTheme, "next color theme", keys: [.char("t")], in: [.global]),
        ActionSpec(.help, "help", keys: [.char("?")], in: [.global], hint: "help", kept: true),
        ActionSpec(.quit, "quit", keys: [.char("q")], in: [.global], hint: "quit"),
        // Lists
        ActionSpec(.listDown, "next row", keys: [.char("j"), .down], in: [.list]),
        ActionSpec(.listUp, "previous row", keys: [.char("k"), .up], in: [.list]),
        ActionSpec(.listTop, "first row", keys: [.char("g"), .home], in: [.list]),
        ActionSpec(.listBottom, "last row", keys: [.char("G"), .end], in: [.list]),
        ActionSpec(.listHalfDown, "half a page down", keys: [.ctrl("d")], in: [.list]),
        ActionSpec(.listHalfUp, "half a page up", keys: [.ctrl("u")], in: [.list]),
        ActionSpec(.listPageDown, "page down", keys: [.pageDown, .char(" ")], in: [.list]),
        ActionSpec(.listPageUp, "page up", keys: [.pageUp], in: [.list]),
        ActionSpec(.listOpen, "open (card, or the note in the reader)", keys: [.enter], in: [.list], hint: "open"),
        ActionSpec(.focusCard, "focus the card", keys: [.tab, .backTab], in: [.list], hint: "card"),
        ActionSpec(.groupByMeeting, "Recent: group each day by meeting (toggle)", keys: [.char("m")], in: [.list],
                   hint: "by meeting"),
        ActionSpec(.clearFilter, "clear the People list's filter (org:, tag:)", keys: [.escape], in: [.list], hint: "clear filter"),
        // Card
        ActionSpec(.cardNext, "next link", keys: [.char("j"), .down], in: [.card], hint: "next link"),
        ActionSpec(.cardPrev, "previous link", keys: [.char("k"), .up], in: [.card]),
        ActionSpec(.cardFirst, "first link", keys: [.char("g"), .home], in: [.card]),
        ActionSpec(.cardLast, "last link", keys: [.char("G"), .end], in: [.card]),
        ActionSpec(.cardHalfDown, "scroll half a page down", keys: [.ctrl("d"), .pageDown, .char(" ")], in: [.card]),
        ActionSpec(.cardHalfUp, "scroll half a page up", keys: [.ctrl("u"), .pageUp], in: [.card]),
        ActionSpec(.cardOpen, "open the selected link", keys: [.enter], in: [.card], hint: "open"),
        ActionSpec(.focusList, "back to the list", keys: [.tab, .backTab, .escape], in: [.card], hint: "list"),
        // Reader
        ActionSpec(.readerDown, "scroll down a line", keys: [.char("j"), .down], in: [.reader]),
        ActionSpec(.readerUp, "scroll up a line", keys: [.char("k"), .up], in: [.reader]),
        ActionSpec(.readerTop, "top", keys: [.char("g"), .home], in: [.reader]),
        ActionSpec(.readerBottom, "bottom", keys: [.char("G"), .end], in: [.reader]),
        ActionSpec(.readerHalfDown, "half a page down", keys: [.ctrl("d")], in: [.reader]),
        ActionSpec(.readerHalfUp, "half a page up", keys: [.ctrl("u")], in: [.reader]),
        ActionSpec(.readerPageDown, "page down", keys: [.pageDown, .char(" ")], in: [.reader]),
        ActionSpec(.readerPageUp, "page up", keys: [.pageUp], in: [.reader]),
        ActionSpec(.readerNextLink, "next link", keys: [.tab], in: [.reader], hint: "link"),
        ActionSpec(.readerPrevLink, "previous link", keys: [.backTab], in: [.reader]),
        ActionSpec(.readerNextHit, "next full-text hit (without hits: next link)", keys: [.char("n")], in: [.reader],
                   hint: "next hit"),
        ActionSpec(.readerPrevHit, "previous full-text hit (without hits: previous link)", keys: [.char("N")], in: [.reader]),
        ActionSpec(.readerOpen, "follow the selected link", keys: [.enter], in: [.reader], hint: "follow"),
        // Search line
        ActionSpec(.searchAccept, "open the highlighted result", keys: [.enter], in: [.search], hint: "open"),
        ActionSpec(.searchCancel, "close, back to where you were", keys: [.escape], in: [.search], hint: "cancel"),
        ActionSpec(.searchNext, "next result", keys: [.down, .ctrl("n")], in: [.search], hint: "move"),
        ActionSpec(.searchPrev, "previous result", keys: [.up, .ctrl("p")], in: [.search]),
        ActionSpec(.searchBackspace, "delete the character before the cursor", keys: [.backspace], in: [.search]),
        ActionSpec(.searchDelete, "delete the character under the cursor", keys: [.delete], in: [.search]),
        ActionSpec(.searchDeleteWord, "delete the word before the cursor", keys: [.ctrl("w")], in: [.search]),
        ActionSpec(.searchClear, "delete to the start of the line", keys: [.ctrl("u")], in: [.search]),
        ActionSpec(.searchDeleteToEnd, "delete to the end of the line", keys: [.ctrl("k")], in: [.search]),
        ActionSpec(.searchLeft, "cursor left", keys: [.left], in: [.search]),
        ActionSpec(.searchRight, "cursor right", keys: [.right], in: [.search]),
        ActionSpec(.searchHome, "cursor to the start of the line", keys: [.home, .ctrl("a")], in: [.search]),
        ActionSpec(.searchEnd, "cursor to the end of the line", keys: [.end, .ctrl("e")], in: [.search]),
        // Help
        ActionSpec(.helpClose, "close help", keys: [.escape, .char("?"), .char("q")], in: [.help], hint: "close"),
        ActionSpec(.helpDown, "scroll down a line", keys: [.char("j"), .down], in: [.help]),
        ActionSpec(.helpUp, "scroll up a line", keys: [.char("k"), .up], in: [.help]),
        ActionSpec(.helpHalfDown, "half a page down", keys: [.ctrl("d")], in: [.help]),
        ActionSpec(.helpHalfUp, "half a page up", keys: [.ctrl("u")], in: [.help]),
        ActionSpec(.helpPageDown, "page down", keys: [.pageDown, .char(" ")], in: [.help], hint: "page"),
        ActionSpec(.helpPageUp, "page up", keys: [.pageUp], in: [.help]),
        ActionSpec(.helpTop, "top", keys: [.char("g"), .home], in: [.help]),
        ActionSpec(.helpBottom, "bottom", keys: [.char("G"), .end], in: [.help]),
        ActionSpec(.helpSearch, "search the help", keys: [.char("/")], in: [.help], hint: "search"),
        ActionSpec(.helpNextMatch, "next match", keys: [.char("n")], in: [.help], hint: "next"),
        ActionSpec(.helpPrevMatch, "previous match", keys: [.char("N")], in: [.help]),
        // The help's search line (editing keys as in the search line)
        ActionSpec(.helpSearchAccept, "go to the first match", keys: [.enter], in: [.helpSearch], hint: "find"),
        ActionSpec(.helpSearchCancel, "close the search line", keys: [.escape], in: [.helpSearch], hint: "cancel"),
        // The action palette (editing keys as in the search line)
        ActionSpec(.paletteRun, "run the highlighted entry", keys: [.enter], in: [.palette], hint: "run"),
        ActionSpec(.paletteClose, "close the palette", keys: [.escape], in: [.palette], hint: "close"),
        ActionSpec(.paletteNext, "next entry", keys: [.down, .ctrl("n")], in: [.palette], hint: "move"),
        ActionSpec(.palettePrev, "previous entry", keys: [.up, .ctrl("p")], in: [.palette]),
        // A menu (o with a website and an email, y)
        ActionSpec(.menuChoose, "choose the highlighted entry", keys: [.enter], in: [.menu], hint: "choose"),
        ActionSpec(.menuClose, "close the menu", keys: [.escape, .char("q")], in: [.menu], hint: "close"),
        ActionSpec(.menuDown, "next entry", keys: [.char("j"), .down, .ctrl("n")], in: [.menu], hint: "move"),
        ActionSpec(.menuUp, "previous entry", keys: [.char("k"), .up, .ctrl("p")], in: [.menu]),
    ]

    /// The entry of a command.
    public static func spec(_ command: Command) -> ActionSpec {
        entries.first { $0.command == command }!
    }

    /// Entries that apply in a context, in table order.
    public static func entries(in context: Context) -> [ActionSpec] {
        entries.filter { $0.contexts.contains(context) }
    }

    /// Key names of a command joined for display: "j Down".
    public static func keyNames(_ command: Command) -> String {
        spec(command).keys.map(\.displayName).joined(separator: " ")
    }
}

extension Key {
    /// A short name for hints and help: arrows and Enter as glyphs where they read better.
    public var displayName: String {
        switch self {
        case .enter: return "⏎"
        case .backspace: return "⌫"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .tab: return "tab"
        case .backTab: return "S-tab"
        case .escape: return "esc"
        case .alt(let k): return "M-\(k.displayName)"
        default: return name
        }
    }
}
