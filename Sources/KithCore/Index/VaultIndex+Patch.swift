import Foundation

/// The fast path of an update: one existing note's content changed, every path is the same, so
/// the resolver and every other note's description stand. Re-describe the note and patch what
/// depends on it; the result is what `IndexBuilder.build` gives (proven by the update tests).
extension VaultIndex {
    mutating func replaceNote(at id: Int, with parsed: ParsedNote, classifier: NoteClassifier) {
        let old = notes[id]
        let path = old.path
        var cache: [String: LinkResolver.Candidates] = [:]
        var found = CheckReport()
        let (note, targetIDs) = IndexBuilder.describe(parsed, id: id, classifier: classifier, resolver: resolver,
                                                      noteCount: notes.count, cache: &cache, report: &found)
        notes[id] = note

        // The report lists problems in note order: swap this note's run for the new one.
        Self.replaceRun(&report.frontmatterErrors, with: found.frontmatterErrors, path: path, key: \.path)
        Self.replaceRun(&report.unresolved, with: found.unresolved, path: path, key: \.source)
        Self.replaceRun(&report.ambiguous, with: found.ambiguous, path: path, key: \.source)

        // Backlinks from this note: drop the old ones, add the new ones at its place in path order.
        let oldTargets = Set(old.links.compactMap { $0.target.flatMap { idByPath[$0] } }).subtracting([id])
        var fresh: [Int: [Backlink]] = [:]
        var seen = Set<Int>()
        for (k, link) in note.links.enumerated() {
            let tid = Int(targetIDs[k])
            guard tid >= 0, tid != id, seen.insert(link.reference.line << 32 | tid).inserted else { continue }
            fresh[tid, default: []].append(Backlink(source: path, kind: note.kind, line: link.reference.line,
                                                    sourceLine: note.parsed.line(link.reference.line)))
        }
        for t in oldTargets.union(fresh.keys) {
            let new = fresh[t] ?? []
            // Untouched links (an edit elsewhere in the note) leave the list alone. (Closure
            // literals: see patchInteraction.)
            if backlinksByID[t]?.filter({ $0.source == path }) ?? [] == new { continue }
            // This note's run, replaced at its place in source path order (its entries keep
            // link order); only the chunks it touches are copied.
            var list = backlinksByID.removeValue(forKey: t) ?? ChunkedList([])
            list.removeAll { $0.source == path }
            for b in new { list.insert(b) { $0.source < $1.source } }
            if !list.isEmpty { backlinksByID[t] = list }
        }

        if old.kind != note.kind {
            peopleIDs = notes.indices.filter { notes[$0].kind == .person }
            transcriptIDs = notes.indices.filter { notes[$0].kind == .transcript }
        }

        // This note's own interactions, when it is (or was) a person: computed again, reusing
        // the summaries of the transcripts it already had (the owner of a vault has thousands).
        if old.kind == .person || note.kind == .person {
            allInteractions.removeAll { $0.person == path }
            if note.kind == .person {
                var summaries: [String: String?] = [:]
                for i in interactionsByPerson[id]?.elements ?? [[Interaction]]().joined() where i.origin == .transcript {
                    if let t = i.target { summaries[t] = i.summary }
                }
                let list = interactions(ofPerson: id, summaries: summaries)
                interactionsByPerson[id] = list.isEmpty ? nil : TimelineStore(list)
                insertIntoTimeline(list, person: id)
            } else {
                interactionsByPerson[id] = nil
            }
        }
        // Every person this note links (or linked): only the entry this note gives them changes.
        for pid in oldTargets.union(fresh.keys).sorted() where notes[pid].kind == .person {
            patchInteraction(of: pid, from: id)
        }
        report.lastContactMismatches = peopleIDs.compactMap { pid in
            guard let written = notes[pid].lastContactWritten,
                  let newest = interactionsByPerson[pid]?.first(where: { $0.date != nil })?.date,
                  newest > written else { return nil }
            return .init(path: notes[pid].path, lastContact: written, newestInteraction: newest)
        }
    }

    /// Replaces the interaction that transcript `source` gives person `pid` (it changed, appeared
    /// or stopped being a transcript or linking them).
    private mutating func patchInteraction(of pid: Int, from source: Int) {
        let person = notes[pid], t = notes[source]
        // Closure literals below, not one closure value: called through a value, every scanned
        // entry (22k in the timeline) was copied (retained and released) for the call.
        let tPath = t.path
        var item: Interaction?
        if t.kind == .transcript, !person.recentContext.contains(where: { $0.target == t.path }),
           let line = backlinksByID[pid]?.first(where: { $0.source == t.path })?.line {
            item = Interaction(date: t.date, person: person.path, target: t.path, label: t.name,
                               summary: IndexBuilder.summary(of: t.parsed), via: nil, line: line,
                               origin: .transcript)
        }
        let had = interactionsByPerson[pid]?.first { $0.target == tPath && $0.origin == .transcript }
        // The same entry as before (the transcript's body changed, not its date, title, summary
        // or link line): nothing to do.
        if had == item { return }
        // Changed in place: only the chunks holding the old and the new entry are copied (the
        // vault's owner has thousands of entries).
        var list = interactionsByPerson.removeValue(forKey: pid) ?? TimelineStore([])
        if had != nil { list.removeAll { $0.target == tPath && $0.origin == .transcript } }
        let personPath = person.path
        allInteractions.removeAll { $0.target == tPath && $0.origin == .transcript && $0.person == personPath }
        if let item {
            list.insert(item, before: Self.listBefore)
            insertIntoTimeline([item], person: pid)
        }
        if !list.isEmpty { interactionsByPerson[pid] = list }
    }

    /// A person's list order as the builder leaves it: newest first (undated last), then line,
    /// then Recent Context before transcripts, transcripts by path.
    static func listBefore(_ a: Interaction, _ b: Interaction) -> Bool {
        if a.date != b.date || a.line != b.line { return IndexBuilder.newestFirst(a, b) }
        if a.origin != b.origin { return a.origin == .recentContext }
        return (a.target ?? "") < (b.target ?? "")
    }

    /// A person's interactions as `IndexBuilder.build` makes them: Recent Context as written,
    /// plus transcripts linking the person that their Recent Context does not already point at.
    func interactions(ofPerson pid: Int, summaries: [String: String?] = [:]) -> [Interaction] {
        let person = notes[pid]
        var list = IndexBuilder.written(by: person)
        let written = Set(person.recentContext.compactMap(\.target))
        var sources = Set<Int>()
        for b in backlinksByID[pid]?.elements ?? [[Backlink]]().joined() where b.kind == .transcript {
            guard let tid = idByPath[b.source], !sources.contains(tid), !written.contains(b.source) else { continue }
            sources.insert(tid)
            let t = notes[tid]
            list.append(Interaction(date: t.date, person: person.path, target: t.path, label: t.name,
                                    summary: summaries[t.path] ?? IndexBuilder.summary(of: t.parsed), via: nil,
                                    line: b.line, origin: .transcript))
        }
        list.sort(by: IndexBuilder.newestFirst)
        return list
    }

    /// Inserts one person's interactions (newest first) where `IndexBuilder.timeline` puts them:
    /// by date (undated last), then name key, then path (people with the same key keep path
    /// order), then line; equal entries keep list order.
    private mutating func insertIntoTimeline(_ list: [Interaction], person pid: Int) {
        guard !list.isEmpty else { return }
        let key = NameOrder.key(notes[pid].name)
        var keys: [String: NameKey] = [:]
        func keyOf(_ p: String) -> NameKey {
            if let k = keys[p] { return k }
            let k = idByPath[p].map { NameOrder.key(notes[$0].name) } ?? NameOrder.key(p)
            keys[p] = k
            return k
        }
        func before(_ a: Interaction, _ b: Interaction) -> Bool {
            if a.date != b.date {
                switch (a.date, b.date) {
                case let (x?, y?): return x > y
                case (nil, _?): return false
                default: return true
                }
            }
            if a.person != b.person {
                let kb = keyOf(b.person)
                return key != kb ? key < kb : a.person < b.person
            }
            return Self.listBefore(a, b)
        }
        if list.count > 16 {
            // Many entries (a person with thousands of transcripts): one merge pass.
            allInteractions.merge(list, before: before)
        } else {
            for item in list { allInteractions.insert(item, before: before) }
        }
    }

    /// Replaces the contiguous run of entries for `path` (or inserts at its place in path order).
    static func replaceRun<T>(_ list: inout [T], with new: [T], path: String, key: KeyPath<T, String>) {
        guard !(new.isEmpty && list.isEmpty) else { return }
        let start = list.firstIndex { $0[keyPath: key] >= path } ?? list.count
        var end = start
        while end < list.count, list[end][keyPath: key] == path { end += 1 }
        list.replaceSubrange(start..<end, with: new)
    }
}
