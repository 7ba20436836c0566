/// An array kept in fixed-size chunks: replacing one element copies its chunk (256 elements)
/// and the short list of chunks, not the whole array. The index is a value shared with the UI
/// while an update builds the next one, so changing a plain array of 10,000 notes in place would
/// copy all of them. Reads are an array's: `count`, `map`, `for`, subscripts by position.
public struct ChunkedArray<Element: Sendable>: RandomAccessCollection, MutableCollection, Sendable {
    @usableFromInline static var shift: Int { 8 }
    /// How many elements a chunk holds (the last may hold fewer).
    static var chunkSize: Int { 1 << shift }
    @usableFromInline static var mask: Int { (1 << shift) - 1 }
    @usableFromInline var chunks: [[Element]]
    /// How many elements.
    public private(set) var count: Int

    /// The elements of `all`, in order.
    init(_ all: [Element]) {
        let size = Self.chunkSize
        chunks = stride(from: 0, to: all.count, by: size).map { Array(all[$0..<Swift.min(all.count, $0 + size)]) }
        count = all.count
    }

    /// Elements already cut into chunks of this array's chunk size, every one full but the
    /// last (a snapshot's note blocks); nil when they are not.
    init?(chunks: [[Element]]) {
        let size = Self.chunkSize
        guard chunks.dropLast().allSatisfy({ $0.count == size }), chunks.last.map({ !$0.isEmpty && $0.count <= size }) ?? true else {
            return nil
        }
        self.chunks = chunks
        count = chunks.reduce(0) { $0 + $1.count }
    }

    /// Positions are 0..<count, as in an array.
    public var startIndex: Int { 0 }
    /// `count`.
    public var endIndex: Int { count }
    /// `i + 1`.
    public func index(after i: Int) -> Int { i + 1 }
    /// `i - 1`.
    public func index(before i: Int) -> Int { i - 1 }

    /// The element at `position` (0-based); setting it copies only its chunk when shared.
    /// Inlinable so that other modules read it specialized: the generic read copies the
    /// element it yields (a note: every one of its fields retained).
    @inlinable
    public subscript(position: Int) -> Element {
        // Yielded in place: reading one field of a note does not copy (retain) all of it.
        _read {
            precondition(position >= 0 && position < count, "ChunkedArray index out of range")
            yield chunks[position >> Self.shift][position & Self.mask]
        }
        set {
            precondition(position >= 0 && position < count, "ChunkedArray index out of range")
            chunks[position >> Self.shift][position & Self.mask] = newValue
        }
    }

    /// The elements chunk by chunk, without copying them into one array.
    public func makeIterator() -> FlattenSequence<[[Element]]>.Iterator { chunks.joined().makeIterator() }
}
