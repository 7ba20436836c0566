/// The person who probably owns a vault that names no owner: the one in most of its meetings,
/// transcripts and daily notes. Until they are named (`me` in config.toml, or the tag `me`),
/// they fill every co-attendee list and Due list; `kith check` and the browser say so once.
public struct OwnerSuggestion: Hashable, Sendable {
    /// Their person note.
    public var path: String
    public var name: String
    /// Meetings, transcripts and daily notes that record a contact with them.
    public var sources: Int
    /// Meetings, transcripts and daily notes that record a contact with anyone.
    public var total: Int
}

extension VaultIndex {
    /// Fewest contact notes before a suggestion is made: in a young vault everyone is in
    /// most of its few meetings.
    static let ownerSuggestionMinimumSources = 20

    /// The likely owner when none is set: a person in at least half of the notes that record
    /// contacts (at least 20 of them) and in at least twice as many as anyone else. Nil when an
    /// owner is set or nobody stands out that clearly.
    public var ownerSuggestion: OwnerSuggestion? {
        guard ownerID == nil else { return nil }
        // Counted per note ID in one pass (it runs when the browser installs an index).
        var counts = [Int](repeating: 0, count: notes.count)
        var total = 0
        for (source, contacts) in contactsBySource where notes[source].contactSource != .none && !contacts.isEmpty {
            total += 1
            // A source lists each person once (`SourceContact` is per source and person).
            for c in contacts { counts[Int(c.person)] += 1 }
        }
        guard total >= Self.ownerSuggestionMinimumSources else { return nil }
        // The top two; on a tie for the top the "twice as many" rule fails anyway.
        var top = -1, second = 0
        for (id, n) in counts.enumerated() where n > 0 {
            if top < 0 || n > counts[top] {
                if top >= 0 { second = counts[top] }
                top = id
            } else {
                second = max(second, n)
            }
        }
        guard top >= 0, counts[top] * 2 >= total, second * 2 <= counts[top] else { return nil }
        return OwnerSuggestion(path: notes[top].path, name: notes[top].name, sources: counts[top], total: total)
    }
}
