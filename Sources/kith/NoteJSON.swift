import KithCore

/// The JSON shapes shared by `show`, `backlinks` and `timeline`, keys in the documented order.
enum NoteJSON {
    /// `kith show` for any note, as an object whose long lists are made as they are written.
    /// Person fields (contact, cadence, co-attendees, unlinked mentions) appear only for
    /// people, `date` and `participants` only for transcripts; every other key is always
    /// present. With `limit`, the lists from the index (`interactions`, `backlinks`,
    /// `co_attendees`, `unlinked_mentions`) hold their first `limit` entries and `counts`
    /// (last) says how many each has in full.
    static func detailsStream(_ note: IndexedNote, index: VaultIndex, policy: ContactPolicy = ContactPolicy(),
                              today: CalendarDate, limit: Int? = nil) -> JSONObjectStream {
        func shown(_ count: Int) -> Int { limit.map { min($0, count) } ?? count }
        var counts: [(String, JSON)] = []
        let isPerson = note.kind == .person
        var out = JSONObjectStream()
        out.append(contentsOf: [("name", .string(note.name)), ("path", .string(note.path)),
                                ("kind", .string(note.kind.rawValue))])
        if isPerson {
            out.append(contentsOf: index.lastContactFields(note.path, today: today))
            out.append(contentsOf: ContactOutput.fields(index.contactStatus(of: note.path, policy: policy, today: today)))
        }
        if note.kind == .transcript { out.append("date", .date(note.date)) }
        out.append(contentsOf: [("created", .date(note.created)), ("tags", .strings(note.tags)),
                                ("aliases", .strings(note.aliases))])
        if isPerson {
            out.append(contentsOf: [("role", .string(note.profile.role)),
                                    ("organization", .string(note.profile.organization)),
                                    ("team", .string(note.profile.team)),
                                    ("relationship", .string(note.profile.relationship))])
        }
        out.append("properties", PropertyOutput.json(note, index: index))
        out.append("sections", .array(note.sections.indices.map { section(note, $0) }))
        if isPerson {
            out.append("recent_context", .array(note.recentContext.map(contextEntry)))
            let interactions = index.interactions(of: note.path)
            counts.append(("interactions", .int(interactions.count)))
            out.append("interactions", objects: shown(interactions.count)) { k, indent, bytes in
                writeInteraction(interactions[k], today: today, indent: indent, into: &bytes)
            }
        }
        if note.kind == .transcript {
            let people = index.participants(of: note.path, includingOwner: true)
            out.append("participants", .array(people.map { participant($0, index: index) }))
        }
        out.append("links", .array(note.links.map(link)))
        // A person's backlinks and mentions in one read of the vault; another note's first
        // `limit` backlinks read only their own notes.
        let references = isPerson || limit == nil
            ? index.references(to: note.path, mentions: isPerson)
            : NoteReferences(backlinks: index.backlinks(to: note.path), mentions: [])
        let backlinks = references.backlinks
        counts.append(("backlinks", .int(backlinks.count)))
        out.append("backlinks", objects: shown(backlinks.count)) { k, indent, bytes in
            writeBacklink(backlinks[k], indent: indent, into: &bytes)
        }
        if isPerson {
            let people = index.coAttendees(of: note.path)
            counts.append(("co_attendees", .int(people.count)))
            out.append("co_attendees", .array(people.prefix(shown(people.count)).map {
                .object([("name", .string($0.name)), ("path", .string($0.path)), ("shared", .int($0.shared))])
            }))
            let mentions = references.mentions
            counts.append(("unlinked_mentions", .int(mentions.count)))
            out.append("unlinked_mentions", objects: shown(mentions.count)) { k, indent, bytes in
                ContactOutput.writeMention(mentions[k], indent: indent, into: &bytes)
            }
        }
        if limit != nil { out.append("counts", .object(counts)) }
        return out
    }

    /// `{title, line, text, level, end_line}`: `text` is the section's own text, up to the next
    /// heading of any level (a parent would otherwise repeat all its subsections — the `#`
    /// title section the whole note); `end_line` is the last line including subsections.
    static func section(_ note: IndexedNote, _ i: Int) -> JSON {
        let s = note.sections[i]
        return .object([("title", .string(s.title)), ("line", .int(s.line)),
                        ("text", .string(note.ownLines(ofSection: i).joined(separator: "\n"))),
                        ("level", .int(s.level)), ("end_line", .int(s.endLine))])
    }

    /// `{date, link, target, label, summary, via, line}`: one Recent Context bullet as written.
    static func contextEntry(_ e: ContextEntry) -> JSON {
        .object([("date", .date(e.date)), ("link", .string(e.link)), ("target", .string(e.target)),
                 ("label", .string(e.label)), ("summary", .string(e.summary)), ("via", .string(e.via)),
                 ("line", .int(e.line))])
    }

    /// `{date, target, label, summary, via, line, origin, upcoming}`: every interaction with
    /// the person, `upcoming` when dated after today (not a contact yet).
    static func interaction(_ i: Interaction, index: VaultIndex, today: CalendarDate) -> JSON {
        .object([("date", .date(i.date)), ("target", .string(i.target)), ("label", .string(i.label)),
                 ("summary", .string(i.summary)), ("via", .string(i.via)), ("line", .int(i.line)),
                 ("origin", .string(origin(i.origin))), ("upcoming", .bool(i.date.map { $0 > today } ?? false))])
    }

    /// `interaction(i)` written at `indent` without building it (the vault's owner has
    /// thousands).
    static func writeInteraction(_ i: Interaction, today: CalendarDate, indent: Int, into out: inout [UInt8]) {
        var o = JSONObjectWriter(indent: indent, &out)
        o.string("date", i.date?.description, &out)
        o.string("target", i.target, &out)
        o.string("label", i.label, &out)
        o.string("summary", i.summary, &out)
        o.string("via", i.via, &out)
        o.int("line", i.line, &out)
        o.string("origin", origin(i.origin), &out)
        o.bool("upcoming", i.date.map { $0 > today } ?? false, &out)
        o.end(&out)
    }

    /// Where an interaction was found: `recent_context`, `transcript`, `meeting`, `daily`, `log`,
    /// `inline_field`.
    static func origin(_ o: Interaction.Origin) -> String {
        switch o {
        case .recentContext: return "recent_context"
        case .transcript: return "transcript"
        case .meeting: return "meeting"
        case .daily: return "daily"
        case .log: return "log"
        case .inlineField: return "inline_field"
        }
    }

    /// `{name, path, me}` of a transcript's person; `me` marks the vault's owner.
    static func participant(_ path: String, index: VaultIndex) -> JSON {
        .object([("name", .string(index.note(path)?.name ?? path)), ("path", .string(path)),
                 ("me", .bool(index.isOwner(path)))])
    }

    /// `{link, target, line, style}`: `link` is the raw text inside the brackets.
    static func link(_ l: ResolvedLink) -> JSON {
        .object([("link", .string(l.reference.raw)), ("target", .string(l.target)),
                 ("line", .int(l.reference.line)), ("style", .string(l.reference.style.rawValue))])
    }

    /// `{path, kind, line, excerpt}`.
    static func backlink(_ b: Backlink) -> JSON {
        .object([("path", .string(b.source)), ("kind", .string(b.kind.rawValue)), ("line", .int(b.line)),
                 ("excerpt", .string(b.excerpt))])
    }

    /// `backlink(b)` written at `indent` without building it (the vault's owner has tens of
    /// thousands).
    static func writeBacklink(_ b: Backlink, indent: Int, into out: inout [UInt8]) {
        var o = JSONObjectWriter(indent: indent, &out)
        o.string("path", b.source, &out)
        o.string("kind", b.kind.rawValue, &out)
        o.int("line", b.line, &out)
        o.string("excerpt", b.excerpt, &out)
        o.end(&out)
    }

    /// `{name, path}` of a person.
    static func person(_ path: String, index: VaultIndex) -> JSON {
        .object([("name", .string(index.note(path)?.name ?? path)), ("path", .string(path))])
    }
}

extension IndexedNote {
    /// The lines of section `i` up to the next heading of any level, without blank lines at
    /// either end.
    func ownLines(ofSection i: Int) -> [Substring] {
        let s = sections[i]
        let next = i + 1 < sections.count ? min(sections[i + 1].line, s.endLine + 1) : s.endLine + 1
        var lines = (s.line + 1..<max(s.line + 1, next)).map { parsed.line($0) }
        while lines.first?.allSatisfy(\.isWhitespace) == true { lines.removeFirst() }
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        return lines
    }
}
