import Foundation

/// One note as `SnapshotEncoder.note` wrote it.
enum NoteDecoder {
    /// Frontmatter nests at most this deep in a snapshot (the parser's own limit is lower).
    static let maxDepth = 64

    /// A note whose text is `text` (from the texts section, made for the same path), as its
    /// block's first part has it: everything but the parts kept for `StoredNotes` to decode
    /// when first read (the note's `body` and links are left empty for the block to fill), and
    /// what the block says of those parts.
    static func note(_ r: inout SnapshotReader, path expected: String, text: NoteText) throws
        -> (IndexedNote, StoredNotes.Entry) {
        let path = try r.string()
        guard path == expected else { throw SnapshotError.corrupt("note path") }
        var stamp: FileStamp?
        if try r.bool() {
            stamp = FileStamp(size: Int64(try r.int()), mtime: Int64(try r.int()), ctime: Int64(try r.int()),
                              inode: try r.uint())
        }
        let invalid = try r.bool()
        let entry = StoredNotes.Entry(length: try r.count(), bodyStartLine: Int32(clamping: try r.int()),
                                      linkCount: Int32(clamping: try r.count()))
        var parsed = ParsedNote(path: path, body: .parts(NoteParts()), storage: text, hadInvalidUTF8: invalid)
        parsed.stamp = stamp

        let kind = try Self.kind(try r.byte())
        let name = try r.string()
        let tags = try r.strings(), aliases = try r.strings()
        let created = try r.date(), date = try r.date(), lastContact = try r.date()
        let profile = Profile(role: try r.optionalString(), organization: try r.optionalString(),
                              team: try r.optionalString(), relationship: try r.optionalString())
        var note = IndexedNote(parsed: parsed, kind: kind, name: name, tags: tags, aliases: aliases, created: created,
                               date: date, lastContactWritten: lastContact, profile: profile,
                               recentContext: try entries(&r))
        note.log = try entries(&r)
        note.contactSource = try source(try r.byte())
        note.isTemplate = try r.bool()
        note.isFolderNote = try r.bool()
        note.marksOwner = try r.bool()
        return (note, entry)
    }

    /// A note's parts as the block's second part has them (`SnapshotEncoder.storedParts`).
    static func storedParts(_ r: inout SnapshotReader, text: NoteText) throws -> StoredNotes.Note {
        let fm = try frontmatter(&r)
        let sectionCount = try r.count(minBytes: 6)
        var sections: [Section] = []
        sections.reserveCapacity(sectionCount)
        for _ in 0..<sectionCount {
            let title = try r.string()
            let level = try r.int(), line = try r.int(), end = try r.int()
            sections.append(Section(title: title, level: level, line: line, endLine: end, body: try span(&r, of: text)))
        }
        let bulletCount = try r.count(minBytes: 4)
        var bullets: [Bullet] = []
        bullets.reserveCapacity(bulletCount)
        for _ in 0..<bulletCount {
            let body = try span(&r, of: text)
            bullets.append(Bullet(body: body, line: try r.int(), indent: try r.int()))
        }
        let refs = try references(&r)
        let inlineTags = try r.strings()
        let resolvedRefs = try r.bool() ? refs : try references(&r)
        var links: [ResolvedLink] = []
        links.reserveCapacity(resolvedRefs.count)
        for ref in resolvedRefs {
            links.append(ResolvedLink(reference: ref, target: try r.optionalString(), candidates: try r.strings()))
        }
        return StoredNotes.Note(parts: NoteParts(frontmatter: fm, sections: sections, bullets: bullets, links: refs,
                                                 inlineTags: inlineTags), links: links)
    }

    static func frontmatter(_ r: inout SnapshotReader) throws -> Frontmatter {
        let n = try r.count(minBytes: 2)
        var properties: [String: FrontmatterValue] = [:]
        properties.reserveCapacity(n)
        for _ in 0..<n {
            let key = try r.string()
            properties[key] = try value(&r, depth: 0)
        }
        var error: FrontmatterError?
        if try r.bool() { error = FrontmatterError(line: try r.int(), message: try r.string()) }
        return Frontmatter(properties: properties, error: error, bodyStartLine: try r.int())
    }

    static func value(_ r: inout SnapshotReader, depth: Int) throws -> FrontmatterValue {
        guard depth < maxDepth else { throw SnapshotError.corrupt("frontmatter too deep") }
        switch try r.byte() {
        case 0: return .null
        case 1: return .scalar(try r.string())
        case 2:
            let n = try r.count()
            var items: [FrontmatterValue] = []
            items.reserveCapacity(n)
            for _ in 0..<n { items.append(try value(&r, depth: depth + 1)) }
            return .list(items)
        case 3:
            let n = try r.count(minBytes: 2)
            var m: [String: FrontmatterValue] = [:]
            m.reserveCapacity(n)
            for _ in 0..<n {
                let k = try r.string()
                m[k] = try value(&r, depth: depth + 1)
            }
            return .map(m)
        default: throw SnapshotError.corrupt("frontmatter value")
        }
    }

    static func references(_ r: inout SnapshotReader) throws -> [LinkReference] {
        let n = try r.count(minBytes: 6)
        var out: [LinkReference] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            let raw = try r.string(), target = try r.string()
            let subpath = try r.optionalString(), label = try r.optionalString()
            out.append(LinkReference(raw: raw, target: target, subpath: subpath, label: label,
                                     style: try style(try r.byte()), line: try r.int()))
        }
        return out
    }

    static func entries(_ r: inout SnapshotReader) throws -> [ContextEntry] {
        let n = try r.count(minBytes: 7)
        var out: [ContextEntry] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            let date = try r.date()
            let link = try r.optionalString(), target = try r.optionalString()
            let label = try r.string()
            let summary = try r.optionalString(), via = try r.optionalString()
            out.append(ContextEntry(date: date, link: link, target: target, label: label, summary: summary, via: via,
                                    line: try r.int()))
        }
        return out
    }

    static func kind(_ b: UInt8) throws -> NoteKind {
        switch b {
        case 0: return .person
        case 1: return .transcript
        case 2: return .project
        case 3: return .organization
        case 4: return .note
        default: throw SnapshotError.corrupt("note kind")
        }
    }

    static func source(_ b: UInt8) throws -> ContactSource {
        switch b {
        case 0: return ContactSource.none
        case 1: return .transcript
        case 2: return .meeting
        case 3: return .daily
        default: throw SnapshotError.corrupt("contact source")
        }
    }

    static func style(_ b: UInt8) throws -> LinkStyle {
        switch b {
        case 0: return .wiki
        case 1: return .embed
        case 2: return .markdown
        case 3: return .frontmatter
        default: throw SnapshotError.corrupt("link style")
        }
    }

    static func origin(_ b: UInt8) throws -> Interaction.Origin {
        switch b {
        case 0: return .recentContext
        case 1: return .transcript
        case 2: return .meeting
        case 3: return .daily
        case 4: return .log
        case 5: return .inlineField
        default: throw SnapshotError.corrupt("interaction origin")
        }
    }
}

extension NoteDecoder {
    /// A span written by `SnapshotEncoder.span`: offsets into `text` (0) or text of its own (1).
    static func span(_ r: inout SnapshotReader, of text: NoteText) throws -> TextSpan {
        switch try r.byte() {
        case 0:
            let start = try r.int(upTo: text.byteCount)
            let length = try r.int(upTo: text.byteCount - start)
            return TextSpan(text, start: start, end: start + length)
        case 1:
            return TextSpan(Substring(try r.inlineString(limit: Int(Int32.max))))
        default:
            throw SnapshotError.corrupt("span")
        }
    }
}
