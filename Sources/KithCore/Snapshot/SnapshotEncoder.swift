import Foundation

/// Turns an index into snapshot bytes (`SnapshotFormat` describes the layout). Everything the
/// index holds is written, so loading it gives the same index without parsing, resolving or
/// building anything; what can be derived cheaply from what is written (IDs by path, the
/// resolver, names) is derived again instead.
struct SnapshotEncoder {
    private var w = SnapshotWriter(capacity: 1 << 21)
    private let index: VaultIndex

    /// Something in the index did not have the shape the format expects (a slice of another
    /// note, a timeline out of step with the lists): no snapshot is written.
    struct Mismatch: Error { let what: String }

    init(_ index: VaultIndex) { self.index = index }

    /// Writes the whole file to `sink`: a placeholder header, the note blocks and the derived
    /// part as they are encoded (one block in memory at a time), the string table, the table
    /// of contents, then the real header.
    static func encode<Sink: SnapshotSink>(_ index: VaultIndex, meta: SnapshotFormat.Meta, to sink: inout Sink) throws {
        var e = SnapshotEncoder(index)
        var toc = SnapshotFormat.TOC(meta: meta)
        toc.meta.noteCount = index.notes.count
        var offset = SnapshotFormat.headerSize
        try sink.append([UInt8](repeating: 0, count: offset))
        func flush(_ w: inout SnapshotWriter) throws -> SnapshotFormat.Section {
            let s = w.bytes.withUnsafeBytes {
                SnapshotFormat.Section(offset: offset, length: $0.count, checksum: SnapshotChecksum.of($0))
            }
            try sink.append(w.bytes)
            offset += s.length
            w.clearBytes()
            return s
        }
        let notes = index.notes
        var lo = 0
        while lo < notes.count {
            let hi = min(notes.count, lo + SnapshotFormat.blockSize)
            // A block is every note's first part, then every note's parts (`StoredNotes`).
            var lengths: [Int] = []
            for i in lo..<hi {
                let before = e.w.bytes.count
                e.storedParts(of: notes[i])
                lengths.append(e.w.bytes.count - before)
            }
            let stored = e.w.bytes
            e.w.clearBytes()
            for i in lo..<hi { e.note(notes[i], storedLength: lengths[i - lo]) }
            e.w.raw(stored)
            toc.blocks.append(try flush(&e.w))
            lo = hi
        }
        // After the blocks: each path is in the string table by then.
        for i in 0..<notes.count { e.text(of: notes[i]) }
        toc.texts = try flush(&e.w)
        try e.derived()
        toc.derived = try flush(&e.w)
        try e.backlinks()
        toc.backlinks = try flush(&e.w)
        var digest = SnapshotWriter(capacity: 1 << 20)
        SnapshotDigest.appendStamps(of: index, to: &digest)
        toc.stamps = try flush(&digest)
        SnapshotDigest.append(PeopleDigest(index), to: &digest)
        toc.people = try flush(&digest)
        var table = SnapshotWriter(capacity: e.w.strings.count * 24)
        for s in e.w.strings { table.count(s.utf8.count) }
        toc.stringCount = e.w.strings.count
        toc.lengthsSize = table.bytes.count
        for var s in e.w.strings { s.withUTF8 { table.raw(UnsafeRawBufferPointer($0)) } }
        toc.strings = try flush(&table)
        let tocBytes = SnapshotFormat.encode(toc)
        try sink.append(tocBytes)
        try sink.finish(header: SnapshotFormat.header(tocOffset: offset, toc: tocBytes))
    }

    /// The whole file in memory (tests, fuzzing seeds).
    static func encode(_ index: VaultIndex, meta: SnapshotFormat.Meta) throws -> [UInt8] {
        var sink = MemorySink()
        try encode(index, meta: meta, to: &sink)
        return sink.bytes
    }

    // MARK: Notes

    /// What a warm start reads of every note at once; the rest (`storedParts`) is decoded
    /// when first read.
    private mutating func note(_ n: IndexedNote, storedLength: Int) {
        let p = n.parsed
        w.string(p.path)
        if let s = p.stamp {
            w.bool(true)
            w.int(Int(s.size)); w.int(Int(s.mtime)); w.int(Int(s.ctime)); w.uint(s.inode)
        } else {
            w.bool(false)
        }
        // The text's size, lines and hash are in the texts section (`text(of:)`).
        w.bool(p.hadInvalidUTF8)
        w.count(storedLength)
        w.int(p.bodyStartLine)
        w.count(n.linkCount)
        w.byte(Self.code(n.kind))
        w.string(n.name)
        w.strings(n.tags)
        w.strings(n.aliases)
        w.date(n.created); w.date(n.date); w.date(n.lastContactWritten)
        w.optionalString(n.profile.role); w.optionalString(n.profile.organization)
        w.optionalString(n.profile.team); w.optionalString(n.profile.relationship)
        entries(n.recentContext)
        entries(n.log)
        w.byte(Self.code(n.contactSource))
        w.bool(n.isTemplate); w.bool(n.isFolderNote); w.bool(n.marksOwner)
    }

    /// A note's parsed parts and resolved links (`NoteDecoder.storedParts`).
    private mutating func storedParts(of n: IndexedNote) {
        let p = n.parsed.partsForWriting
        let text = n.parsed.storage
        frontmatter(p.frontmatter)
        w.count(p.sections.count)
        for s in p.sections {
            w.string(s.title); w.int(s.level); w.int(s.line); w.int(s.endLine)
            span(s.body, of: text)
        }
        w.count(p.bullets.count)
        for b in p.bullets {
            span(b.body, of: text)
            w.int(b.line); w.int(b.indent)
        }
        w.count(p.links.count)
        for l in p.links { reference(l) }
        w.strings(p.inlineTags)
        // Resolved links repeat the parsed references: written once unless they differ.
        let links = n.linksForWriting
        let same = links.count == p.links.count && zip(links, p.links).allSatisfy { $0.reference == $1 }
        w.bool(same)
        if !same {
            w.count(links.count)
            for l in links { reference(l.reference) }
        }
        for l in links {
            w.optionalString(l.target)
            w.strings(l.candidates)
        }
    }

    /// The note's path and text: the text itself stays in the note's file; its size, lines
    /// and hash tell it back.
    private mutating func text(of n: IndexedNote) {
        let text = n.parsed.storage
        // Fixed-width records (`NoteFacts.recordSize`): decoded on all cores.
        w.fixed64(UInt64(w.stringID(n.parsed.path)))
        w.fixed64(UInt64(text.byteCount)); w.fixed64(UInt64(text.lineCount)); w.fixed64(text.hash)
    }

    private mutating func frontmatter(_ fm: Frontmatter) {
        w.count(fm.properties.count)
        for (key, value) in fm.properties {
            w.string(key)
            self.value(value)
        }
        if let e = fm.error {
            w.bool(true); w.int(e.line); w.string(e.message)
        } else {
            w.bool(false)
        }
        w.int(fm.bodyStartLine)
    }

    private mutating func value(_ v: FrontmatterValue) {
        switch v {
        case .null: w.byte(0)
        case .scalar(let s): w.byte(1); w.string(s)
        case .list(let items):
            w.byte(2); w.count(items.count)
            for i in items { value(i) }
        case .map(let m):
            w.byte(3); w.count(m.count)
            for (k, x) in m { w.string(k); value(x) }
        }
    }

    private mutating func reference(_ l: LinkReference) {
        w.string(l.raw); w.string(l.target); w.optionalString(l.subpath); w.optionalString(l.label)
        w.byte(Self.code(l.style)); w.int(l.line)
    }

    private mutating func entries(_ list: [ContextEntry]) {
        w.count(list.count)
        for e in list {
            w.date(e.date); w.optionalString(e.link); w.optionalString(e.target); w.string(e.label)
            w.optionalString(e.summary); w.optionalString(e.via); w.int(e.line)
        }
    }

    /// A span of a note's text as byte offsets into it (0), or, when it is not one, its own
    /// text (1).
    private mutating func span(_ s: TextSpan, of text: NoteText) {
        if let at = s.location, at.text === text {
            w.byte(0)
            w.count(at.start)
            w.count(max(0, at.end - at.start))
        } else {
            w.byte(1)
            w.inlineString(s.string)
        }
    }

    // MARK: What the index derives from its notes

    private mutating func derived() throws {
        let i = index
        w.strings(i.attachments)
        let r = i.report
        w.count(r.unresolved.count)
        for x in r.unresolved { w.string(x.source); w.int(x.line); w.string(x.link) }
        w.count(r.ambiguous.count)
        for x in r.ambiguous { w.string(x.source); w.int(x.line); w.string(x.link); w.strings(x.candidates); w.string(x.chosen) }
        w.count(r.frontmatterErrors.count)
        for x in r.frontmatterErrors { w.string(x.path); w.int(x.line); w.string(x.message) }
        w.count(r.unreadable.count)
        for x in r.unreadable { w.string(x.path); w.string(x.message) }
        w.strings(r.settings)

        let people = i.interactionsByPerson.sorted { $0.key < $1.key }
        w.count(people.count)
        for (pid, list) in people {
            w.count(pid)
            w.count(list.count)
            for x in list.elements { try interaction(x) }
        }
        // The timeline holds each person's list in its own order: one person ID per entry.
        var cursor: [Int: (list: FlattenSequence<[[Interaction]]>, at: FlattenSequence<[[Interaction]]>.Index)] = [:]
        for (pid, list) in people { cursor[pid] = (list.elements, list.elements.startIndex) }
        w.count(i.allInteractions.count)
        for x in i.allInteractions.elements {
            guard let pid = i.idByPath[x.person], let c = cursor[pid], c.at != c.list.endIndex else {
                throw Mismatch(what: "timeline entry of \(x.person)")
            }
            let mine = c.list[c.at]
            guard mine.date == x.date, mine.line == x.line, mine.origin == x.origin, mine.target == x.target else {
                throw Mismatch(what: "timeline out of step for \(x.person)")
            }
            cursor[pid]!.at = c.list.index(after: c.at)
            w.count(pid)
        }

        w.count(i.contactsBySource.count)
        for (sid, list) in i.contactsBySource.sorted(by: { $0.key < $1.key }) {
            w.count(sid); w.count(list.count)
            for c in list { w.count(Int(c.person)); w.int(Int(c.line)); w.byte(Self.code(c.origin)); w.date(c.date) }
        }
        w.count(i.sourcesByPerson.count)
        for (pid, list) in i.sourcesByPerson.sorted(by: { $0.key < $1.key }) {
            w.count(pid); w.count(list.count)
            for s in list { w.count(Int(s)) }
        }
        w.int(i.ownerID ?? -1)
    }

    /// Every note's backlinks: a section of their own, decoded beside the rest.
    private mutating func backlinks() throws {
        w.count(index.backlinksByID.count)
        for (tid, list) in index.backlinksByID.sorted(by: { $0.key < $1.key }) {
            w.count(tid)
            w.count(list.count)
            for b in list.elements {
                guard b.source >= 0, Int(b.source) < index.notes.count else { throw Mismatch(what: "backlink from \(b.source)") }
                w.count(Int(b.source)); w.int(Int(b.line)); w.byte(Self.code(b.kind)); w.bool(b.inFrontmatter)
            }
        }
    }

    private mutating func interaction(_ x: Interaction) throws {
        w.date(x.date); w.string(x.person); w.optionalString(x.target); w.string(x.label)
        switch x.summarySource {
        case .text(nil): w.byte(0)
        case .text(let s?): w.byte(1); w.string(s)
        case .line(let s): try summarySlice(s, kind: 2, of: x)
        case .body(let s): try summarySlice(s, kind: 3, of: x)
        }
        w.optionalString(x.via); w.int(x.line); w.byte(Self.code(x.origin))
    }

    /// A summary made when read from a span of the source note (the interaction's target):
    /// the note and the offsets, else (not a span of it) its own text, kind + 2.
    private mutating func summarySlice(_ s: TextSpan, kind: UInt8, of x: Interaction) throws {
        if let t = x.target, let id = index.idByPath[t], let at = s.location, at.text === index.notes[id].parsed.storage {
            w.byte(kind); w.count(id)
            w.count(at.start); w.count(max(0, at.end - at.start))
            return
        }
        w.byte(kind + 2)
        w.inlineString(s.string)
    }

    // MARK: Enumerations as bytes (fixed here: a new case is a new format version)

    static func code(_ k: NoteKind) -> UInt8 {
        switch k {
        case .person: return 0
        case .transcript: return 1
        case .project: return 2
        case .organization: return 3
        case .note: return 4
        }
    }

    static func code(_ s: ContactSource) -> UInt8 {
        switch s {
        case .none: return 0
        case .transcript: return 1
        case .meeting: return 2
        case .daily: return 3
        }
    }

    static func code(_ s: LinkStyle) -> UInt8 {
        switch s {
        case .wiki: return 0
        case .embed: return 1
        case .markdown: return 2
        case .frontmatter: return 3
        }
    }

    static func code(_ o: Interaction.Origin) -> UInt8 {
        switch o {
        case .recentContext: return 0
        case .transcript: return 1
        case .meeting: return 2
        case .daily: return 3
        case .log: return 4
        case .inlineField: return 5
        }
    }
}
