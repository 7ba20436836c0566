/// `FoldCache.appendFolded` for the mention search's lines with accents, which are mostly
/// ASCII: runs of ASCII are copied and lowercased eight bytes at a time, and only the
/// non-ASCII runs go through the table a scalar at a time. The same bytes: folding is per
/// scalar, and a run of bytes ≥ 0x80 in valid UTF-8 is made of whole scalars.
enum MentionFold {
    static func appendFolded(_ line: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard let base = line.baseAddress else { return }
        let n = line.count
        var i = 0
        while i < n {
            var j = i
            while j + 8 <= n, UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { j += 8 }
            while j < n, base[j] < 0x80 { j += 1 }
            if j > i { appendLowercased(UnsafeBufferPointer(start: base + i, count: j - i), to: &out) }
            var k = j
            while k < n, base[k] >= 0x80 { k += 1 }
            if k > j { FoldCache.appendFolded(UnsafeBufferPointer(start: base + j, count: k - j), to: &out) }
            i = k
        }
    }

    /// ASCII bytes, `A`–`Z` made lowercase.
    static func appendLowercased(_ ascii: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let from = out.count
        out.append(contentsOf: ascii)
        out.withUnsafeMutableBufferPointer { o in
            guard let b = o.baseAddress else { return }
            var p = from
            while p + 8 <= o.count {
                let w = UnsafeRawPointer(b + p).loadUnaligned(as: UInt64.self)
                // Bytes are below 0x80: adding 0x3F sets the top bit from 'A' (0x41) up,
                // adding 0x25 from past 'Z' (0x5B) up; the uppercase ones get 0x20.
                let upper = (w &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(w &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
                UnsafeMutableRawPointer(b + p).storeBytes(of: w | (upper >> 2), toByteOffset: 0, as: UInt64.self)
                p += 8
            }
            while p < o.count {
                if b[p] &- 0x41 < 26 { b[p] |= 0x20 }
                p += 1
            }
        }
    }
}
