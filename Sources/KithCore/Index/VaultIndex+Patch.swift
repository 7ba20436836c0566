import Foundation

/// The fast path of an update: one existing note's content changed, every path is the same, so
/// the resolver and every other note's description stand. Re-describe the note and patch what
/// depends on it; the result is what `IndexBuilder.build` gives (proven by the update tests).
extension VaultIndex {
    /// Whether an edit turning `old` into `new` can be patched in: anything that changes who is a
    /// person, their names (plain names in properties match them) or the vault's owner changes
    /// other notes' contacts, and takes the rebuild instead.
    static func canPatch(_ old: IndexedNote, _ new: IndexedNote) -> Bool {
        guard old.kind == .person || new.kind == .person else { return true }
        return old.kind == new.kind && old.name == new.name && old.aliases == new.aliases
            && old.marksOwner == new.marksOwner
    }

    /// Re-describes note `id` from `parsed` and patches what depends on it. Returns false, with
    /// the index unchanged, when the edit needs a rebuild (`canPatch`).
    mutating func replaceNote(at id: Int, with parsed: ParsedNote) -> Bool {
        let old = notes[id]
        let path = old.path
        var cache: [String: LinkResolver.Candidates] = [:]
        var found = CheckReport()
        let (note, targetIDs) = IndexBuilder.describe(parsed, id: id, classifier: classifier, settings: settings,
                                                      resolver: resolver, noteCount: notes.count, cache: &cache,
                                                      report: &found)
        guard Self.canPatch(old, note) else { return false }
        notes[id] = note

        // The report lists problems in note order: swap this note's run for the new one.
        Self.replaceRun(&report.frontmatterErrors, with: found.frontmatterErrors, path: path, key: \.path)
        Self.replaceRun(&report.unresolved, with: found.unresolved, path: path, key: \.source)
        Self.replaceRun(&report.ambiguous, with: found.ambiguous, path: path, key: \.source)

        // Backlinks from this note: drop the old ones, add the new ones at its place in path order.
        let oldTargets = Set(old.links.compactMap { $0.target.flatMap { idByPath[$0] } }).subtracting([id])
        var fresh: [Int: [BacklinkEntry]] = [:]
        var seen = Set<Int>()
        for (k, link) in note.links.enumerated() {
            let tid = Int(targetIDs[k])
            guard tid >= 0, tid != id, seen.insert(link.reference.line << 32 | tid).inserted else { continue }
            fresh[tid, default: []].append(BacklinkEntry(source: id, line: link.reference.line, kind: note.kind,
                                                         inFrontmatter: link.reference.line < note.parsed.bodyStartLine))
        }
        let source = Int32(id)
        for t in oldTargets.union(fresh.keys) {
            let new = fresh[t] ?? []
            // Untouched links (an edit elsewhere in the note) leave the list alone: an entry
            // makes its excerpt from the note's text as it is now. (Closure literals: see
            // patchInteraction.)
            if backlinksByID[t]?.filter({ $0.source == source }) ?? [] == new { continue }
            // This note's run, replaced at its place in source path order (positions are in
            // path order; its entries keep link order); only the chunks it touches are copied.
            var list = backlinksByID.removeValue(forKey: t) ?? ChunkedList([])
            list.removeAll { $0.source == source }
            for b in new { list.insert(b) { $0.source < $1.source } }
            if !list.isEmpty { backlinksByID[t] = list }
        }
        if old.kind != note.kind { transcriptIDs = notes.indices.filter { notes[$0].kind == .transcript } }

        // Who this note records contacts with, and for each such person the notes that do.
        let before = contactsBySource[id] ?? []
        let after = ContactFinder(names: names).contacts(of: note, id: id, targetIDs: targetIDs) { notes[$0].kind == .person }
        contactsBySource[id] = after.isEmpty ? nil : after
        let was = Set(before.map { Int($0.person) }), now = Set(after.map { Int($0.person) })
        for pid in was.subtracting(now) {
            sourcesByPerson[pid]?.removeAll { $0 == Int32(id) }
            if sourcesByPerson[pid]?.isEmpty == true { sourcesByPerson[pid] = nil }
        }
        for pid in now.subtracting(was) {
            var list = sourcesByPerson[pid] ?? []
            list.insert(Int32(id), at: list.firstIndex { $0 > Int32(id) } ?? list.count)
            sourcesByPerson[pid] = list
        }

        // This note's own interactions, when it is a person: computed again, reusing the
        // summaries of the transcripts it already had (the owner of a vault has thousands).
        if note.kind == .person {
            allInteractions.removeAll { $0.person == path }
            var summaries: [Int32: String?] = [:]
            for i in interactionsByPerson[id]?.elements ?? [[Interaction]]().joined()
            where i.origin == .transcript || i.origin == .meeting {
                if let t = i.target, let tid = idByPath[t] { summaries[Int32(tid)] = i.summary }
            }
            let contacts = contactsBySource
            let list = IndexBuilder.interactions(of: id, notes: notes, sources: sourcesByPerson[id] ?? [],
                                                 contacts: { contacts[$0] ?? [] }, summaries: &summaries)
            interactionsByPerson[id] = list.isEmpty ? nil : TimelineStore(list)
            insertIntoTimeline(list, person: id)
        }
        // Every other person this note records (or recorded) a contact with: only the entry
        // this note gives them changes.
        for pid in was.union(now).sorted() where pid != id {
            patchInteraction(of: pid, from: id)
        }
        return true
    }

    /// Replaces the interaction that source note `source` gives person `pid` (it changed,
    /// appeared, or stopped recording a contact with them).
    private mutating func patchInteraction(of pid: Int, from source: Int) {
        let person = notes[pid], s = notes[source]
        // Closure literals below, not one closure value: called through a value, every scanned
        // entry (22k in the timeline) was copied (retained and released) for the call.
        let sPath = s.path
        var item: Interaction?
        if let c = contactsBySource[source]?.first(where: { $0.person == Int32(pid) }),
           !IndexBuilder.writtenTargets(of: person).contains(sPath) {
            var summaries: [Int32: String?] = [:]
            item = IndexBuilder.interaction(of: person.path, from: s, contact: c, summaries: &summaries, id: Int32(source))
        }
        let had = interactionsByPerson[pid]?.first { $0.target == sPath && !$0.origin.isWritten }
        // The same entry as before (the note's body changed, not its date, title, summary or
        // the line that names them): nothing to do.
        if had == item { return }
        // Changed in place: only the chunks holding the old and the new entry are copied (the
        // vault's owner has thousands of entries).
        var list = interactionsByPerson.removeValue(forKey: pid) ?? TimelineStore([])
        if had != nil { list.removeAll { $0.target == sPath && !$0.origin.isWritten } }
        let personPath = person.path
        allInteractions.removeAll { $0.target == sPath && !$0.origin.isWritten && $0.person == personPath }
        if let item {
            list.insert(item, before: IndexBuilder.listBefore)
            insertIntoTimeline([item], person: pid)
        }
        if !list.isEmpty { interactionsByPerson[pid] = list }
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
            return IndexBuilder.listBefore(a, b)
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
