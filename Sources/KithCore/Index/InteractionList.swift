/// The timeline's interactions read where the index keeps them (its chunks), by position,
/// without copying them into one array: list rows can refer to an interaction by its position
/// and copy out only the screenful they draw (a large vault has hundreds of thousands).
public struct InteractionList: RandomAccessCollection, Sendable {
    @usableFromInline let chunks: [[Interaction]]
    /// Where each chunk ends (the position after its last interaction), ascending.
    @usableFromInline let ends: [Int]

    /// No interactions.
    public init() {
        chunks = []
        ends = []
    }

    init(_ store: TimelineStore) {
        chunks = store.chunks
        var ends: [Int] = [], total = 0
        ends.reserveCapacity(chunks.count)
        for c in chunks {
            total += c.count
            ends.append(total)
        }
        self.ends = ends
    }

    /// Positions are 0..<count, newest first as the timeline orders them.
    public var startIndex: Int { 0 }
    @inlinable
    public var endIndex: Int { ends.last ?? 0 }
    public func index(after i: Int) -> Int { i + 1 }
    public func index(before i: Int) -> Int { i - 1 }

    /// The interaction at `position`, yielded in place (reading a field copies only that).
    @inlinable
    public subscript(position: Int) -> Interaction {
        _read {
            precondition(position >= 0 && position < endIndex, "InteractionList index out of range")
            let c = chunk(holding: position)
            yield chunks[c][position - (c == 0 ? 0 : ends[c - 1])]
        }
    }

    /// Calls `body` with each chunk's interactions in order and the position of its first one:
    /// a pass over the whole timeline without copying an interaction.
    public func forEachChunk(_ body: (_ start: Int, _ items: UnsafeBufferPointer<Interaction>) throws -> Void) rethrows {
        var start = 0
        for c in chunks {
            try c.withUnsafeBufferPointer { try body(start, $0) }
            start += c.count
        }
    }

    /// The first chunk whose end lies after `position` (a binary search over the chunks).
    @usableFromInline
    func chunk(holding position: Int) -> Int {
        var lo = 0, hi = ends.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if ends[mid] > position { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}

extension VaultIndex {
    /// Every interaction of every person in the timeline's order (`timeline`), read in place.
    public var timelineList: InteractionList { InteractionList(allInteractions) }
}
