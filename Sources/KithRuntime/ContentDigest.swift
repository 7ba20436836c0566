import Foundation

/// A file's content in 64 bits (FNV-1a) plus its length: to tell whether the editor changed
/// a note. Content, not the modification time: vi's `:wq` without an edit rewrites the file
/// with the same bytes and a new mtime, and that is no change.
public struct ContentDigest: Hashable, Sendable {
    /// nil when the file could not be read (missing, or not a file).
    public let length: Int?
    public let hash: UInt64

    /// Reads `path` in blocks (a note can be large) and digests it.
    public init(file path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            length = nil
            hash = 0
            return
        }
        defer { try? handle.close() }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var n = 0
        while let block = try? handle.read(upToCount: 1 << 16), !block.isEmpty {
            for byte in block {
                h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            n += block.count
        }
        length = n
        hash = h
    }
}
