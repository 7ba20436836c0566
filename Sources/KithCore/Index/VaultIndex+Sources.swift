/// Reads of a note's backlinks and a person's interactions that copy only what they keep: the
/// vault's owner has tens of thousands of each, and a card lists the first few per section.
extension VaultIndex {
    /// The first backlink of each note that links to `path` (one per source note, in source
    /// path order), without copying the others.
    public func backlinkSources(to path: String) -> [Backlink] {
        var out: [Backlink] = []
        forEachBacklinkSource(to: path) { out.append($0) }
        return out
    }

    /// `backlinkSources(to:)` one at a time, in order, without an array of them.
    public func forEachBacklinkSource(to path: String, _ body: (Backlink) -> Void) {
        guard let id = idByPath[path], let list = backlinksByID[id] else { return }
        var last: Int32 = -1
        for chunk in list.chunks {
            chunk.withUnsafeBufferPointer { b in
                for i in b.indices where b[i].source != last {
                    body(backlink(b[i]))
                    last = b[i].source
                }
            }
        }
    }

    /// How many lines link to `path` (`backlinks(to:).count`, without the copy).
    public func backlinkCount(to path: String) -> Int {
        idByPath[path].flatMap { backlinksByID[$0]?.count } ?? 0
    }

    /// The person's interactions that `match` picks, newest first; only those are copied.
    public func interactions(of personPath: String, where match: (Interaction) -> Bool) -> [Interaction] {
        idByPath[personPath].flatMap { interactionsByPerson[$0]?.filter(match) } ?? []
    }
}
