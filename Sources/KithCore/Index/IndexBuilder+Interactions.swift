/// Interactions of the index: each person's list and the vault-wide timeline.
extension IndexBuilder {
    /// One person's interactions, newest first: what their own note says (Recent Context and
    /// its dated log), plus one per note that records a contact with them (`sources`, ascending
    /// IDs) and is not already a target of what their note says. `summaries` caches the
    /// `## Summary` of transcripts across the people of one worker.
    static func interactions(of pid: Int, notes: ChunkedArray<IndexedNote>, sources: [Int32],
                             contacts: (Int) -> [SourceContact], summaries: inout [Int32: String?]) -> [Interaction] {
        let person = notes[pid]
        var list = written(by: person)
        let written = writtenTargets(of: person)
        let me = Int32(pid)
        for sid in sources {
            let s = Int(sid)
            guard written.isEmpty || !written.contains(notes[s].path),
                  let c = contacts(s).first(where: { $0.person == me }) else { continue }
            list.append(interaction(of: person.path, from: notes[s], contact: c, summaries: &summaries, id: sid))
        }
        list.sort(by: listBefore)
        return list
    }

    /// The notes a person's own note already points at from a dated entry: they are not
    /// counted again when they link the person.
    static func writtenTargets(of person: IndexedNote) -> Set<String> {
        Set(person.recentContext.compactMap(\.target) + person.log.compactMap(\.target))
    }

    /// The interaction a source note gives a person.
    static func interaction(of person: String, from s: borrowing IndexedNote, contact c: SourceContact,
                            summaries: inout [Int32: String?], id: Int32) -> Interaction {
        let summary: Interaction.SummarySource
        switch c.origin {
        case .daily, .inlineField:
            summary = Int(c.line) >= s.parsed.bodyStartLine ? .line(s.parsed.lineSpan(Int(c.line))) : .text(nil)
        default:
            let known: String?
            if let cached = summaries[id] { known = cached } else {
                known = Self.summary(of: s.parsed)
                summaries[id] = known
            }
            // A meeting note without `## Summary`: its first line of text, made when read.
            if known == nil, c.origin == .meeting, let body = Self.bodySpan(of: s.parsed) {
                summary = .body(body)
            } else {
                summary = .text(known)
            }
        }
        return Interaction(date: c.date, person: person, target: s.path, label: s.name, summary: summary,
                           via: nil, line: Int(c.line), origin: c.origin)
    }

    /// A person's own entries (Recent Context, then the log) as interactions, in file order
    /// (shared by the build and by an update's patch, so both make the same entries).
    static func written(by person: IndexedNote) -> [Interaction] {
        person.recentContext.map {
            Interaction(date: $0.date, person: person.path, target: $0.target, label: $0.label,
                        summary: $0.summary, via: $0.via, line: $0.line, origin: .recentContext)
        } + person.log.map {
            Interaction(date: $0.date, person: person.path, target: $0.target, label: $0.label,
                        summary: $0.summary, via: $0.via, line: $0.line, origin: .log)
        }
    }

    /// A person's list order: newest first (undated last), then line, then their own entries
    /// before those found in other notes, those by path. A total order: the build and an
    /// update's patch put entries in the same places.
    static func listBefore(_ a: Interaction, _ b: Interaction) -> Bool {
        if a.date != b.date || a.line != b.line { return newestFirst(a, b) }
        if a.origin.isWritten != b.origin.isWritten { return a.origin.isWritten }
        if a.origin != b.origin { return a.origin == .recentContext }
        return (a.target ?? "") < (b.target ?? "")
    }

    /// Every interaction, newest first (undated last), same date by person name, then line.
    /// Names are ranked once (people with equal name keys share a rank), so the sort compares
    /// integers rather than folded strings.
    static func timeline(peopleIDs: [Int], notes: ChunkedArray<IndexedNote>, byPerson: [Int: [Interaction]]) -> TimelineStore {
        let keys = peopleIDs.map { NameOrder.key(notes[$0].name) }
        let byKey = keys.indices.sorted { keys[$0] < keys[$1] }
        var rank = [Int](repeating: 0, count: keys.count)
        for (k, i) in byKey.enumerated() where k > 0 {
            let previous = byKey[k - 1]
            rank[i] = keys[previous] < keys[i] ? rank[previous] + 1 : rank[previous]
        }
        // Sort positions (which person's list, where in it), not the (large) interactions
        // themselves; then copy each interaction once, on all cores, into the timeline's chunks
        // (appending them to one array, then sorting, then chunking copied each three times).
        let lists = peopleIDs.map { byPerson[$0] ?? [] }
        var slot: [Int32] = [], item: [Int32] = [], dates: [CalendarDate?] = [], lines: [Int] = []
        let count = lists.reduce(0) { $0 + $1.count }
        slot.reserveCapacity(count)
        item.reserveCapacity(count)
        dates.reserveCapacity(count)
        lines.reserveCapacity(count)
        for (k, list) in lists.enumerated() {
            list.withUnsafeBufferPointer { b in
                for i in b.indices {
                    slot.append(Int32(k))
                    item.append(Int32(i))
                    dates.append(b[i].date)
                    lines.append(b[i].line)
                }
            }
        }
        var order = Array(slot.indices)
        order.sort { a, b in
            if dates[a] != dates[b] {
                switch (dates[a], dates[b]) {
                case let (x?, y?): return x > y
                case (nil, _?): return false
                default: return true
                }
            }
            if slot[a] != slot[b] { return rank[Int(slot[a])] < rank[Int(slot[b])] }
            return lines[a] < lines[b]
        }
        let sorted = order, slots = slot, items = item
        return TimelineStore.gathering(count) { k in lists[Int(slots[sorted[k]])][Int(items[sorted[k]])] }
    }

    /// Newest first; undated last; same date by line (file order).
    static func newestFirst(_ a: Interaction, _ b: Interaction) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.line < b.line
        }
    }
}
