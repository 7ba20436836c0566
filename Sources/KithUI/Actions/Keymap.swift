/// Finds the command bound to a key from `ActionTable`, most specific context first.
public struct Keymap: Sendable {
    private var table: [Context: [Key: Command]]

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
        case .help?: return [.help]
        case nil: break
        }
        if case .reader = state.nav.page { return [.reader, .global] }
        if state.nav.page == .people && state.nav.focus == .card { return [.card, .global] }
        return [.list, .global]
    }
}
