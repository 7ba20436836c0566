/// The people a note records contacts with, as `SourceContact`s (vault-format.md, "Where contacts
/// are recorded"): transcripts, meeting notes and daily notes link or name people in their body
/// and properties; any other dated note or line links them through Dataview inline fields.
///
/// Depends only on the note, its links' target IDs, which notes are people and their names: the
/// build runs it for every note, an update for the note that changed.
struct ContactFinder {
    let names: PersonNames

    /// The contacts of note `id` (one per person, in order of first appearance). `targetIDs`
    /// holds each link's target note ID (-1: none); `isPerson` says whether an ID is a person.
    func contacts(of note: IndexedNote, id: Int, targetIDs: [Int32], isPerson: (Int) -> Bool) -> [SourceContact] {
        if note.isTemplate { return [] }
        let origin: Interaction.Origin
        switch note.contactSource {
        case .transcript: origin = .transcript
        case .meeting: origin = .meeting
        case .daily: origin = .daily
        case .none: return inlineFieldContacts(of: note, id: id, targetIDs: targetIDs, isPerson: isPerson)
        }
        let p = note.parsed
        // Made only when a property links or names someone (most transcripts link in the body).
        var keys: FrontmatterKeys?
        // (line, order within the file, person): sorted, then the first per person kept.
        var found: [(line: Int, order: Int, person: Int)] = []
        for (k, link) in note.links.enumerated() {
            let tid = Int(targetIDs[k])
            guard tid >= 0, tid != id, isPerson(tid) else { continue }
            let line = link.reference.line
            if link.reference.style == .frontmatter {
                if keys == nil { keys = FrontmatterKeys(p) }
                guard keys!.isContactLine(line) else { continue }
            } else if ContactLine.isOpenTask(p.line(line)) {
                continue
            }
            found.append((line, k, tid))
        }
        // Plain names in properties: `attendees: [Chuck Blake, Ben Cohen]`. Keys in a fixed
        // order, so equal lines keep one order.
        if !names.isEmpty {
            for key in p.frontmatter.properties.keys.sorted() where ContactLine.isContactKey(key) {
                for text in p.frontmatter.properties[key]!.flatStrings where !text.contains("[[") {
                    for (name, pid) in names.people(in: text) where pid != id {
                        if keys == nil { keys = FrontmatterKeys(p) }
                        found.append((keys!.line(of: name, key: key), note.links.count + found.count, pid))
                    }
                }
            }
        }
        found.sort { ($0.line, $0.order) < ($1.line, $1.order) }
        var seen = Set<Int>()
        var out: [SourceContact] = []
        for f in found where seen.insert(f.person).inserted {
            out.append(SourceContact(person: Int32(f.person), line: Int32(f.line), origin: origin, date: note.date))
        }
        return out
    }

    /// Links inside Dataview inline fields of an ordinary note, dated by their line's leading
    /// date, else (outside person notes) by the note's date; undated ones are not contacts. One
    /// per person: the newest, then the first line.
    private func inlineFieldContacts(of note: IndexedNote, id: Int, targetIDs: [Int32],
                                     isPerson: (Int) -> Bool) -> [SourceContact] {
        let p = note.parsed
        var best: [Int: SourceContact] = [:]
        var order: [Int] = []
        var lineFields: (line: Int, fields: [ContactLine.Field], text: Substring, date: CalendarDate?)?
        for (k, link) in note.links.enumerated() where link.reference.style != .frontmatter {
            let tid = Int(targetIDs[k])
            guard tid >= 0, tid != id, isPerson(tid) else { continue }
            let lineNo = link.reference.line
            if lineFields?.line != lineNo {
                let text = p.line(lineNo)
                let fields = ContactLine.fields(text)
                lineFields = (lineNo, fields, text, fields.isEmpty ? nil : ContactLine.leadingDate(text))
            }
            guard let lf = lineFields, !lf.fields.isEmpty, !ContactLine.isOpenTask(lf.text) else { continue }
            let date = lf.date ?? (note.kind == .person ? nil : note.date)
            guard let date else { continue }
            // The link must stand in a field's value (not before a `key::`) whose key may name a contact.
            let written = "[[" + link.reference.raw + "]]"
            guard lf.fields.contains(where: { f in
                ContactLine.isContactKey(f.key) && lf.text[f.value].contains(written)
            }) else { continue }
            let c = SourceContact(person: Int32(tid), line: Int32(lineNo), origin: .inlineField, date: date)
            if let old = best[tid] {
                if date > old.date! { best[tid] = c }
            } else {
                best[tid] = c
                order.append(tid)
            }
        }
        return order.map { best[$0]! }
    }
}

/// Where each top-level property sits in a note's frontmatter, by line.
struct FrontmatterKeys {
    /// (lowercased key, first line, last line), in file order.
    private var ranges: [(key: String, first: Int, last: Int)] = []
    private let note: ParsedNote

    init(_ note: ParsedNote) {
        self.note = note
        let end = note.bodyStartLine - 2 // the closing `---`
        guard end >= 2 else { return }
        for n in 2..<end + 1 {
            let line = note.line(n)
            guard let f = line.first, f != " ", f != "\t", f != "-", f != "#", let colon = line.firstIndex(of: ":") else { continue }
            var key = line[..<colon].trimmedSpaces
            if key.count >= 2, let q = key.first, q == "\"" || q == "'", key.last == q { key = key.dropFirst().dropLast() }
            if !ranges.isEmpty { ranges[ranges.count - 1].last = n - 1 }
            ranges.append((key.lowercased(), n, end))
        }
    }

    /// Whether a frontmatter line belongs to a property that may name contacts.
    func isContactLine(_ line: Int) -> Bool {
        guard let r = ranges.last(where: { $0.first <= line }) else { return true }
        return ContactLine.isContactKey(r.key)
    }

    /// The first line of `key`'s value that holds `text`, else the key's line, else line 1.
    func line(of text: String, key: String) -> Int {
        let k = key.lowercased()
        guard let r = ranges.first(where: { $0.key == k }) else { return 1 }
        for n in r.first...max(r.first, r.last) where note.line(n).contains(text) { return n }
        return r.first
    }
}

/// People by name and alias, folded (case and accents ignored), for plain names in properties.
struct PersonNames: Sendable {
    private var byName: [String: Int] = [:]
    private var byAlias: [String: Int] = [:]

    init() {}

    /// `people` in path order: among people of the same name the shortest path wins (as a link
    /// would resolve); names win over aliases.
    init(people: [(id: Int, path: String, name: String, aliases: [String])]) {
        let ordered = people.sorted { ($0.path.utf8.count, $0.path) < ($1.path.utf8.count, $1.path) }
        for p in ordered {
            let key = TextFolding.fold(p.name.trimmedSpaces)
            if !key.isEmpty, byName[key] == nil { byName[key] = p.id }
            let stem = VaultSettings.stem(p.path)
            let file = TextFolding.fold(stem.trimmedSpaces)
            if !file.isEmpty, byName[file] == nil { byName[file] = p.id }
        }
        for p in ordered {
            for a in p.aliases {
                let key = TextFolding.fold(a.trimmedSpaces)
                if !key.isEmpty, byName[key] == nil, byAlias[key] == nil { byAlias[key] = p.id }
            }
        }
    }

    var isEmpty: Bool { byName.isEmpty && byAlias.isEmpty }

    /// The person a name or alias stands for.
    func person(named text: some StringProtocol) -> Int? {
        let key = TextFolding.fold(text.trimmedSpaces)
        guard !key.isEmpty else { return nil }
        return byName[key] ?? byAlias[key]
    }

    /// The people a property value names: the whole value, else its comma- or
    /// semicolon-separated parts (`Chuck Blake, Ben Cohen` written as one string).
    func people(in text: String) -> [(String, Int)] {
        if let p = person(named: text) { return [(text.trimmedSpaces.asString, p)] }
        guard text.contains(",") || text.contains(";") else { return [] }
        return text.split(whereSeparator: { $0 == "," || $0 == ";" }).compactMap { part in
            person(named: part).map { (part.trimmedSpaces.asString, $0) }
        }
    }
}

extension FrontmatterValue {
    /// Every scalar inside the value, nested lists and maps included (`[[Ana]]` written without
    /// quotes is a list in a list), in order.
    var flatStrings: [String] {
        switch self {
        case .null: return []
        case .scalar(let s): return s.isEmpty ? [] : [s]
        case .list(let items): return items.flatMap(\.flatStrings)
        case .map(let m): return m.keys.sorted().flatMap { m[$0]!.flatStrings }
        }
    }
}
