/// What other notes say about a note: the lines linking to it (its backlinks, with their
/// excerpts) and, for a person, the lines naming them without a link (unlinked mentions).
public struct NoteReferences: Sendable {
    /// `VaultIndex.backlinks(to:)`, each with its excerpt already made.
    public var backlinks: [Backlink]
    /// `VaultIndex.unlinkedMentions(of:)`; empty when they were not asked for.
    public var mentions: [Mention]

    public init(backlinks: [Backlink], mentions: [Mention]) {
        self.backlinks = backlinks
        self.mentions = mentions
    }
}

extension VaultIndex {
    /// The note's backlinks (excerpts made) and, with `mentions`, its unlinked mentions, as
    /// `backlinks(to:)` and `unlinkedMentions(of:)` give them, in one pass that reads each
    /// note at most once and keeps none of them: `kith show --json` of the vault's owner needs
    /// both lists whole, and reading the thousands of notes linking to them a second time for
    /// the excerpts (through a cache the mention search had just filled and emptied) cost as
    /// much as the search itself.
    ///
    /// Each mention keeps a copy of its own line rather than a slice of its note's text, so
    /// the result holds no note's text: at 100,000 notes the owner is named on most of them.
    public func references(to path: String, mentions wanted: Bool, filter: MentionFilter? = nil) -> NoteReferences {
        var backlinks = self.backlinks(to: path)
        // Backlinks are in source path order: each source's run, by note id.
        var runs: [Int: Range<Int>] = [:]
        var k = 0
        while k < backlinks.count {
            var e = k + 1
            while e < backlinks.count && backlinks[e].source == backlinks[k].source { e += 1 }
            if let id = idByPath[backlinks[k].source] { runs[id] = k..<e }
            k = e
        }
        let sources = backlinks, runsByNote = runs
        let plan = wanted ? UnlinkedMentions.plan(of: path, in: self, filter: filter) : nil
        let notes = self.notes
        let chunks = Parallel.chunks(of: notes.count, into: (notes.count + 255) / 256) { range -> (excerpts: [(Int, String)], mentions: [Mention]) in
            var excerpts: [(Int, String)] = []
            var scratch: [UInt8] = []
            var found: [Mention] = []
            for i in range {
                let note = notes[i].parsed
                let linking = runsByNote[i]
                let naming = plan?.mayName(note: i, path: notes[i].path) ?? false
                guard linking != nil || naming else { continue }
                let storage = note.storage
                storage.withPassingBytes(scratch: &scratch) { bytes, starts in
                    for b in linking ?? 0..<0 {
                        let link = sources[b]
                        // A backlink whose excerpt is assigned, or made from another text than
                        // this note's (never, as built), keeps its own way.
                        guard link.excerptSource === storage,
                              let excerpt = link.excerpt(ofLine: Self.line(link.line, of: bytes, starts: starts,
                                                                             withLinesAbove: link.excerptReadsLinesAbove))
                        else { continue }
                        excerpts.append((b, excerpt))
                    }
                    guard naming, let plan else { return }
                    UnlinkedMentions.scan(bytes, lineStarts: starts, bodyStart: note.bodyStartLine,
                                          terms: plan.terms) { n, column, matched, range in
                        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                        found.append(Mention(path: note.path, line: n, column: column + 1, matched: matched,
                                             sourceLine: Substring(line)))
                    }
                }
            }
            return (excerpts, found)
        }
        for chunk in chunks {
            for (b, excerpt) in chunk.excerpts { backlinks[b].excerpt = excerpt }
        }
        return NoteReferences(backlinks: backlinks, mentions: chunks.flatMap(\.mentions))
    }
}

extension VaultIndex {
    /// Line `n` (1-based) of a note's UTF-8 `bytes` as `ParsedNote.line` gives it, as text of
    /// its own; `withLinesAbove`: as a slice of the text up to it.
    static func line(_ n: Int, of bytes: UnsafeBufferPointer<UInt8>, starts: [Int32], withLinesAbove: Bool) -> Substring {
        guard n >= 1, n <= starts.count else { return "" }
        let start = Int(starts[n - 1])
        var end = n < starts.count ? Int(starts[n]) : bytes.count
        // Drop the line's own terminator.
        if end > start, bytes[end - 1] == 0x0A {
            end -= 1
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        }
        guard withLinesAbove else { return Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)
        return text[text.utf8.index(text.utf8.startIndex, offsetBy: start)...]
    }
}

extension UnlinkedMentions {
    /// What a search for one person's mentions needs: their terms and which notes to read.
    struct Plan: Sendable {
        let person: String
        let terms: [MentionTerm]
        /// Each term's hashes for `filter`; nil: every note is read.
        let filter: MentionFilter?
        let termHashes: [[UInt64]]

        /// Whether note `i` (at `path`) may name the person: not their own note, and kept by
        /// the filter when there is one.
        func mayName(note i: Int, path: String) -> Bool {
            guard path != person else { return false }
            guard let filter else { return true }
            return termHashes.contains { filter.mayContain(note: i, $0) }
        }
    }

    /// The plan of `find` for the person at `personPath`; nil when there is nothing to find
    /// (no such note, or no name long enough to look for).
    static func plan(of personPath: String, in index: VaultIndex, filter: MentionFilter?) -> Plan? {
        guard let person = index.note(personPath) else { return nil }
        let terms = MentionTerm.terms(for: [person.name] + person.aliases)
        guard !terms.isEmpty else { return nil }
        // A term the filter cannot judge (a CJK name) turns it off for this person, as does a
        // filter built over another index.
        let hashes = terms.map(MentionFilter.hashes)
        let usable = hashes.contains { $0 == nil } || filter?.fits(index) == false ? nil : filter
        return Plan(person: personPath, terms: terms, filter: usable, termHashes: hashes.map { $0 ?? [] })
    }
}
