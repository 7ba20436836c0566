import Foundation

/// The parsed parts of one snapshot block's notes (frontmatter, sections, bullets, links,
/// tags, resolved links), kept as the snapshot's bytes and decoded note by note when first
/// read.
///
/// A warm start needs every note's kind, name, dates and stamp at once (lists, lookups, what
/// changed on disk) but a note's parts only when it is opened, edited or searched by property:
/// decoding them all was most of a warm load at 100,000 notes, and their objects most of its
/// memory. The bytes were checked against the section's checksum before they were kept.
final class StoredNotes: @unchecked Sendable {
    /// One note's parts.
    struct Note: Sendable {
        var parts: NoteParts
        var links: [ResolvedLink]
    }

    /// What the block's first part says of a note's parts: their size, and the two facts read
    /// of every note without decoding them.
    struct Entry {
        /// Byte count of the note's parts.
        var length = 0
        /// `Frontmatter.bodyStartLine`: read by every mention scan.
        var bodyStartLine: Int32 = 1
        /// Count of resolved links: `kith check` counts every note's.
        var linkCount: Int32 = 0
    }

    /// Every note's parts, one after the other.
    private let bytes: [UInt8]
    /// Where note `k`'s parts start in `bytes` (and `starts[k + 1]` where they end).
    private let starts: [Int]
    private let entries: [Entry]
    private let table: [String]
    /// The notes' texts (their sections and bullets are spans of them).
    private let texts: [NoteText]
    private let lock = NSLock()
    private var decoded: [Int: Note] = [:]
    /// Frontmatter decoded alone (the Upcoming group reads every person's properties).
    private var frontmatters: [Int: Frontmatter] = [:]

    /// Note `k`'s parts fill `entries[k].length` bytes of `bytes`, one after the other, and
    /// nothing else is in it.
    init(bytes: [UInt8], entries: [Entry], table: [String], texts: [NoteText]) throws {
        var starts = [0]
        starts.reserveCapacity(entries.count + 1)
        for e in entries { starts.append(starts[starts.count - 1] + e.length) }
        guard starts.last == bytes.count, texts.count == entries.count else { throw SnapshotError.corrupt("note parts") }
        self.bytes = bytes
        self.starts = starts
        self.entries = entries
        self.table = table
        self.texts = texts
    }

    /// Note `k`'s count of resolved links.
    func linkCount(_ k: Int) -> Int { Int(entries[k].linkCount) }

    /// Note `k`'s first body line.
    func bodyStartLine(_ k: Int) -> Int { Int(entries[k].bodyStartLine) }

    /// Note `k`'s frontmatter (the first of its parts), decoded alone the first time and kept.
    func frontmatter(_ k: Int) -> Frontmatter {
        kept({ decoded[k]?.parts.frontmatter ?? frontmatters[k] }, keep: { frontmatters[k] = $0 }) {
            let alone = try? bytes.withUnsafeBytes { raw -> Frontmatter in
                var r = SnapshotReader(raw, from: starts[k], to: starts[k + 1])
                r.table = table
                return try NoteDecoder.frontmatter(&r)
            }
            return alone ?? note(k).parts.frontmatter
        }
    }

    /// Note `k`'s parts, decoded the first time and kept.
    func note(_ k: Int) -> Note {
        kept({ decoded[k] }, keep: { decoded[k] = $0 }) { noteUncached(k) }
    }

    /// What `find` finds under the lock, else `make` (outside it: decoding takes a while, and
    /// another thread may read another note meanwhile) kept by `keep` unless another thread
    /// kept one first.
    private func kept<T>(_ find: () -> T?, keep: (T) -> Void, make: () -> T) -> T {
        if let found = lock.withLock(find) { return found }
        let made = make()
        return lock.withLock {
            if let found = find() { return found }
            keep(made)
            return made
        }
    }

    /// Note `k`'s parts, decoded without keeping them (a snapshot write reads each note once).
    /// Bytes that do not decode (only a kith bug can make them: they passed the checksum) give
    /// the parts of the note's text parsed again, its links unresolved until the next update.
    func noteUncached(_ k: Int) -> Note {
        let decoded = try? bytes.withUnsafeBytes { raw -> Note in
            var r = SnapshotReader(raw, from: starts[k], to: starts[k + 1])
            r.table = table
            let note = try NoteDecoder.storedParts(&r, text: texts[k])
            guard r.isAtEnd else { throw SnapshotError.corrupt("note parts") }
            return note
        }
        if let decoded { return decoded }
        // The path only names the parsed note, which is dropped: its parts do not depend on it.
        let parsed = NoteParser.parse(path: "", bytes: Array(texts[k].current.text.utf8))
        return Note(parts: parsed.parts, links: parsed.links.map { ResolvedLink(reference: $0, target: nil) })
    }

    /// How many notes have had their parts decoded and kept (tests: a warm start decodes none).
    var decodedCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return decoded.count
    }
}

extension VaultIndex {
    /// How many notes have had their parts decoded from the snapshot so far (benchmarks: a
    /// warm start should decode only what it shows).
    public var storedPartsDecoded: Int {
        var seen = Set<ObjectIdentifier>(), total = 0
        for id in 0..<notes.count {
            if case .stored(let block, _) = notes[id].parsed.body, seen.insert(ObjectIdentifier(block)).inserted {
                total += block.decodedCount
            }
        }
        return total
    }
}
