/// Collects a list's entries, appended in order, into the chunks `ChunkedList(_:)` would cut
/// them into, so a decoded list is not made whole first and then copied into chunks (each
/// interaction copied retains its strings again).
struct ChunkedListBuilder<Element: Sendable & Equatable> {
    private let chunkSize: Int
    private var chunks: [[Element]] = []
    private var current: [Element] = []

    /// A builder for `expected` entries (capacity only) in chunks of `chunkSize`.
    init(expected: Int, chunkSize: Int = 128) {
        self.chunkSize = chunkSize
        chunks.reserveCapacity((expected + chunkSize - 1) / chunkSize)
        current.reserveCapacity(min(expected, chunkSize))
    }

    mutating func append(_ element: Element) {
        if current.count == chunkSize {
            chunks.append(current)
            current = []
            current.reserveCapacity(chunkSize)
        }
        current.append(element)
    }

    /// The list, chunked as `ChunkedList(_:)` chunks it.
    func finish() -> ChunkedList<Element> {
        ChunkedList(chunks: current.isEmpty ? chunks : chunks + [current], chunkSize: chunkSize)
    }
}
