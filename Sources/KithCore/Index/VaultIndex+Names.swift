extension VaultIndex {
    /// The name of the note at `path` (as `note(path)?.name`, without copying the note: list
    /// rows ask this for every row).
    public func name(of path: String) -> String? {
        idByPath[path].map { notes[$0].name }
    }

    /// What the note at `path` records contacts as (`.none` when there is no such note).
    public func contactSource(of path: String) -> ContactSource {
        idByPath[path].map { notes[$0].contactSource } ?? .none
    }

    /// The names of the people a transcript, meeting or daily note records a contact with, in
    /// order of appearance, the vault's owner left out (`participants(of:)` as names, without
    /// looking each path up again).
    public func participantNames(of sourcePath: String) -> [String] {
        guard let id = idByPath[sourcePath], let list = contactsBySource[id] else { return [] }
        return list.compactMap { c in Int(c.person) == ownerID ? nil : notes[Int(c.person)].name }
    }

    /// Daily notes that record a contact with someone, by path.
    public var dailyNotesWithContacts: [String] {
        contactsBySource.keys.sorted().compactMap { id in
            notes[id].contactSource == .daily && !(contactsBySource[id]?.isEmpty ?? true) ? notes[id].path : nil
        }
    }
}
