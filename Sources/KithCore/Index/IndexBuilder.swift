import Foundation

/// Turns parsed notes into a `VaultIndex`: kinds, names, resolution, person sections,
/// interactions, backlinks and the check report.
struct IndexBuilder {
    let root: String
    let parsed: [ParsedNote]
    let attachments: [String]
    let unreadable: [CheckReport.Unreadable]
    let classifier: NoteClassifier

    func build() -> VaultIndex {
        let sorted = parsed.sorted { $0.path < $1.path }
        let resolver = LinkResolver(notes: sorted.map(\.path), attachments: attachments)
        var report = CheckReport()
        report.unreadable = unreadable
        var notes: [IndexedNote] = []
        notes.reserveCapacity(sorted.count)
        var idByPath: [String: Int] = [:]
        idByPath.reserveCapacity(sorted.count)
        var cache: [String: LinkResolver.Candidates] = [:]
        for p in sorted {
            let note = Self.describe(p, classifier: classifier, resolver: resolver, cache: &cache, report: &report)
            idByPath[note.path] = notes.count
            notes.append(note)
        }
        let peopleIDs = notes.indices.filter { notes[$0].kind == .person }
        let transcriptIDs = notes.indices.filter { notes[$0].kind == .transcript }

        // Backlinks: one per (source, line, target); links to oneself are not backlinks.
        var backlinks: [Int: [Backlink]] = [:]
        for note in notes {
            var seen = Set<Int>()
            for link in note.links {
                guard let t = link.target, t != note.path, let tid = idByPath[t],
                      seen.insert(link.reference.line << 32 | tid).inserted else { continue }
                backlinks[tid, default: []].append(
                    Backlink(source: note.path, kind: note.kind, line: link.reference.line,
                             excerpt: Self.excerpt(note.parsed.line(link.reference.line))))
            }
        }

        // Interactions: Recent Context as written, plus transcripts that link the person and
        // are not already a target of that person's Recent Context.
        var byPerson: [Int: [Interaction]] = [:]
        var summaries: [Int: String?] = [:]
        for pid in peopleIDs {
            let person = notes[pid]
            var list = person.recentContext.map {
                Interaction(date: $0.date, person: person.path, target: $0.target, label: $0.label,
                            summary: $0.summary, via: $0.via, line: $0.line, origin: .recentContext)
            }
            let written = Set(person.recentContext.compactMap(\.target))
            var seen = Set<String>()
            for b in backlinks[pid] ?? [] where b.kind == .transcript && !written.contains(b.source)
                && seen.insert(b.source).inserted {
                let tid = idByPath[b.source]!
                let t = notes[tid]
                let summary: String?
                if let known = summaries[tid] { summary = known } else {
                    summary = Self.summary(of: t.parsed)
                    summaries[tid] = summary
                }
                list.append(Interaction(date: t.date, person: person.path, target: t.path, label: t.name,
                                        summary: summary, via: nil, line: b.line,
                                        origin: .transcript))
            }
            list.sort(by: Self.newestFirst)
            byPerson[pid] = list
            if let written = person.lastContactWritten, let newest = list.lazy.compactMap(\.date).first,
               newest > written {
                report.lastContactMismatches.append(
                    .init(path: person.path, lastContact: written, newestInteraction: newest))
            }
        }
        var all = peopleIDs.flatMap { byPerson[$0] ?? [] }
        let nameKeys = Dictionary(uniqueKeysWithValues: peopleIDs.map { (notes[$0].path, NameOrder.key(notes[$0].name)) })
        all.sort { a, b in
            if a.date != b.date { return Self.newestFirst(a, b) }
            if a.person != b.person { return nameKeys[a.person]! < nameKeys[b.person]! }
            return a.line < b.line
        }
        return VaultIndex(root: root, notes: notes, attachments: attachments, report: report,
                          idByPath: idByPath, peopleIDs: peopleIDs, transcriptIDs: transcriptIDs,
                          backlinksByID: backlinks, interactionsByPerson: byPerson,
                          allInteractions: all, resolver: resolver)
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

    /// What one parsed note is: kind, name, tags, dates, resolved links, person sections.
    static func describe(_ p: ParsedNote, classifier: NoteClassifier, resolver: LinkResolver,
                         cache: inout [String: LinkResolver.Candidates],
                         report: inout CheckReport) -> IndexedNote {
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
        let folderKey = LinkResolver.fold(LinkResolver.folder(of: p.path))
        func resolve(_ target: String) -> LinkResolver.Resolution {
            let c: LinkResolver.Candidates
            if let hit = cache[target] { c = hit } else { c = resolver.candidates(for: target); cache[target] = c }
            return resolver.choose(c, fromFolder: folderKey)
        }
        for ref in p.links {
            if ref.isSameNote {
                links.append(ResolvedLink(reference: ref, target: p.path))
                continue
            }
            let r = resolve(ref.target)
            links.append(ResolvedLink(reference: ref, target: r.path, candidates: r.candidates))
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
            note.profile = PersonSections.profile(of: p)
            note.recentContext = PersonSections.recentContext(of: p) { resolve($0).path }
        }
        return note
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

    /// The first lines of a note's `## Summary`, as one line.
    static func summary(of p: ParsedNote) -> String? {
        guard let s = PersonSections.section("Summary", in: p) else { return nil }
        let u = s.text.utf8
        let text = s.text[..<(u.firstIndex(of: 0x0A) ?? u.endIndex)].trimmedSpaces
        return text.isEmpty ? nil : String(text.prefix(240))
    }

    /// A source line as a one-line excerpt.
    static func excerpt(_ line: Substring) -> String {
        let t = line.trimmedSpaces.asString
        return t.count > 200 ? String(t.prefix(199)) + "…" : t
    }
}
