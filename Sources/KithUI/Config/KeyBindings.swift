/// Key bindings from the config file (`[keys] list_down = ["j", "Down"]`) applied to the
/// action table. Overrides replace a command's keys; the help overlay and the status hints
/// read them back from the keymap (`Keymap.entries(in:)`).
public enum KeyBindings {
    /// The action table with `overrides` applied. A key given to one command is taken from
    /// every other command it would clash with, so the user's binding always wins: a rebound
    /// global key leaves the list, card and reader contexts too (they are searched before
    /// global), a rebound list/card/reader key only its own context.
    public static func entries(overriding overrides: [Command: [Key]],
                               base: [ActionSpec] = ActionTable.entries) -> [ActionSpec] {
        var out = base
        // Table order, so when two overrides share a key the later command deterministically wins.
        for command in base.map(\.command) {
            guard let keys = overrides[command], let i = out.firstIndex(where: { $0.command == command }) else {
                continue
            }
            out[i].keys = keys
            let contexts = Set(out[i].contexts.flatMap(shadowed(by:)))
            // Every table entry has one context, so dropping the key from a clashing entry
            // never takes it from a context where it did not clash.
            for j in out.indices where j != i && !contexts.isDisjoint(with: out[j].contexts) {
                out[j].keys.removeAll { keys.contains($0) }
            }
        }
        // Overridden commands go first so `Keymap`'s first-binding-wins picks them.
        let overridden = out.filter { overrides[$0.command] != nil }
        return overridden + out.filter { overrides[$0.command] == nil }
    }

    /// The keymap with `overrides` applied.
    public static func keymap(overriding overrides: [Command: [Key]]) -> Keymap {
        overrides.isEmpty ? .standard : Keymap(entries: entries(overriding: overrides))
    }

    /// Contexts whose bindings a binding in `context` competes with.
    static func shadowed(by context: Context) -> [Context] {
        context == .global ? [.global] + Context.allCases.filter(\.fallsThrough) : [context]
    }
}
