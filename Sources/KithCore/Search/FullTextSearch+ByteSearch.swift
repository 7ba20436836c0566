import Foundation

/// The byte searches under full-text search: ASCII tests and case-insensitive scans eight and
/// sixteen bytes at a time, and the plain scans they must equal (tests).
extension FullTextSearch {
    /// Whether every byte of the line is ASCII.
    static func isASCII(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        // Eight bytes at a time: this runs on every line of every note.
        let n = line.count
        guard let base = line.baseAddress else { return true }
        var i = 0
        while i + 8 <= n {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        var acc: UInt8 = 0
        while i < n { acc |= base[i]; i += 1 }
        return acc < 0x80
    }

    /// Case-insensitive (ASCII) search of a lowercase needle.
    static func asciiFind(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Int? {
        // Look for the needle's rarest byte (`k` in `checkpoint`, not `c`): fewer places to
        // check the whole needle at.
        asciiFind(hay, needle, rare: needle.withUnsafeBufferPointer(rarestByte))
    }

    /// `asciiFind` looking for the needle's byte at `rare` first (`rarestByte`, worked out once
    /// by a caller that searches a document many times).
    static func asciiFind(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], rare j: Int) -> Int? {
        let m = needle.count, n = hay.count
        guard m > 0, m <= n, let base = hay.baseAddress else { return nil }
        return needle.withUnsafeBufferPointer { p in
            let first = p[j]
            // Skip eight bytes at a time while none of them can be that byte: OR-ing 0x20 maps
            // both cases of a letter to the lowercase needle byte.
            let folds = first &- 0x61 < 26
            let pattern = UInt64(first) &* 0x0101_0101_0101_0101
            let mask: UInt64 = folds ? 0x2020_2020_2020_2020 : 0
            func matches(at i: Int) -> Bool {
                var t = 0
                while t < m {
                    let c = base[i + t]
                    if (c &- 0x41 < 26 ? c | 0x20 : c) != p[t] { return false }
                    t += 1
                }
                return true
            }
            // Thirty-two starts at a time in vector registers, each kept only when the rarest
            // byte and the needle's first or last byte are both in place: one letter alone
            // (`k`) is in most words of a line, the pair hardly anywhere but in a match.
            var start = 0
            let o = j == m - 1 ? 0 : m - 1
            let rare16 = SIMD16<UInt8>(repeating: first), rareMask = SIMD16<UInt8>(repeating: folds ? 0x20 : 0)
            let other16 = SIMD16<UInt8>(repeating: p[o]), otherMask = SIMD16<UInt8>(repeating: p[o] &- 0x61 < 26 ? 0x20 : 0)
            // The first match among eight starts from `at` whose lanes are 0xFF (both bytes in
            // place), lowest address first.
            func firstMatch(_ lanes: UInt64, _ at: Int) -> Int? {
                var lanes = lanes
                while lanes != 0 {
                    let lane = lanes.trailingZeroBitCount >> 3
                    if matches(at: at + lane) { return at + lane }
                    lanes &= ~(0xFF << UInt64(lane * 8))
                }
                return nil
            }
            func block(_ i: Int) -> SIMDMask<SIMD16<Int8>> {
                let a = UnsafeRawPointer(base + i + j).loadUnaligned(as: SIMD16<UInt8>.self)
                let b = UnsafeRawPointer(base + i + o).loadUnaligned(as: SIMD16<UInt8>.self)
                return ((a | rareMask) .== rare16) .& ((b | otherMask) .== other16)
            }
            while start + m - 1 + 32 <= n {
                let low = block(start), high = block(start + 16)
                if ByteScan.any(low .| high) {
                    let a = unsafeBitCast(low, to: SIMD2<UInt64>.self), b = unsafeBitCast(high, to: SIMD2<UInt64>.self)
                    if let at = firstMatch(a[0], start) ?? firstMatch(a[1], start + 8)
                        ?? firstMatch(b[0], start + 16) ?? firstMatch(b[1], start + 24) {
                        return at
                    }
                }
                start += 32
            }
            var k = start + j  // where the rarest byte would be, for a match at k - j
            let last = n - m + j
            while k <= last {
                if k + 16 <= n {
                    // Sixteen bytes at a time while neither word holds the byte (most text).
                    let x = (UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self) | mask) ^ pattern
                    let y = (UnsafeRawPointer(base + k + 8).loadUnaligned(as: UInt64.self) | mask) ^ pattern
                    let any = ((x &- 0x0101_0101_0101_0101) & ~x | (y &- 0x0101_0101_0101_0101) & ~y) & 0x8080_8080_8080_8080
                    if any == 0 {
                        k += 16
                        continue
                    }
                }
                if k + 8 <= n {
                    let x = (UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self) | mask) ^ pattern
                    // Zero byte in x: a candidate in these eight bytes. The lowest flagged byte
                    // is exact (higher ones may be false), so jump straight to it (little-endian load:
                    // the lowest byte is the first in memory).
                    let zero = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
                    if zero == 0 {
                        k += 8
                        continue
                    }
                    k += zero.trailingZeroBitCount >> 3
                    if k > last { return nil }
                }
                if matches(at: k - j) { return k - j }
                k += 1
            }
            return nil
        }
    }

    /// The index of the needle's byte least frequent in text (English letter frequencies;
    /// a space is the most frequent byte, other punctuation and digits rarer than most letters).
    static func rarestByte(_ needle: UnsafeBufferPointer<UInt8>) -> Int {
        var best = 0, bestRank = -1
        for (i, b) in needle.enumerated() {
            let rank: Int
            if b &- 0x61 < 26 {
                rank = Int(letterRarity[Int(b &- 0x61)])
            } else {
                rank = b == 0x20 ? 0 : 20
            }
            if rank > bestRank { best = i; bestRank = rank }
        }
        return best
    }

    /// Rarity of `a`…`z` (higher is rarer), from "etaoinshrdlcumwfgypbvkjxqz".
    private static let letterRarity: [UInt8] = {
        var rarity = [UInt8](repeating: 0, count: 26)
        for (r, c) in "etaoinshrdlcumwfgypbvkjxqz".utf8.enumerated() { rarity[Int(c - 0x61)] = UInt8(r + 1) }
        return rarity
    }()

    /// `asciiFind` a byte at a time, as the word-at-a-time scan must behave (tests).
    static func plainASCIIFind(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Int? {
        plainFind(hay, needle) { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
    }

    /// Exact byte search (the text is already folded): the needle's first byte found by
    /// `memchr`, the rest compared there (a byte loop was a twentieth of a search for a common
    /// word in notes with accents).
    static func find(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Int? {
        let m = needle.count, n = hay.count
        guard let base = hay.baseAddress, m > 0, m <= n else { return nil }
        let first = Int32(needle[0])
        var i = 0
        while i <= n - m {
            guard let hit = memchr(base + i, first, n - m + 1 - i) else { return nil }
            i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            var k = 1
            while k < m && base[i + k] == needle[k] { k += 1 }
            if k == m { return i }
            i += 1
        }
        return nil
    }

    /// `find` a byte at a time, each text byte taken through `map` first (tests).
    static func plainFind(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], map: (UInt8) -> UInt8 = { $0 }) -> Int? {
        let m = needle.count, n = hay.count
        guard m <= n else { return nil }
        var i = 0
        while i <= n - m {
            var k = 0
            while k < m && map(hay[i + k]) == needle[k] { k += 1 }
            if k == m { return i }
            i += 1
        }
        return nil
    }
}
