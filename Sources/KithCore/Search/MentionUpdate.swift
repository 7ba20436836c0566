extension UnlinkedMentions {
    /// The person's mentions in `new`, from `mentions` found for them in `old`: notes whose
    /// path and text did not change keep theirs, the others are read again. Equals
    /// `find(of:in:)` over `new`; an edit costs one pass over the notes (their texts compare
    /// by reference when unchanged) and reading what changed, not a search of the vault.
    /// Nil when the person's note is gone or their name or aliases changed (search again).
    public static func updated(_ mentions: [Mention], of personPath: String, from old: VaultIndex,
                               to new: VaultIndex) -> [Mention]? {
        guard let before = old.note(personPath), let after = new.note(personPath),
              before.name == after.name, before.aliases == after.aliases else { return nil }
        let terms = MentionTerm.terms(for: [after.name] + after.aliases)
        guard !terms.isEmpty else { return [] }
        // Each old note's run of mentions (they come in note order, one run per note).
        var runs: [Int: Range<Int>] = [:]
        var k = 0
        while k < mentions.count {
            var end = k + 1
            while end < mentions.count && mentions[end].path == mentions[k].path { end += 1 }
            guard let id = old.idByPath[mentions[k].path] else { return nil }
            runs[id] = k..<end
            k = end
        }
        var out: [Mention] = []
        out.reserveCapacity(mentions.count)
        for note in new.notes where note.path != personPath {
            if let id = old.idByPath[note.path], old.notes[id].parsed.sameText(as: note.parsed) {
                if let run = runs[id] { out += mentions[run] }
            } else {
                out += scan(note.parsed, terms: terms)
            }
        }
        return out
    }
}
