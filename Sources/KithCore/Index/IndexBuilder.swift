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

    /// What `describe` found for a run of notes, in path order.
    struct Described {
        var notes: [IndexedNote] = []
        /// Per note, the ID of each link's target note (-1: unresolved or an attachment).
        var targetIDs: [[Int32]] = []
        var report = CheckReport()
    }

    func build(parallel: Bool = true) -> VaultIndex {
        var sorted = parsed
        if !Self.isSortedByPath(sorted) { sorted.sort { $0.path < $1.path } }
        let resolver = LinkResolver(notes: sorted.map(\.path), attachments: attachments)
        let noteCount = sorted.count
        let input = sorted

        // Describe: every note on its own, in chunks over all cores.
        let chunkCount = parallel ? min(max(1, noteCount / 256), 4 * ProcessInfo.processInfo.activeProcessorCount) : 1
        let parts = UnsafeMutableBufferPointer<Described>.allocate(capacity: chunkCount)
        parts.initialize(repeating: Described())
        defer { parts.deinitialize(); parts.deallocate() }
        let shared = UncheckedBox(parts)
        let classifier = self.classifier
        let work: @Sendable (Int) -> Void = { c in
            let lo = noteCount * c / chunkCount, hi = noteCount * (c + 1) / chunkCount
            var part = Described()
            part.notes.reserveCapacity(hi - lo)
            part.targetIDs.reserveCapacity(hi - lo)
            var cache: [String: LinkResolver.Candidates] = [:]
            for i in lo..<hi {
                let (note, ids) = Self.describe(input[i], id: i, classifier: classifier, resolver: resolver,
                                                noteCount: noteCount, cache: &cache, report: &part.report)
                part.notes.append(note)
                part.targetIDs.append(ids)
            }
            shared.value[c] = part
        }
        if chunkCount > 1 { DispatchQueue.concurrentPerform(iterations: chunkCount, execute: work) } else { work(0) }

        var report = CheckReport()
        report.unreadable = unreadable
        var notes: [IndexedNote] = []
        notes.reserveCapacity(noteCount)
        var targetIDs: [[Int32]] = []
        targetIDs.reserveCapacity(noteCount)
        for c in 0..<chunkCount {
            notes += parts[c].notes
            targetIDs += parts[c].targetIDs
            report.frontmatterErrors += parts[c].report.frontmatterErrors
            report.unresolved += parts[c].report.unresolved
            report.ambiguous += parts[c].report.ambiguous
            parts[c] = Described()
        }
        var idByPath: [String: Int] = [:]
        idByPath.reserveCapacity(noteCount)
        for (id, note) in notes.enumerated() { idByPath[note.path] = id }
        let peopleIDs = notes.indices.filter { notes[$0].kind == .person }
        let transcriptIDs = notes.indices.filter { notes[$0].kind == .transcript }

        // Backlinks: one per (source, line, target); links to oneself are not backlinks. The
        // source's ID rides along so interactions need not look paths up again.
        var backlinks: [Int: [Backlink]] = [:]
        var backlinkSources: [Int: [Int32]] = [:]
        var seen = Set<Int>()
        for (sid, note) in notes.enumerated() {
            seen.removeAll(keepingCapacity: true)
            let ids = targetIDs[sid]
            for (k, link) in note.links.enumerated() {
                let tid = Int(ids[k])
                guard tid >= 0, tid != sid, seen.insert(link.reference.line << 32 | tid).inserted else { continue }
                backlinks[tid, default: []].append(
                    Backlink(source: note.path, kind: note.kind, line: link.reference.line,
                             sourceLine: note.parsed.line(link.reference.line)))
                backlinkSources[tid, default: []].append(Int32(sid))
            }
        }

        // Interactions, per person on all cores (each person's list depends only on the
        // notes), then merged in people order as the serial loop would.
        let people = peopleIDs.count
        let personChunks = parallel ? min(max(1, people / 64), 4 * ProcessInfo.processInfo.activeProcessorCount) : 1
        var lists = [[Interaction]](repeating: [], count: people)
        var mismatches = [CheckReport.LastContactMismatch?](repeating: nil, count: people)
        let frozen = UncheckedBox((notes, backlinks, backlinkSources))
        lists.withUnsafeMutableBufferPointer { listOut in
            mismatches.withUnsafeMutableBufferPointer { mismatchOut in
                let out = UncheckedBox((listOut, mismatchOut))
                let work: @Sendable (Int) -> Void = { c in
                    let (notes, backlinks, sources) = frozen.value
                    var summaries: [Int32: String?] = [:]
                    for k in (people * c / personChunks)..<(people * (c + 1) / personChunks) {
                        let pid = peopleIDs[k]
                        let list = Self.interactions(of: pid, notes: notes, backlinks: backlinks[pid] ?? [],
                                                     sources: sources[pid] ?? [], summaries: &summaries)
                        out.value.0[k] = list
                        let person = notes[pid]
                        if let written = person.lastContactWritten, let newest = list.lazy.compactMap(\.date).first,
                           newest > written {
                            out.value.1[k] = .init(path: person.path, lastContact: written, newestInteraction: newest)
                        }
                    }
                }
                if personChunks > 1 {
                    DispatchQueue.concurrentPerform(iterations: personChunks, execute: work)
                } else {
                    work(0)
                }
            }
        }
        var byPerson: [Int: [Interaction]] = [:]
        byPerson.reserveCapacity(people)
        for (k, pid) in peopleIDs.enumerated() {
            byPerson[pid] = lists[k]
            if let m = mismatches[k] { report.lastContactMismatches.append(m) }
        }
        let all = Self.timeline(peopleIDs: peopleIDs, notes: notes, byPerson: byPerson)
        return VaultIndex(root: root, notes: notes, attachments: attachments, report: report,
                          idByPath: idByPath, peopleIDs: peopleIDs, transcriptIDs: transcriptIDs,
                          backlinksByID: backlinks, interactionsByPerson: byPerson,
                          allInteractions: all, resolver: resolver)
    }

    static func isSortedByPath(_ notes: [ParsedNote]) -> Bool {
        var k = 1
        while k < notes.count {
            if notes[k].path < notes[k - 1].path { return false }
            k += 1
        }
        return true
    }

    /// What one parsed note is: kind, name, tags, dates, resolved links (with the ID of each
    /// target note, -1 for none), person sections. `id` is the note's own ID.
    static func describe(_ p: ParsedNote, id: Int, classifier: NoteClassifier, resolver: LinkResolver,
                         noteCount: Int, cache: inout [String: LinkResolver.Candidates],
                         report: inout CheckReport) -> (IndexedNote, [Int32]) {
        let fm = p.frontmatter
        if let e = fm.error { report.frontmatterErrors.append(.init(path: p.path, line: e.line, message: e.message)) }
        let tags = Self.tags(fm["tags"] ?? fm["tag"], inline: p.inlineTags)
        let categories = (fm["categories"] ?? fm["category"])?.strings ?? []
        let kind = classifier.kind(path: p.path, type: fm["type"]?.string, tags: tags, categories: categories)
        let fileName = String(p.path.split(separator: "/").last ?? "")
        let stem = VaultScanner.isMarkdown(fileName) ? String(fileName.dropLast(3)) : fileName
        let title = fm["title"]?.string?.trimmedSpaces.asString
        let name = (title?.isEmpty == false ? title! : stem)
        var links: [ResolvedLink] = []
        links.reserveCapacity(p.links.count)
        var ids: [Int32] = []
        ids.reserveCapacity(p.links.count)
        let folderKey = LinkResolver.fold(LinkResolver.folder(of: p.path))
        func resolve(_ target: String) -> LinkResolver.Resolution {
            let c: LinkResolver.Candidates
            if let hit = cache[target] { c = hit } else { c = resolver.candidates(for: target); cache[target] = c }
            return resolver.choose(c, fromFolder: folderKey)
        }
        for ref in p.links {
            if ref.isSameNote {
                links.append(ResolvedLink(reference: ref, target: p.path))
                ids.append(Int32(id))
                continue
            }
            let r = resolve(ref.target)
            links.append(ResolvedLink(reference: ref, target: r.path, candidates: r.candidates))
            ids.append(r.id < noteCount ? Int32(r.id) : -1)
            if r.path == nil {
                report.unresolved.append(.init(source: p.path, line: ref.line, link: ref.raw))
            } else if !r.candidates.isEmpty {
                report.ambiguous.append(.init(source: p.path, line: ref.line, link: ref.raw,
                                              candidates: r.candidates, chosen: r.path!))
            }
        }
        var note = IndexedNote(
            parsed: p, kind: kind, name: name, tags: tags,
            aliases: (fm["aliases"] ?? fm["alias"])?.strings ?? [],
            created: fm["created"]?.date,
            date: fm["date"]?.date ?? CalendarDate.leading(in: stem),
            lastContactWritten: (fm["last_contact"] ?? fm["last-contact"] ?? fm["lastContact"])?.date,
            links: links)
        if kind == .person {
            note.profile = PersonSections.profile(of: p) { resolve($0).path }
            note.recentContext = PersonSections.recentContext(of: p) { resolve($0).path }
        }
        return (note, ids)
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
        let body = s.body
        let u = body.utf8
        let text = body[..<(u.firstIndex(of: 0x0A) ?? u.endIndex)].trimmedSpaces
        return text.isEmpty ? nil : String(text)
    }

    /// A source line as a one-line excerpt.
    static func excerpt(_ line: Substring) -> String {
        let t = line.trimmedSpaces
        // At most 200 bytes is at most 200 characters: no need to count them.
        if t.utf8.count <= 200 { return String(t) }
        return t.count > 200 ? String(t.prefix(199)) + "…" : String(t)
    }
}

/// Each worker writes only its own slots of the buffer.
private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
