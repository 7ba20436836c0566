/// Interactions of the index: each person's list and the vault-wide timeline.
extension IndexBuilder {
    /// One person's interactions, newest first: Recent Context as written, plus transcripts
    /// that link the person and are not already a target of that person's Recent Context
    /// (each transcript once; `sources` are the IDs of `backlinks`' sources). `summaries`
    /// caches transcript summaries across the people of one worker.
    static func interactions(of pid: Int, notes: [IndexedNote], backlinks: [Backlink], sources: [Int32],
                             summaries: inout [Int32: String?]) -> [Interaction] {
        let person = notes[pid]
        var list = written(by: person)
        let written = Set(person.recentContext.compactMap(\.target))
        var sourceIDs = Set<Int32>()
        for (b, tid) in zip(backlinks, sources) where b.kind == .transcript {
            guard !sourceIDs.contains(tid), !written.contains(b.source) else { continue }
            sourceIDs.insert(tid)
            let t = notes[Int(tid)]
            let summary: String?
            if let known = summaries[tid] { summary = known } else {
                summary = Self.summary(of: t.parsed)
                summaries[tid] = summary
            }
            list.append(Interaction(date: t.date, person: person.path, target: t.path, label: t.name,
                                    summary: summary, via: nil, line: b.line, origin: .transcript))
        }
        list.sort(by: Self.newestFirst)
        return list
    }

    /// A person's Recent Context entries as interactions, in file order (shared by the build
    /// and by an update's patch, so both make the same entries).
    static func written(by person: IndexedNote) -> [Interaction] {
        person.recentContext.map {
            Interaction(date: $0.date, person: person.path, target: $0.target, label: $0.label,
                        summary: $0.summary, via: $0.via, line: $0.line, origin: .recentContext)
        }
    }

    /// Every interaction, newest first (undated last), same date by person name, then line.
    /// Names are ranked once (people with equal name keys share a rank), so the sort compares
    /// integers rather than folded strings.
    static func timeline(peopleIDs: [Int], notes: [IndexedNote], byPerson: [Int: [Interaction]]) -> [Interaction] {
        let keys = peopleIDs.map { NameOrder.key(notes[$0].name) }
        let byKey = keys.indices.sorted { keys[$0] < keys[$1] }
        var rank = [Int](repeating: 0, count: keys.count)
        for (k, i) in byKey.enumerated() where k > 0 {
            let previous = byKey[k - 1]
            rank[i] = keys[previous] < keys[i] ? rank[previous] + 1 : rank[previous]
        }
        // Sort positions, not the (large) interactions themselves: the stable sort of the same
        // order with the same comparator, without moving and retaining strings on every swap.
        var all: [Interaction] = []
        var person: [Int] = [], personRank: [Int] = []
        for (k, pid) in peopleIDs.enumerated() {
            for i in byPerson[pid] ?? [] {
                all.append(i)
                person.append(pid)
                personRank.append(rank[k])
            }
        }
        let dates = all.map(\.date), lines = all.map(\.line)
        var order = Array(all.indices)
        order.sort { a, b in
            if dates[a] != dates[b] {
                switch (dates[a], dates[b]) {
                case let (x?, y?): return x > y
                case (nil, _?): return false
                default: return true
                }
            }
            if person[a] != person[b] { return personRank[a] < personRank[b] }
            return lines[a] < lines[b]
        }
        return order.map { all[$0] }
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
