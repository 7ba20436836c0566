import Foundation

/// What one note is, on its own: kind, name, dates, resolved links, person sections, and its
/// role as a record of contacts (transcript, meeting, daily note) or not (template, folder note).
extension IndexBuilder {
    /// What one parsed note is: kind, name, tags, dates, resolved links (with the ID of each
    /// target note, -1 for none), person sections. `id` is the note's own ID.
    static func describe(_ p: ParsedNote, id: Int, classifier: NoteClassifier, settings: VaultSettings,
                         resolver: LinkResolver, noteCount: Int, cache: inout [String: LinkResolver.Candidates],
                         shared: SharedCandidates? = nil, report: inout CheckReport) -> (IndexedNote, [Int32]) {
        let fm = p.frontmatter
        if let e = fm.error { report.frontmatterErrors.append(.init(path: p.path, line: e.line, message: e.message)) }
        let tags = Self.tags(fm["tags"] ?? fm["tag"], inline: p.inlineTags)
        let categories = (fm["categories"] ?? fm["category"])?.flatStrings ?? []
        let classified = classifier.classify(path: p.path, type: fm["type"]?.string, tags: tags, categories: categories)
        var kind = classified.kind
        let stem = VaultSettings.stem(p.path)
        let title = fm["title"]?.string?.trimmedSpaces.asString
        let name = (title?.isEmpty == false ? title! : String(stem))
        let aliases = (fm["aliases"] ?? fm["alias"])?.strings ?? []
        let isTemplate = settings.isTemplate(p.path)
        let isFolderNote = FolderNote.matches(path: p.path, stem: stem)
        // Templates and folder notes are never people (a folder note may still say `type: person`);
        // nor are they meetings: a meeting template, an index of meetings.
        if kind == .person || kind == .transcript, isTemplate || (isFolderNote && classified.reason != .type) {
            kind = .note
        }
        let clipping = isTemplate || Self.isClipping(fm, tags: tags, categories: categories)
        var contactSource = ContactSource.none
        var date = fm["date"]?.date ?? CalendarDate.leading(in: stem)
        if !clipping {
            if kind == .transcript {
                contactSource = classified.meeting ? .meeting : .transcript
            } else if kind == .note, let day = settings.dailyDate(path: p.path, aliases: aliases) {
                contactSource = .daily
                date = day
            }
        }

        var links: [ResolvedLink] = []
        links.reserveCapacity(p.links.count)
        var ids: [Int32] = []
        ids.reserveCapacity(p.links.count)
        let folderKey = LinkResolver.fold(LinkResolver.folder(of: p.path))
        func resolve(_ target: String) -> LinkResolver.Resolution {
            let c: LinkResolver.Candidates
            if let hit = cache[target] {
                c = hit
            } else {
                c = shared?.candidates(for: target, in: resolver) ?? resolver.candidates(for: target)
                cache[target] = c
            }
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
            parsed: p, kind: kind, name: name, tags: tags, aliases: aliases,
            created: fm["created"]?.date, date: date,
            lastContactWritten: (fm["last_contact"] ?? fm["last-contact"] ?? fm["lastContact"])?.date,
            links: links)
        note.contactSource = contactSource
        note.isTemplate = isTemplate
        note.isFolderNote = isFolderNote
        if kind == .person {
            note.profile = PersonSections.profile(of: p) { resolve($0).path }
            note.recentContext = PersonSections.recentContext(of: p) { resolve($0).path }
            note.log = PersonSections.log(of: p) { resolve($0).path }
            note.marksOwner = tags.contains { $0.lowercased() == "me" }
                || ["true", "yes"].contains(fm["me"]?.string?.lowercased() ?? "")
        }
        return (note, ids)
    }

    /// A web clipping (`clipped:`, a `clippings` tag or category): whoever it names was read,
    /// not met.
    static func isClipping(_ fm: Frontmatter, tags: [String], categories: [String]) -> Bool {
        if fm["clipped"] != nil { return true }
        if tags.contains(where: { ["clippings", "clipping"].contains($0.lowercased()) }) { return true }
        return categories.contains { ["clippings", "clipping"].contains(NoteClassifier.categoryName($0)) }
    }

    /// The vault's owner: the person the config's `me` names (name, alias or path), else the
    /// first person tagged `me` or with `me: true` (in path order).
    static func owner(settings: VaultSettings, notes: ChunkedArray<IndexedNote>, peopleIDs: [Int], report: inout CheckReport) -> Int? {
        if let wanted = settings.owner {
            let key = TextFolding.fold(wanted)
            let path = wanted.hasSuffix(".md") ? wanted : wanted + ".md"
            if let pid = peopleIDs.first(where: { notes[$0].path == path })
                ?? peopleIDs.first(where: { TextFolding.fold(notes[$0].name) == key })
                ?? peopleIDs.first(where: { notes[$0].aliases.contains { TextFolding.fold($0) == key } }) {
                return pid
            }
            report.settings.append("me = \"\(wanted)\" names no person note (the config's `me`)")
        }
        return peopleIDs.first { notes[$0].marksOwner }
    }

    /// Every person's name, file name and aliases, for plain names in properties.
    static func names(notes: ChunkedArray<IndexedNote>, peopleIDs: [Int]) -> PersonNames {
        PersonNames(people: peopleIDs.map { (id: $0, path: notes[$0].path, name: notes[$0].name, aliases: notes[$0].aliases) })
    }
}

/// A folder's own note (an index): its file name, without emoji and punctuation, is its folder's
/// name (`People/🗂️ People.md`, `Meetings/_Meetings.md`).
enum FolderNote {
    static func matches(path: String, stem: Substring) -> Bool {
        let u = path.utf8
        guard let slash = u.lastIndex(of: 0x2F) else { return false }
        let parent = path[..<slash]
        let folder = parent[(parent.utf8.lastIndex(of: 0x2F).map { parent.utf8.index(after: $0) } ?? parent.startIndex)...]
        if folder.utf8.allSatisfy({ $0 < 0x80 }), stem.utf8.allSatisfy({ $0 < 0x80 }) {
            // Most names are ASCII: compare their letters and digits byte by byte, with no
            // string made (this runs for every note).
            return asciiBareEqual(folder.utf8, stem.utf8)
        }
        // An ASCII folder's bare name has one letter or digit per ASCII one; the stem's has at
        // least one per ASCII one too (a folded letter never vanishes): a stem with more of them
        // cannot match, and most names are turned away here, before any folding.
        if folder.utf8.allSatisfy({ $0 < 0x80 }), asciiAlnumCount(stem.utf8) > asciiAlnumCount(folder.utf8) {
            return false
        }
        let f = bare(folder)
        return !f.isEmpty && bare(stem) == f
    }

    /// How many ASCII letters and digits.
    static func asciiAlnumCount(_ v: Substring.UTF8View) -> Int {
        v.reduce(0) { n, c in n + ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) ? 1 : 0) }
    }

    /// `bare(a) == bare(b)` for ASCII text, and not both empty.
    static func asciiBareEqual(_ a: Substring.UTF8View, _ b: Substring.UTF8View) -> Bool {
        func isAlnum(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) }
        func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
        var i = a.startIndex, j = b.startIndex
        var any = false
        while true {
            // Skip to the next word in each; a word break must be in both or neither.
            var gapA = false, gapB = false
            while i < a.endIndex, !isAlnum(a[i]) { gapA = true; i = a.index(after: i) }
            while j < b.endIndex, !isAlnum(b[j]) { gapB = true; j = b.index(after: j) }
            let endA = i == a.endIndex, endB = j == b.endIndex
            if endA || endB { return endA && endB && any }
            if any, gapA != gapB { return false }
            while i < a.endIndex, j < b.endIndex, isAlnum(a[i]), isAlnum(b[j]) {
                if lower(a[i]) != lower(b[j]) { return false }
                i = a.index(after: i)
                j = b.index(after: j)
            }
            any = true
            let wordA = i < a.endIndex && isAlnum(a[i]), wordB = j < b.endIndex && isAlnum(b[j])
            if wordA || wordB { return false }
        }
    }

    /// Letters and digits only, words separated by one space, case and accents folded.
    static func bare(_ s: Substring) -> String {
        var out = ""
        var space = false
        for ch in s {
            if ch.isLetter || ch.isNumber {
                if space, !out.isEmpty { out.append(" ") }
                space = false
                out.append(ch)
            } else {
                space = true
            }
        }
        return TextFolding.fold(out)
    }
}
