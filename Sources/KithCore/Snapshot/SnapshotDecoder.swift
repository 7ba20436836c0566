import Foundation

/// Turns snapshot bytes back into the index they were written from, on all cores: the
/// backlinks from the start, the string table in parallel, then the notes' texts, then the
/// note blocks in parallel beside the derived part and the lookup by path, then the lookups
/// by kind and name. A note's parsed parts stay bytes until first read (`StoredNotes`).
/// Every ID, offset and count is checked against what it points into, so damaged bytes give
/// `SnapshotError.corrupt`, never a trap or an index that traps later.
enum SnapshotDecoder {
    /// The index in `file` (whose table of contents is `toc`), for the vault at `root` built
    /// with `classifier` and `settings` (the snapshot's fingerprint vouches they are its own).
    /// `mapped`: `file` is a file mapping (`SnapshotStore.map`), whose pages are given back as
    /// their sections are decoded (`Mapped.dropPages`).
    static func decode(file: UnsafeRawBufferPointer, toc: SnapshotFormat.TOC, root: String,
                       classifier: NoteClassifier, settings: VaultSettings, checksums: Bool = true,
                       mapped: Bool = false) throws -> VaultIndex {
        let shared = UncheckedSendable(file)
        let noteCount = toc.meta.noteCount
        // The backlinks (their own section, note positions only) on another thread from the start.
        let backlinks = BackgroundResult { () throws -> [Int: ChunkedList<BacklinkEntry>] in
            let bytes = try SnapshotFormat.verified(toc.backlinks, in: shared.value, checksums: checksums)
            defer { if mapped { SnapshotStore.Mapped.dropPages(of: bytes) } }
            return try DerivedDecoder.backlinks(SnapshotReader(bytes), noteCount: noteCount)
        }
        let table = try strings(file, toc, checksums: checksums)
        if mapped { SnapshotStore.Mapped.dropPages(of: UnsafeRawBufferPointer(rebasing: file[toc.strings.range])) }
        // The notes' texts first: the derived part's summaries are spans of them, so it is
        // decoded on another thread beside the note blocks rather than after them.
        let facts = try DerivedDecoder.NoteFacts(try SnapshotFormat.verified(toc.texts, in: file, checksums: checksums),
                                                 count: noteCount, table: table, root: root)
        if mapped { SnapshotStore.Mapped.dropPages(of: UnsafeRawBufferPointer(rebasing: file[toc.texts.range])) }
        // Notes by path from the texts' paths, beside the blocks.
        let byPath = BackgroundResult { try Lookups.idByPath(facts) }
        let derived = BackgroundResult { () throws -> DerivedDecoder.Parts in
            let bytes = try SnapshotFormat.verified(toc.derived, in: shared.value, checksums: checksums)
            defer { if mapped { SnapshotStore.Mapped.dropPages(of: bytes) } }
            var r = SnapshotReader(bytes)
            r.table = table
            var d = DerivedDecoder(notes: facts, reader: r)
            return try d.decode()
        }
        // Each block on its own core (checked, then decoded); a block is one chunk of notes.
        let blockCount = toc.blocks.count
        let blocks = toc.blocks
        let dropEvery = Self.blocksPerPageDrop(blocks)
        let results = Parallel.map(blockCount) { b in
            Result {
                let bytes = try SnapshotFormat.verified(blocks[b], in: shared.value, checksums: checksums)
                defer {
                    // A group's pages are given back once its last block is decoded (a block of
                    // the group still being decoded reads its pages again from the file).
                    if mapped, (b + 1) % dropEvery == 0 || b == blockCount - 1 {
                        let first = blocks[b - b % dropEvery]
                        let end = blocks[b].offset + blocks[b].length
                        if first.offset >= 0, end <= shared.value.count, first.offset <= end {
                            SnapshotStore.Mapped.dropPages(of: UnsafeRawBufferPointer(rebasing: shared.value[first.offset..<end]))
                        }
                    }
                }
                var r = SnapshotReader(bytes)
                r.table = table
                let first = b * SnapshotFormat.blockSize
                let count = b == blocks.count - 1 ? noteCount - first : SnapshotFormat.blockSize
                guard count > 0, first + count <= noteCount else { throw SnapshotError.corrupt("note count") }
                var notes: [IndexedNote] = []
                notes.reserveCapacity(count)
                var entries: [StoredNotes.Entry] = []
                entries.reserveCapacity(count)
                for k in first..<(first + count) {
                    let (note, entry) = try NoteDecoder.note(&r, path: facts.path(k), text: facts.text(k))
                    notes.append(note)
                    entries.append(entry)
                }
                // The rest of the block: the notes' parts, kept as bytes until first read.
                let stored = try StoredNotes(bytes: Array(UnsafeRawBufferPointer(rebasing: bytes[r.position...])),
                                             entries: entries, table: table, texts: notes.map(\.parsed.storage))
                for k in notes.indices {
                    notes[k].parsed.body = .stored(stored, k)
                    notes[k].linkStore = .stored(stored, k)
                }
                return notes
            }
        }
        var chunks: [[IndexedNote]] = []
        chunks.reserveCapacity(blockCount)
        for b in 0..<blockCount { chunks.append(try results[b].get()) }
        guard let notes = ChunkedArray(chunks: chunks), notes.count == noteCount else {
            throw SnapshotError.corrupt("note count")
        }

        // The lookups on another thread while this one waits for the derived part.
        let lookups = BackgroundResult { Lookups(notes) }
        let parts = try derived.value()
        let idByPath = try byPath.value()
        let (peopleIDs, transcriptIDs) = try lookups.value().ids
        var index = VaultIndex(root: root, notes: notes, attachments: parts.attachments, report: parts.report,
                               idByPath: idByPath, peopleIDs: peopleIDs, transcriptIDs: transcriptIDs,
                               chunkedBacklinks: try backlinks.value(), interactionsByPerson: parts.interactions,
                               allInteractions: parts.timeline,
                               resolver: LazyLinkResolver(notes: notes, attachments: parts.attachments))
        index.settings = settings
        index.classifier = classifier
        index.ownerID = parts.owner
        index.names = try lookups.value().names
        index.contactsBySource = parts.contactsBySource
        index.sourcesByPerson = parts.sourcesByPerson
        return index
    }

    /// How many blocks' pages are given back at once: about 4 MB of them. Each give-back
    /// (`Mapped.dropPages`) makes every core flush its TLB, and on a virtual machine waiting
    /// for the other cores cost ~0.25 ms a call: one per block was a tenth of a warm start's
    /// CPU at 100,000 notes. Groups keep the pages resident at a time to a few MB.
    static func blocksPerPageDrop(_ blocks: [SnapshotFormat.Section]) -> Int {
        guard !blocks.isEmpty else { return 1 }
        let average = max(1, blocks.reduce(0) { $0 + max(0, $1.length) } / blocks.count)
        return max(1, (4 << 20) / average)
    }

    /// What a decoded index looks notes up by: kind, person name (and path: `idByPath`).
    struct Lookups: Sendable {
        var ids: (people: [Int], transcripts: [Int])
        var names: PersonNames

        init(_ notes: ChunkedArray<IndexedNote>) {
            var peopleIDs: [Int] = [], transcriptIDs: [Int] = []
            // By position (each field read in place): iterating would copy every note.
            for id in 0..<notes.count {
                switch notes[id].kind {
                case .person: peopleIDs.append(id)
                case .transcript: transcriptIDs.append(id)
                default: break
                }
            }
            ids = (peopleIDs, transcriptIDs)
            names = PersonNames(people: peopleIDs.map {
                (id: $0, path: notes[$0].path, name: notes[$0].name, aliases: notes[$0].aliases)
            })
        }

        /// Each note's position by path, from the texts section (the blocks check that each
        /// note has its text's path).
        static func idByPath(_ facts: DerivedDecoder.NoteFacts) throws -> [String: Int] {
            var idByPath: [String: Int] = [:]
            idByPath.reserveCapacity(facts.count)
            for id in 0..<facts.count {
                // Strictly in path order, as the index keeps them (lookups and updates rely on it).
                if id > 0, !(facts.path(id - 1) < facts.path(id)) { throw SnapshotError.corrupt("notes out of order") }
                idByPath[facts.path(id)] = id
            }
            return idByPath
        }
    }

    /// The string table, in parallel chunks (invalid UTF-8 is replaced, never trusted).
    static func strings(_ file: UnsafeRawBufferPointer, _ toc: SnapshotFormat.TOC, checksums: Bool = true) throws -> [String] {
        let section = try SnapshotFormat.verified(toc.strings, in: file, checksums: checksums)
        let n = toc.stringCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var r = SnapshotReader(section, from: 0, to: toc.lengthsSize)
        let total = section.count - toc.lengthsSize
        for k in 0..<n {
            let length = try r.int(upTo: total)
            offsets[k + 1] = offsets[k] + length
            guard offsets[k + 1] <= total else { throw SnapshotError.corrupt("string table") }
        }
        guard r.isAtEnd, offsets[n] == total else { throw SnapshotError.corrupt("string table") }
        let base = toc.lengthsSize
        let shared = UncheckedSendable(section)
        let bounds = offsets
        return Parallel.map(n, batch: 4096) { k in
            let bytes = UnsafeRawBufferPointer(rebasing: shared.value[(base + bounds[k])..<(base + bounds[k + 1])])
            return bytes.withMemoryRebound(to: UInt8.self) { String(decoding: $0, as: UTF8.self) }
        }
    }
}
