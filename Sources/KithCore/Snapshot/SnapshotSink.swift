/// Where an encoded snapshot goes, front to back.
protocol SnapshotSink {
    /// Appends bytes at the end.
    mutating func append(_ bytes: [UInt8]) throws
    /// Writes the header over the placeholder at the start (the last step).
    mutating func finish(header: [UInt8]) throws
}

/// A snapshot built in memory.
struct MemorySink: SnapshotSink {
    var bytes: [UInt8] = []
    mutating func append(_ more: [UInt8]) { bytes += more }
    mutating func finish(header: [UInt8]) { bytes.replaceSubrange(0..<header.count, with: header) }
}
