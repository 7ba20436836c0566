import Foundation

/// The derived part of a snapshot (attachments, report, interactions, timeline, contacts,
/// owner) and its backlinks, as `SnapshotEncoder.derived` and `.backlinks` wrote them (each
/// section on its own thread), checked against the notes.
struct DerivedDecoder {
    /// What the derived lists take from the notes they name, in compact arrays: the texts
    /// section, decoded before the notes (looking each up in its note, 368 bytes scattered over
    /// the whole index, missed the cache for every entry, and had to wait for the notes).
    struct NoteFacts: Sendable {
        /// One note's path and text.
        struct Fact: Sendable {
            let path: String
            /// Shared with the note (`NoteDecoder.note` is given it).
            let text: NoteText
        }
        let facts: [Fact]
        var count: Int { facts.count }

        /// Bytes per note in the texts section: path ID, text size, line count, hash, each a
        /// fixed 64-bit value, so the section is decoded on all cores (making 100,000
        /// `NoteText`s on one took a third of a second).
        static let recordSize = 32

        /// The texts section of `count` notes of the vault at `root` (absolute): each text is
        /// read back from its file there.
        init(_ section: UnsafeRawBufferPointer, count: Int, table: [String], root: String) throws {
            guard count >= 0, section.count == count * Self.recordSize else { throw SnapshotError.corrupt("texts") }
            let shared = UncheckedSendable(section)
            // A damaged record gives a fact with no path (a note's path never is empty), so
            // the facts need no copying out of optionals afterwards (one thread copying
            // 100,000 of them held up the rest of a warm start).
            let facts = Parallel.map(count, batch: 2048) { k -> Fact in
                var r = SnapshotReader(shared.value, from: k * Self.recordSize, to: (k + 1) * Self.recordSize)
                guard let id = try? r.fixed64(), id < UInt64(table.count), !table[Int(id)].isEmpty,
                      let bytes = try? r.fixed64(), bytes <= UInt64(Int32.max),
                      let lines = try? r.fixed64(), lines <= UInt64(Int32.max), let hash = try? r.fixed64()
                else { return Fact(path: "", text: NoteText.empty) }
                let path = table[Int(id)]
                return Fact(path: path, text: NoteText(file: root + "/" + path, byteCount: Int(bytes),
                                                       lineCount: Int(lines), hash: hash))
            }
            let damaged = facts.withUnsafeBufferPointer { b in b.indices.contains { b[$0].path.isEmpty } }
            guard !damaged else { throw SnapshotError.corrupt("texts") }
            self.facts = facts
        }

        func path(_ k: Int) -> String { facts[k].path }
        func text(_ k: Int) -> NoteText { facts[k].text }
    }

    let notes: NoteFacts
    var reader: SnapshotReader

    init(notes: NoteFacts, reader: SnapshotReader) {
        self.notes = notes
        self.reader = reader
    }

    struct Parts {
        var attachments: [String] = []
        var report = CheckReport()
        var interactions: [Int: TimelineStore] = [:]
        var timeline = TimelineStore([])
        var contactsBySource: [Int: [SourceContact]] = [:]
        var sourcesByPerson: [Int: [Int32]] = [:]
        var owner: Int?
    }

    private mutating func noteID() throws -> Int { try reader.int(upTo: notes.count - 1) }

    mutating func decode() throws -> Parts {
        var p = Parts()
        p.attachments = try reader.strings()
        var r = CheckReport()
        for _ in 0..<(try reader.count(minBytes: 3)) {
            r.unresolved.append(.init(source: try reader.string(), line: try reader.line(), link: try reader.string()))
        }
        for _ in 0..<(try reader.count(minBytes: 5)) {
            let source = try reader.string(), line = try reader.line(), link = try reader.string()
            r.ambiguous.append(.init(source: source, line: line, link: link, candidates: try reader.strings(),
                                     chosen: try reader.string()))
        }
        for _ in 0..<(try reader.count(minBytes: 3)) {
            r.frontmatterErrors.append(.init(path: try reader.string(), line: try reader.line(), message: try reader.string()))
        }
        for _ in 0..<(try reader.count(minBytes: 2)) {
            r.unreadable.append(.init(path: try reader.string(), message: try reader.string()))
        }
        r.settings = try reader.strings()
        p.report = r

        // Each person's list by note ID, for the timeline below (an array: no hashing per entry).
        // The lists come in runs (each after its length in bytes), decoded side by side.
        var runBytes: [UnsafeRawBufferPointer] = []
        for _ in 0..<(try reader.count(minBytes: 9)) {
            let length = try reader.fixed64()
            guard length <= UInt64(reader.remaining) else { throw SnapshotError.corrupt("interactions") }
            runBytes.append(try reader.raw(Int(length)))
        }
        let shared = UncheckedSendable(runBytes), facts = notes, table = reader.table
        let runs = Parallel.map(runBytes.count) { k in
            Result { () throws -> [(person: Int, list: TimelineStore, count: Int)] in
                var r = SnapshotReader(shared.value[k])
                r.table = table
                var run = DerivedDecoder(notes: facts, reader: r)
                return try run.interactionRun()
            }
        }
        var lists = [TimelineStore?](repeating: nil, count: notes.count)
        var counts = [Int](repeating: 0, count: notes.count)
        var total = 0
        for run in runs {
            for (person, list, n) in try run.get() {
                guard lists[person] == nil else { throw SnapshotError.corrupt("interactions twice") }
                lists[person] = list
                counts[person] = n
                p.interactions[person] = list
                total += n
            }
        }
        p.timeline = try timeline(total: total, lists: lists, counts: counts)

        for _ in 0..<(try reader.count(minBytes: 2)) {
            let source = try noteID()
            let n = try reader.count(minBytes: 4)
            var list: [SourceContact] = []
            list.reserveCapacity(n)
            for _ in 0..<n {
                let person = Int32(try noteID())
                let line = Int32(try reader.line())
                list.append(SourceContact(person: person, line: line, origin: try NoteDecoder.origin(try reader.byte()),
                                          date: try reader.date()))
            }
            guard p.contactsBySource.updateValue(list, forKey: source) == nil else {
                throw SnapshotError.corrupt("contacts twice")
            }
        }
        for _ in 0..<(try reader.count(minBytes: 2)) {
            let person = try noteID()
            let n = try reader.count()
            var list: [Int32] = []
            list.reserveCapacity(n)
            for _ in 0..<n { list.append(Int32(try noteID())) }
            guard p.sourcesByPerson.updateValue(list, forKey: person) == nil else {
                throw SnapshotError.corrupt("sources twice")
            }
        }
        let owner = try reader.int()
        if owner != -1 {
            guard owner >= 0, owner < notes.count else { throw SnapshotError.corrupt("owner") }
            p.owner = owner
        }
        guard reader.isAtEnd else { throw SnapshotError.corrupt("extra bytes") }
        return p
    }

    /// One run of people's interaction lists: each person's ID, count and interactions.
    private mutating func interactionRun() throws -> [(person: Int, list: TimelineStore, count: Int)] {
        var out: [(person: Int, list: TimelineStore, count: Int)] = []
        for _ in 0..<(try reader.count(minBytes: 2)) {
            let person = try noteID()
            let n = try reader.count(minBytes: 8)
            var list = ChunkedListBuilder<Interaction>(expected: n)
            for _ in 0..<n {
                let x = try interaction()
                // A person's list holds their own interactions (the timeline and updates rely on it).
                guard x.person == notes.path(person) else { throw SnapshotError.corrupt("interaction of another person") }
                list.append(x)
            }
            out.append((person, list.finish(), n))
        }
        guard reader.isAtEnd else { throw SnapshotError.corrupt("extra bytes") }
        return out
    }

    /// The timeline: each entry names the person whose list it continues. The entries' places
    /// are found in one pass over the IDs; the interactions are then copied into the timeline's
    /// chunks on all cores (`ChunkedList.gathering`).
    private mutating func timeline(total: Int, lists: [TimelineStore?], counts: [Int]) throws -> TimelineStore {
        guard try reader.count() == total else { throw SnapshotError.corrupt("timeline") }
        var cursor = [Int32](repeating: 0, count: notes.count)
        var places: [(person: Int32, at: Int32)] = []
        places.reserveCapacity(total)
        for _ in 0..<total {
            let person = try noteID()
            let at = cursor[person]
            guard Int(at) < counts[person] else { throw SnapshotError.corrupt("timeline") }
            places.append((Int32(person), at))
            cursor[person] = at + 1
        }
        let placed = places
        return TimelineStore.gathering(total) { k in
            let (person, at) = (Int(placed[k].person), Int(placed[k].at))
            let list = lists[person]!
            return list.chunks[at / list.chunkSize][at % list.chunkSize]
        }
    }

    /// The backlinks section: each note's backlinks by note ID. Positions, lines and kinds
    /// only (no strings, nothing read from the notes), so it is decoded while the notes are.
    static func backlinks(_ reader: SnapshotReader, noteCount: Int) throws -> [Int: ChunkedList<BacklinkEntry>] {
        var reader = reader
        func noteID() throws -> Int { try reader.int(upTo: noteCount - 1) }
        var backlinks: [Int: ChunkedList<BacklinkEntry>] = [:]
        let targets = try reader.count(minBytes: 2)
        backlinks.reserveCapacity(targets)
        for _ in 0..<targets {
            let target = try noteID()
            let n = try reader.count(minBytes: 4)
            var list = ChunkedListBuilder<BacklinkEntry>(expected: n)
            for _ in 0..<n {
                let source = try noteID()
                let line = try reader.line()
                list.append(BacklinkEntry(source: source, line: line, kind: try NoteDecoder.kind(try reader.byte()),
                                          inFrontmatter: try reader.bool()))
            }
            guard backlinks.updateValue(list.finish(), forKey: target) == nil else { throw SnapshotError.corrupt("backlinks twice") }
        }
        guard reader.isAtEnd else { throw SnapshotError.corrupt("extra bytes") }
        return backlinks
    }

    private mutating func interaction() throws -> Interaction {
        let date = try reader.date()
        let person = try reader.string(), target = try reader.optionalString(), label = try reader.string()
        let summary: Interaction.SummarySource
        switch try reader.byte() {
        case 0: summary = .text(nil)
        case 1: summary = .text(try reader.string())
        case 2: summary = .line(try sourceSlice())
        case 3: summary = .body(try sourceSlice())
        case 4: summary = .line(TextSpan(Substring(try reader.inlineString(limit: Int(Int32.max)))))
        case 5: summary = .body(TextSpan(Substring(try reader.inlineString(limit: Int(Int32.max)))))
        default: throw SnapshotError.corrupt("summary")
        }
        let via = try reader.optionalString()
        let line = try reader.line()
        return Interaction(date: date, person: person, target: target, label: label, summary: summary, via: via,
                           line: line, origin: try NoteDecoder.origin(try reader.byte()))
    }

    /// A span of a note's text: the note, then offsets into it.
    private mutating func sourceSlice() throws -> TextSpan {
        let text = notes.text(try noteID())
        let start = try reader.int(upTo: text.byteCount)
        let length = try reader.int(upTo: text.byteCount - start)
        return TextSpan(text, start: start, end: start + length)
    }
}
