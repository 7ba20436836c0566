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

    /// Whether any lane of a 16-byte comparison is set. `SIMDMask.any` is a generic call per
    /// use in this build (not inlined); the mask's two words OR-ed are one vector test.
    @inline(__always)
    static func any(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return words[0] | words[1] != 0
    }

    /// The offset of the first 32-byte block from `i` on that holds a byte of 0x80 or more (so
    /// the offset of the first such byte, rounded down to the block), or of the last bytes too
    /// few for a block: ASCII passed over two vector registers at a time.
    @inline(__always)
    static func skipASCII(_ base: UnsafePointer<UInt8>, from i: Int, count n: Int) -> Int {
        var i = i
        let high = SIMD16<UInt8>(repeating: 0x80)
        while i + 32 <= n {
            let a = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
            let b = UnsafeRawPointer(base + i + 16).loadUnaligned(as: SIMD16<UInt8>.self)
            if any((a | b) & high .!= SIMD16<UInt8>()) { break }
            i += 32
        }
        return i
    }
}
