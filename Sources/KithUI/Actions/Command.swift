/// Something the user can ask for. Each command has exactly one entry in `ActionTable`, which
/// gives its keys, its help line and the contexts where it applies; key handling and the help
/// overlay both read that table, so they can never disagree (tig's model).
public enum Command: String, CaseIterable, Hashable, Sendable {
    // Global
    case quit, help, viewPeople, viewRecent, viewMeetings, viewOrganizations
    case search, fullTextSearch, reload, edit, back, forward, sort, cycleTheme
    case palette, openContact, copyContact, logContact, brief
    // Lists (people, recent, meetings)
    case listDown, listUp, listTop, listBottom, listHalfDown, listHalfUp, listPageDown, listPageUp
    case listOpen, focusCard, groupByMeeting, clearFilter
    // Card
    case cardNext, cardPrev, cardFirst, cardLast, cardHalfDown, cardHalfUp, cardOpen, focusList
    // Reader
    case readerDown, readerUp, readerTop, readerBottom, readerHalfDown, readerHalfUp
    case readerPageDown, readerPageUp, readerNextLink, readerPrevLink, readerNextHit, readerPrevHit, readerOpen
    // Search line
    case searchAccept, searchCancel, searchNext, searchPrev, searchBackspace, searchDelete
    case searchClear, searchDeleteToEnd, searchDeleteWord, searchLeft, searchRight, searchHome, searchEnd
    // Help overlay
    case helpClose, helpDown, helpUp, helpHalfDown, helpHalfUp, helpPageDown, helpPageUp, helpTop, helpBottom
    case helpSearch, helpNextMatch, helpPrevMatch
    // The help's search line (its editing keys are the search line's)
    case helpSearchAccept, helpSearchCancel
    // The action palette (its editing keys are the search line's)
    case paletteRun, paletteClose, paletteNext, palettePrev
    // A small menu (what `o` opens, what `y` copies)
    case menuChoose, menuClose, menuDown, menuUp
}

/// Where a key binding applies. The keymap looks in the focused context first, then `global`;
/// `search`, `help` and `menu` are modal and never fall through; `helpSearch` (the help's `/`
/// line) and `palette` fall through to `search` for its editing keys.
public enum Context: String, CaseIterable, Hashable, Sendable {
    case global, list, card, reader, search, help, helpSearch, palette, menu

    /// Heading used in the help overlay.
    public var title: String {
        switch self {
        case .global: return "Global"
        case .list: return "Lists"
        case .card: return "Card"
        case .reader: return "Reader"
        case .search: return "Search line"
        case .help: return "Help"
        case .helpSearch: return "Search in help"
        case .palette: return "Palette"
        case .menu: return "Menu"
        }
    }

    /// Whether unbound keys go on to the global context.
    public var fallsThrough: Bool { self == .list || self == .card || self == .reader }
}
