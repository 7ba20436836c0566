import Foundation

/// Turns an index into snapshot bytes (`SnapshotFormat` describes the layout). Everything the
/// index holds is written, so loading it gives the same index without parsing, resolving or
/// building anything; what can be derived cheaply from what is written (IDs by path, the
/// resolver, names) is derived again instead.
struct SnapshotEncoder {
    /// The bytes being written (the notes' part: `SnapshotEncoder+Notes.swift`).
    var w = SnapshotWriter(capacity: 1 << 21)
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

        // People's lists in runs of about equal size, each after its length in bytes: the runs
        // are decoded side by side (one thread's pass over them all was the last thing a warm
        // start waited for).
        let people = i.interactionsByPerson.sorted { $0.key < $1.key }
        let runs = Self.runs(people.map(\.value.count), count: SnapshotFormat.interactionRuns)
        w.count(runs.count)
        for run in runs {
            let lengthAt = w.bytes.count
            w.fixed64(0)
            w.count(run.count)
            for (pid, list) in people[run] {
                w.count(pid)
                w.count(list.count)
                for x in list.elements { try interaction(x) }
            }
            w.setFixed64(UInt64(w.bytes.count - lengthAt - 8), at: lengthAt)
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

    /// `sizes` cut into at most `count` contiguous ranges holding about equal totals (none
    /// empty; none at all for no sizes).
    static func runs(_ sizes: [Int], count: Int) -> [Range<Int>] {
        let total = sizes.reduce(0, +)
        let parts = max(1, min(count, sizes.count))
        var out: [Range<Int>] = []
        var start = 0, sum = 0
        for (k, n) in sizes.enumerated() {
            sum += n
            // Cut once this run reaches its share of the total (the last run takes the rest).
            if out.count < parts - 1, sum * parts >= total * (out.count + 1) {
                out.append(start..<(k + 1))
                start = k + 1
            }
        }
        if start < sizes.count { out.append(start..<sizes.count) }
        return out
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
