/// Byte-level scans used as cheap rejects before any scoring.
enum ByteScan {
    /// Lowercase table for ASCII letters; other bytes unchanged.
    static let lower: [UInt8] = TextFolding.asciiLower

    /// True when `needle`'s bytes occur in `bytes` in order (not necessarily adjacent).
    /// With `caseSensitive == false`, `needle` must be lowercase and ASCII letters in
    /// `bytes` compare case-insensitively.
    @inline(__always)
    static func containsInOrder(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8],
                                caseSensitive: Bool) -> Bool {
        if needle.isEmpty { return true }
        return needle.withUnsafeBufferPointer { n in
            var k = 0
            let count = n.count
            if caseSensitive {
                for b in bytes where b == n[k] {
                    k += 1
                    if k == count { return true }
                }
            } else {
                for b in bytes where (b &- 0x41 < 26 ? b | 0x20 : b) == n[k] {
                    k += 1
                    if k == count { return true }
                }
            }
            return false
        }
    }
}
