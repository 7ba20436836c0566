/// The timeline of every interaction, and each person's list (the vault's owner has thousands).
typealias TimelineStore = ChunkedList<Interaction>

/// A sorted list kept in chunks: the timeline, each person's interactions, each note's
/// backlinks. An update that touches a few entries copies only their chunks, not the whole list
/// (the index is a value shared with the UI, so changing a plain array in place would copy it).
struct ChunkedList<Element: Sendable & Equatable>: Sendable {
    let chunkSize: Int
    private(set) var chunks: [[Element]]

    init(_ all: [Element], chunkSize: Int = 128) {
        self.chunkSize = chunkSize
        // Most people have a handful of interactions: one chunk, the array itself (no copy).
        if all.count <= chunkSize {
            chunks = all.isEmpty ? [] : [all]
            return
        }
        chunks = stride(from: 0, to: all.count, by: chunkSize).map {
            Array(all[$0..<min(all.count, $0 + chunkSize)])
        }
    }

    /// Entries already cut as `init(_:chunkSize:)` cuts them: every chunk full but the last,
    /// none empty (a snapshot's lists, decoded straight into chunks rather than copied into them).
    init(chunks: [[Element]], chunkSize: Int = 128) {
        self.chunkSize = chunkSize
        self.chunks = chunks
    }

    /// The list of `count` entries whose `k`th is `entry(k)`, each copied once straight into
    /// its chunk, the chunks made on all cores (a timeline of hundreds of thousands of
    /// interactions, gathered from the people's lists, was one thread's work).
    static func gathering(_ count: Int, chunkSize: Int = 128, _ entry: @Sendable (Int) -> Element) -> ChunkedList {
        let chunks = Parallel.map((count + chunkSize - 1) / chunkSize, batch: 64) { c in
            ((c * chunkSize)..<min(count, (c + 1) * chunkSize)).map(entry)
        }
        return ChunkedList(chunks: chunks, chunkSize: chunkSize)
    }

    /// The entries as one array (one chunk is returned as is; more are copied into one).
    var all: [Element] { chunks.count == 1 ? chunks[0] : Array(chunks.joined()) }
    /// The entries in order, without copying them.
    var elements: FlattenSequence<[[Element]]> { chunks.joined() }
    var isEmpty: Bool { chunks.isEmpty }

    /// The first entry `match` picks, looked at in place.
    func first(where match: (Element) -> Bool) -> Element? {
        for chunk in chunks {
            if let hit = chunk.withUnsafeBufferPointer({ b in b.firstIndex(where: match).map { b[$0] } }) { return hit }
        }
        return nil
    }
    var count: Int { chunks.reduce(0) { $0 + $1.count } }

    /// The entries `match` picks, in order; only those are copied out.
    func filter(_ match: (Element) -> Bool) -> [Element] {
        var out: [Element] = []
        for chunk in chunks {
            chunk.withUnsafeBufferPointer { b in for i in b.indices where match(b[i]) { out.append(b[i]) } }
        }
        return out
    }

    /// Removes the entries `match` picks, keeping the order of the rest; only chunks that hold
    /// one are copied.
    mutating func removeAll(where match: (Element) -> Bool) {
        for c in chunks.indices {
            // Looked at through a buffer: iterating the array would copy every interaction.
            let hit = chunks[c].withUnsafeBufferPointer { b in b.indices.contains { match(b[$0]) } }
            if hit { chunks[c].removeAll(where: match) }
        }
        if chunks.contains(where: \.isEmpty) { chunks.removeAll { $0.isEmpty } }
    }

    /// Inserts `item` after every entry that does not sort after it (`before(item, entry)`
    /// false), as an upper-bound binary search over the chunks and then within one.
    mutating func insert(_ item: Element, before: (Element, Element) -> Bool) {
        guard !chunks.isEmpty else { chunks = [[item]]; return }
        // The first chunk whose last entry sorts after the item; else the last chunk.
        var lo = 0, hi = chunks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if before(item, chunks[mid][chunks[mid].count - 1]) { hi = mid } else { lo = mid + 1 }
        }
        let c = min(lo, chunks.count - 1)
        var a = 0, b = chunks[c].count
        while a < b {
            let mid = (a + b) / 2
            if before(item, chunks[c][mid]) { b = mid } else { a = mid + 1 }
        }
        chunks[c].insert(item, at: a)
        if chunks[c].count >= 2 * chunkSize {
            let half = Array(chunks[c][chunkSize...])
            chunks[c].removeSubrange(chunkSize...)
            chunks.insert(half, at: c + 1)
        }
    }

    /// Merges a sorted run of entries in one pass (a person with thousands of entries).
    mutating func merge(_ list: [Element], before: (Element, Element) -> Bool) {
        var merged: [Element] = []
        merged.reserveCapacity(count + list.count)
        var k = 0
        for old in chunks.joined() {
            while k < list.count, before(list[k], old) { merged.append(list[k]); k += 1 }
            merged.append(old)
        }
        merged += list[k...]
        self = ChunkedList(merged, chunkSize: chunkSize)
    }
}
