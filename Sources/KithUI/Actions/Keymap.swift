/// Finds the command bound to a key from `ActionTable`, most specific context first.
public struct Keymap: Sendable {
    private var table: [Context: [Key: Command]]
    /// The bindings it was built from (rebound keys included), for the help and the hints.
    private var specs: [Command: ActionSpec]

    /// The default bindings of the action table.
    public static let standard = Keymap(entries: ActionTable.entries)

    /// Builds a keymap; a later entry never replaces an earlier binding in the same context
    /// (tests check the table has no such clash).
    public init(entries: [ActionSpec]) {
        var t: [Context: [Key: Command]] = [:]
        for e in entries {
            for c in e.contexts {
                for k in e.keys where t[c]?[k] == nil { t[c, default: [:]][k] = e.command }
            }
        }
        table = t
        var specs: [Command: ActionSpec] = [:]
        for e in entries where specs[e.command] == nil { specs[e.command] = e }
        self.specs = specs
    }

    /// The bindings of a context in `ActionTable` order, with the keys this keymap gives them
    /// (so the help overlay and the status hints show keys rebound by `[keys]`).
    public func entries(in context: Context) -> [ActionSpec] {
        ActionTable.entries(in: context).map { specs[$0.command] ?? $0 }
    }

    /// The command for `key` in the given context chain (e.g. `[.card, .global]`).
    public func command(for key: Key, in contexts: [Context]) -> Command? {
        for c in contexts {
            if let cmd = table[c]?[key] { return cmd }
        }
        return nil
    }

    /// The contexts that apply to a state, most specific first.
    public static func contexts(for state: AppState) -> [Context] {
        switch state.overlay {
        case .search?: return [.search]
        case .help(let help)?: return help.line == nil ? [.help] : [.helpSearch, .search]
        case .palette?: return [.palette, .search]
        case .menu?: return [.menu]
        case nil: break
        }
        if state.nav.page.isDocument { return [.reader, .global] }
        if state.nav.page == .people && state.nav.focus == .card { return [.card, .global] }
        return [.list, .global]
    }
}
