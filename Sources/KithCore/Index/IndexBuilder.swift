import Foundation

/// Turns parsed notes into a `VaultIndex`: kinds, names, resolution, person sections,
/// interactions, backlinks and the check report.
///
/// Notes are described in parallel (contiguous chunks of the path order, each with its own
/// resolution cache and problem lists, merged in chunk order), so the result is the same as a
/// serial build; `build(parallel: false)` is that serial build, kept for tests.
struct IndexBuilder {
    let root: String
    let parsed: [ParsedNote]
    let attachments: [String]
    let unreadable: [CheckReport.Unreadable]
    let classifier: NoteClassifier
    let settings: VaultSettings
    /// The resolver of `parsed`'s paths (in their order) and `attachments`, when the caller
    /// built it already (a load builds it from the listing while the notes are parsed).
    var resolving: BackgroundResult<LinkResolver>? = nil

    /// What `describe` found for a run of notes, in path order.
    struct Described {
        /// The notes in the index's blocks (`ChunkedArray`'s chunk size): the index keeps
        /// these arrays, no note copied into another.
        var blocks: [[IndexedNote]] = []
        /// Per note, the ID of each link's target note (-1: unresolved or an attachment).
        var targetIDs: [[Int32]] = []
        var report = CheckReport()
    }

    func build(parallel: Bool = true) -> VaultIndex {
        var sorted = parsed
        let inOrder = Self.isSortedByPath(sorted)
        if !inOrder { sorted.sort { $0.path < $1.path } }
        let resolver = (inOrder ? try? resolving?.value() : nil)
            ?? LinkResolver(notes: sorted.map(\.path), attachments: attachments)
        // Sixteen chunks a core for the descriptions: with four, the last chunk was one core's
        // work alone for a fifth of a second at 100,000 notes (each chunk's own resolution
        // cache costs little against that).
        let chunkCount = parallel ? Self.chunkCount(sorted.count, per: 256, perCore: 16) : 1
        let described = describeAll(sorted, resolver: resolver, chunks: chunkCount)
        sorted = []
        // The notes stay in the blocks they were described into: a flat array, then the
        // index's chunks, were two copies of every note (each retaining its strings and
        // arrays), made on one core while the other waited, and both alive to the end.
        let notes = described.notes, targetIDs = described.targetIDs
        var report = described.report
        report.unreadable = unreadable

        var idByPath: [String: Int] = [:]
        idByPath.reserveCapacity(notes.count)
        // By position (each field read in place): iterating would copy every note.
        for id in notes.indices { idByPath[notes[id].path] = id }
        // Backlinks on a thread of their own, beside the contacts, when building in parallel:
        // one serial pass (~60 ms at 100,000 notes) that kept one core idle.
        let linking = parallel ? BackgroundResult { Self.backlinks(notes: notes, targetIDs: targetIDs) } : nil
        let peopleIDs = notes.indices.filter { notes[$0].kind == .person }
        let transcriptIDs = notes.indices.filter { notes[$0].kind == .transcript }

        report.settings = settings.problems
        let owner = Self.owner(settings: settings, notes: notes, peopleIDs: peopleIDs, report: &report)
        let names = Self.names(notes: notes, peopleIDs: peopleIDs)
        let (contactsBySource, sourcesByPerson) = Self.contacts(notes: notes, targetIDs: targetIDs,
                                                                finder: ContactFinder(names: names), chunks: chunkCount)

        let backlinks = (try? linking?.value()) ?? Self.backlinks(notes: notes, targetIDs: targetIDs)
        let byPerson = Self.interactionsByPerson(peopleIDs, notes: notes, contactsBySource: contactsBySource,
                                                 sourcesByPerson: sourcesByPerson, parallel: parallel)
        let all = Self.timeline(peopleIDs: peopleIDs, notes: notes, byPerson: byPerson)
        var index = VaultIndex(root: root, notes: notes, attachments: attachments, report: report,
                               idByPath: idByPath, peopleIDs: peopleIDs, transcriptIDs: transcriptIDs,
                               chunkedBacklinks: backlinks.mapValues { ChunkedList($0) },
                               interactionsByPerson: byPerson.mapValues { TimelineStore($0) },
                               allInteractions: all, resolver: LazyLinkResolver(resolver))
        index.settings = settings
        index.classifier = classifier
        index.ownerID = owner
        index.names = names
        index.contactsBySource = contactsBySource
        index.sourcesByPerson = sourcesByPerson
        return index
    }

    /// How many chunks to cut `count` items into: about one per `per` items, at most four per
    /// core (so a slow chunk does not hold up the rest), at least one.
    static func chunkCount(_ count: Int, per: Int, perCore: Int = 4) -> Int {
        min(max(1, count / per), perCore * Parallel.cores)
    }

    /// Every note described on its own, in `chunks` contiguous runs over all cores (each with its
    /// own resolution cache and problem lists), merged in path order as a serial pass would.
    /// The runs are whole blocks of the index's `ChunkedArray` (the last may be short), and
    /// the notes are described straight into them.
    func describeAll(_ input: [ParsedNote], resolver: LinkResolver, chunks: Int)
        -> (notes: ChunkedArray<IndexedNote>, targetIDs: [[Int32]], report: CheckReport) {
        let noteCount = input.count
        let classifier = self.classifier
        let settings = self.settings
        let shared = SharedCandidates()
        let blockSize = ChunkedArray<IndexedNote>.chunkSize
        let blockCount = (noteCount + blockSize - 1) / blockSize
        var parts = Parallel.chunks(of: blockCount, into: chunks) { blocks in
            var part = Described()
            part.blocks.reserveCapacity(blocks.count)
            var cache: [String: LinkResolver.Candidates] = [:]
            for b in blocks {
                let range = (b * blockSize)..<min(noteCount, (b + 1) * blockSize)
                var block: [IndexedNote] = []
                block.reserveCapacity(range.count)
                for i in range {
                    let (note, ids) = Self.describe(input[i], id: i, classifier: classifier, settings: settings,
                                                    resolver: resolver, noteCount: noteCount, cache: &cache,
                                                    shared: shared, report: &part.report)
                    block.append(note)
                    part.targetIDs.append(ids)
                }
                part.blocks.append(block)
            }
            return part
        }
        var report = CheckReport()
        var blocks: [[IndexedNote]] = []
        blocks.reserveCapacity(blockCount)
        var targetIDs: [[Int32]] = []
        targetIDs.reserveCapacity(noteCount)
        for c in parts.indices {
            blocks += parts[c].blocks
            targetIDs += parts[c].targetIDs
            report.frontmatterErrors += parts[c].report.frontmatterErrors
            report.unresolved += parts[c].report.unresolved
            report.ambiguous += parts[c].report.ambiguous
            parts[c] = Described()
        }
        // Every target's candidates, freed off this thread (~35 ms at 100,000 notes).
        BackgroundRelease.release(consume shared)
        // Cut as `ChunkedArray` cuts: every block full but the last.
        return (ChunkedArray(chunks: blocks)!, targetIDs, report)
    }

    /// Backlinks by target ID: one per (source, line, target); links to oneself are not backlinks.
    static func backlinks(notes: ChunkedArray<IndexedNote>, targetIDs: [[Int32]]) -> [Int: [BacklinkEntry]] {
        var backlinks: [Int: [BacklinkEntry]] = [:]
        var seen = Set<Int>()
        for sid in notes.indices {
            seen.removeAll(keepingCapacity: true)
            let ids = targetIDs[sid]
            let (kind, bodyStart) = (notes[sid].kind, notes[sid].parsed.bodyStartLine)
            for (k, link) in notes[sid].links.enumerated() {
                let tid = Int(ids[k])
                guard tid >= 0, tid != sid, seen.insert(link.reference.line << 32 | tid).inserted else { continue }
                backlinks[tid, default: []].append(
                    BacklinkEntry(source: sid, line: link.reference.line, kind: kind,
                                  inFrontmatter: link.reference.line < bodyStart))
            }
        }
        return backlinks
    }

    /// Who each note records contacts with (on all cores, in `chunks` runs), and per person the
    /// notes that do, in path order.
    static func contacts(notes: ChunkedArray<IndexedNote>, targetIDs: [[Int32]], finder: ContactFinder, chunks: Int)
        -> (bySource: [Int: [SourceContact]], sourcesByPerson: [Int: [Int32]]) {
        // By position (each field read in place): iterating would copy every note.
        let isPerson = notes.indices.map { notes[$0].kind == .person }
        let batch = (notes.count + chunks - 1) / max(1, chunks)
        let contacts = Parallel.map(notes.count, batch: batch) { i in
            finder.contacts(of: notes[i], id: i, targetIDs: targetIDs[i]) { isPerson[$0] }
        }
        var contactsBySource: [Int: [SourceContact]] = [:]
        var sourcesByPerson: [Int: [Int32]] = [:]
        for (sid, list) in contacts.enumerated() where !list.isEmpty {
            contactsBySource[sid] = list
            for c in list { sourcesByPerson[Int(c.person), default: []].append(Int32(sid)) }
        }
        return (contactsBySource, sourcesByPerson)
    }

    /// Each person's interactions, on all cores when `parallel` (a person's list depends only on
    /// the notes and the contacts), the same as one serial pass in people order.
    static func interactionsByPerson(_ peopleIDs: [Int], notes: ChunkedArray<IndexedNote>,
                                     contactsBySource: [Int: [SourceContact]],
                                     sourcesByPerson: [Int: [Int32]], parallel: Bool) -> [Int: [Interaction]] {
        // The people with most sources first, in batches the cores take as they free up: the
        // vault's owner is in most meetings, and in a chunk of path order the owner's list was
        // the one core still working at the end (~0.5 s at 100,000 notes). Each list depends
        // only on its person, so the result is the serial one.
        let sizes = peopleIDs.map { sourcesByPerson[$0]?.count ?? 0 }
        let order = peopleIDs.indices.sorted { a, b in sizes[a] != sizes[b] ? sizes[a] > sizes[b] : a < b }
        let batch = parallel ? 16 : max(1, order.count)
        let batches = (order.count + batch - 1) / batch
        let lists = Parallel.map(batches) { b in
            var summaries: [Int32: String?] = [:]
            return order[(b * batch)..<min(order.count, (b + 1) * batch)].map { k in
                let pid = peopleIDs[k]
                return interactions(of: pid, notes: notes, sources: sourcesByPerson[pid] ?? [],
                                    contacts: { contactsBySource[$0] ?? [] }, summaries: &summaries)
            }
        }
        var byPerson: [Int: [Interaction]] = [:]
        byPerson.reserveCapacity(peopleIDs.count)
        var at = 0
        for part in lists {
            for list in part {
                byPerson[peopleIDs[order[at]]] = list
                at += 1
            }
        }
        return byPerson
    }

    static func isSortedByPath(_ notes: [ParsedNote]) -> Bool {
        var k = 1
        while k < notes.count {
            if notes[k].path < notes[k - 1].path { return false }
            k += 1
        }
        return true
    }

    /// Frontmatter tags (list, or one string split on commas/spaces) then inline ones, without
    /// `#`, deduplicated ignoring case (first spelling kept).
    static func tags(_ value: FrontmatterValue?, inline: [String]) -> [String] {
        var raw: [String] = []
        switch value {
        case .scalar(let s)?: raw = s.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        case .list?: raw = value!.strings
        default: break
        }
        var seen = Set<String>()
        var out: [String] = []
        for t in raw + inline {
            var tag = t.trimmedSpaces.asString
            while tag.hasPrefix("#") { tag.removeFirst() }
            if !tag.isEmpty, seen.insert(tag.lowercased()).inserted { out.append(tag) }
        }
        return out
    }

    /// The first line of a note's `## Summary`, whole: JSON carries it as written, and the
    /// text outputs and screens cut it to their width (at a word, with `…`).
    static func summary(of p: ParsedNote) -> String? {
        guard let s = PersonSections.section("Summary", in: p) else { return nil }
        let body = s.body.substring
        let u = body.utf8
        let text = body[..<(u.firstIndex(of: 0x0A) ?? u.endIndex)].trimmedSpaces
        return text.isEmpty ? nil : String(text)
    }

    /// A note's text after its frontmatter (a slice, not a copy), or nil when there is none.
    static func body(of p: ParsedNote) -> Substring? {
        bodySpan(of: p)?.substring
    }

    /// The same as a span of the note's text (kept without keeping the text).
    static func bodySpan(of p: ParsedNote) -> TextSpan? {
        let start = p.bodyStartLine
        let r = p.storage.current
        guard start >= 1, start <= r.lineStarts.count else { return nil }
        return TextSpan(p.storage, start: Int(r.lineStarts[start - 1]), end: r.text.utf8.count)
    }

    /// The first line of a body that reads as text (not blank, not a heading or fence), as a
    /// summary (meeting notes are often a few bullets under their properties).
    static func firstTextSummary(_ body: Substring) -> String? {
        var rest = body
        while !rest.isEmpty {
            let end = rest.utf8.firstIndex(of: 0x0A) ?? rest.endIndex
            var line = rest[..<end]
            rest = end < rest.endIndex ? rest[rest.utf8.index(after: end)...] : rest[rest.endIndex...]
            if line.utf8.last == 0x0D { line = line.dropLast() }
            let t = line.trimmedSpaces
            if t.isEmpty || t.hasPrefix("#") || t.hasPrefix("```") || t.hasPrefix("~~~") { continue }
            if let text = ContactLine.summary(line) { return text }
        }
        return nil
    }

    /// A source line as a one-line excerpt.
    static func excerpt(_ line: Substring) -> String {
        let t = line.trimmedSpaces
        // At most 200 bytes is at most 200 characters: no need to count them.
        if t.utf8.count <= 200 { return String(t) }
        return t.count > 200 ? String(t.prefix(199)) + "…" : String(t)
    }
}
