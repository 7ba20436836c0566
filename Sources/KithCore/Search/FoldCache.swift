/// Folded UTF-8 of the scalars below U+0500 and in Latin Extended Additional, computed
/// once, so folding a line with accents is a table lookup per character.
enum FoldCache {
    static let low: [[UInt8]] = (0..<0x500).map { fold(UInt32($0)) }
    static let extended: [[UInt8]] = (0x1E00..<0x1F00).map { fold(UInt32($0)) }
    /// `low` then `extended` in one byte array: entry k is `flat[start[k]..<start[k + 1]]`
    /// (k below 0x500 for `low`, 0x500 + v - 0x1E00 for `extended`). Reading nested arrays
    /// retained and released one per character.
    static let (flat, start): ([UInt8], [Int32]) = {
        var flat: [UInt8] = [], start: [Int32] = []
        for entry in low + extended {
            start.append(Int32(flat.count))
            flat += entry
        }
        start.append(Int32(flat.count))
        return (flat, start)
    }()

    static func fold(_ v: UInt32) -> [UInt8] {
        guard let scalar = Unicode.Scalar(v) else { return [] }
        var out = String.UnicodeScalarView()
        TextFolding.appendFolded(scalar, keepingCase: false) { out.append($0) }
        return Array(String(out).utf8)
    }

    /// The scalar whose UTF-8 starts at non-ASCII byte `i` of `line` (valid UTF-8, as the
    /// callers' text is), and its length; a byte that starts no sequence, or one cut by the
    /// line's end, is U+FFFD of one byte. One decoder for the fold and its column map.
    @inline(__always)
    static func scalar(in line: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b = line[i], n = line.count
        if b >= 0xC2 && b < 0xE0 && i + 1 < n {
            return (UInt32(b & 0x1F) << 6 | UInt32(line[i + 1] & 0x3F), 2)
        } else if b >= 0xE0 && b < 0xF0 && i + 2 < n {
            return (UInt32(b & 0x0F) << 12 | UInt32(line[i + 1] & 0x3F) << 6 | UInt32(line[i + 2] & 0x3F), 3)
        } else if b >= 0xF0 && b < 0xF5 && i + 3 < n {
            return (UInt32(b & 0x07) << 18 | UInt32(line[i + 1] & 0x3F) << 12
                        | UInt32(line[i + 2] & 0x3F) << 6 | UInt32(line[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// Where scalar `v`'s fold is in the tables (U+0000–U+04FF, then U+1E00–U+1EFF), or -1.
    @inline(__always)
    static func tableSlot(_ v: UInt32) -> Int {
        v < 0x500 ? Int(v) : v >= 0x1E00 && v < 0x1F00 ? 0x500 + Int(v - 0x1E00) : -1
    }

    /// Appends the full fold of UTF-8 `line` (as `TextFolding.fold` would produce it).
    static func appendFolded(_ line: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var i = 0
        let n = line.count
        out.reserveCapacity(out.count + n + n / 2)
        flat.withUnsafeBufferPointer { flat in
            start.withUnsafeBufferPointer { start in
                while i < n {
                    let b = line[i]
                    if b < 0x80 {
                        // A run of ASCII (found eight bytes at a time) copied at once, then
                        // lowercased in place: appending a byte at a time checked the array's
                        // uniqueness on every byte.
                        var j = i + 1
                        if let base = line.baseAddress {
                            while j + 8 <= n, UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { j += 8 }
                        }
                        while j < n && line[j] < 0x80 { j += 1 }
                        let from = out.count
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: line[i..<j]))
                        out.withUnsafeMutableBufferPointer { o in lowercaseASCII(o.baseAddress! + from, o.count - from) }
                        i = j
                        continue
                    }
                    let (v, len) = scalar(in: line, at: i)
                    let k = tableSlot(v)
                    if k >= 0 {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: flat[Int(start[k])..<Int(start[k + 1])]))
                    } else if let scalar = Unicode.Scalar(v) {
                        if surelyFoldsToItself(v) || foldsToItself(scalar) {
                            // Dashes, ellipses, CJK, emoji: most of what lies beyond the tables.
                            appendUTF8(v, to: &out)
                        } else {
                            TextFolding.appendFolded(scalar, keepingCase: false) {
                                out.append(contentsOf: String($0).utf8)
                            }
                        }
                    }
                    i += len
                }
            }
        }
    }

    /// Lowercases ASCII bytes in place, eight at a time: a byte gets 0x20 where adding 0x3F
    /// carries it past 0x7F (at least `A`) and adding 0x25 does not (below `[`); ASCII bytes
    /// carry nothing into their neighbours.
    @inline(__always)
    static func lowercaseASCII(_ p: UnsafeMutablePointer<UInt8>, _ count: Int) {
        var k = 0
        while k + 8 <= count {
            let x = UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self)
            let upper = (x &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(x &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
            UnsafeMutableRawPointer(p + k).storeBytes(of: x | upper >> 2, as: UInt64.self)
            k += 8
        }
        while k < count {
            if p[k] &- 0x41 < 26 { p[k] |= 0x20 }
            k += 1
        }
    }

    /// The offset in UTF-8 `line` of the character whose fold (as `appendFolded` folds it)
    /// covers byte `at` of the line's fold, or `line.count` past its end: lengths only, from
    /// the tables, instead of folding each character again to measure it.
    static func sourceOffset(_ line: UnsafeBufferPointer<UInt8>, foldedOffset at: Int) -> Int {
        let n = line.count
        var i = 0, folded = 0
        var one: [UInt8] = []
        return start.withUnsafeBufferPointer { start in
            while i < n {
                let b = line[i]
                if b < 0x80 {
                    if folded >= at { return i }
                    folded += 1; i += 1
                    continue
                }
                // Decoded as `appendFolded` decodes.
                let (v, len) = scalar(in: line, at: i)
                let k = tableSlot(v)
                var count = 0
                if k >= 0 {
                    count = Int(start[k + 1] - start[k])
                } else if let scalar = Unicode.Scalar(v) {
                    if surelyFoldsToItself(v) || foldsToItself(scalar) {
                        count = v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
                    } else {
                        one.removeAll(keepingCapacity: true)
                        TextFolding.appendFolded(scalar, keepingCase: false) { one.append(contentsOf: String($0).utf8) }
                        count = one.count
                    }
                }
                if folded + count > at { return i }
                folded += count; i += len
            }
            return i
        }
    }

    /// Whether every non-ASCII character of UTF-8 `line` folds to a non-empty run of bytes
    /// none of which is in `needle` (a set of ASCII bytes, bit b of word b / 64): then any
    /// occurrence of a needle of those bytes in the folded line lies in one of the line's own
    /// ASCII runs (lowercased), which the folded line keeps in order and apart, so the needle
    /// matches the folded line exactly where it matches the line case-insensitively. False
    /// for `é` when the needle has an `e`, a combining mark (→ nothing), and anything not
    /// decoded cleanly.
    static func keepsASCIIRuns(_ line: UnsafeBufferPointer<UInt8>, apartFrom needle: (UInt64, UInt64)) -> Bool {
        firstBreakingScalar(line, from: 0, apartFrom: needle) == line.count
    }

    /// The offset of the first character at or after `from` (a character boundary) that breaks
    /// `keepsASCIIRuns` (it folds to nothing, to a byte of `needle`, or is not well-formed
    /// UTF-8), or `text.count`: bytes passed over are valid UTF-8, so a scan need not check
    /// them again (`FullTextSearch.scanCandidates`). ASCII is skipped 32 bytes at a time.
    static func firstBreakingScalar(_ text: UnsafeBufferPointer<UInt8>, from: Int,
                                    apartFrom needle: (UInt64, UInt64)) -> Int {
        func inNeedle(_ c: UInt8) -> Bool {
            c < 0x80 && (c < 64 ? needle.0 >> UInt64(c) : needle.1 >> UInt64(c - 64)) & 1 == 1
        }
        guard let base = text.baseAddress else { return 0 }
        let n = text.count
        var i = from
        return flat.withUnsafeBufferPointer { flat in
            start.withUnsafeBufferPointer { start in
                while i < n {
                    i = ByteScan.skipASCII(base, from: i, count: n)
                    if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        i += 8
                        continue
                    }
                    if i >= n { break }
                    let b = base[i]
                    if b < 0x80 { i += 1; continue }
                    let len = b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0
                    guard len > 0, i + len <= n else { return i }
                    var v = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                    for k in 1..<len {
                        let c = base[i + k]
                        guard c & 0xC0 == 0x80 else { return i }
                        v = v << 6 | UInt32(c & 0x3F)
                    }
                    // Overlong forms break too (surrogates and values past U+10FFFF are no
                    // `Unicode.Scalar` below): bytes scanned to the end are then valid UTF-8.
                    guard v >= (len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000) else { return i }
                    let k = tableSlot(v)
                    if k >= 0 {
                        let from = Int(start[k]), to = Int(start[k + 1])
                        guard to > from else { return i }
                        for j in from..<to where inNeedle(flat[j]) { return i }
                    } else if !surelyFoldsToItself(v) {
                        guard let scalar = Unicode.Scalar(v), foldsToItself(scalar) else { return i }
                    }
                    i += len
                }
                return n
            }
        }
    }

    /// Punctuation, arrows, mathematical and technical signs, box drawing, shapes, symbols,
    /// dingbats, kana, CJK ideographs, Hangul syllables and emoji (`—`, `…`, `→`, `✅`, `東`, `🙂`): no case, no accent, so each folds to itself without asking
    /// its properties, which cost more than the rest of a scan (every one checked by the tests).
    @inline(__always)
    static func surelyFoldsToItself(_ v: UInt32) -> Bool {
        (v >= 0x2010 && v < 0x2070) || (v >= 0x2190 && v < 0x2460) || (v >= 0x2500 && v < 0x27C0)
            || (v >= 0x3040 && v < 0xA000) || (v >= 0xAC00 && v < 0xD7A4) || (v >= 0x1F000 && v < 0x1FB00)
    }

    /// Whether a scalar beyond the tables folds to itself, as `TextFolding.appendFolded`
    /// decides: not a combining mark, full-width ASCII, the ideographic space or a ligature
    /// that expands, and unchanged by lowercasing. (Checked for every scalar by the tests.)
    static func foldsToItself(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if TextFolding.isCombiningDiacritic(v) || (v >= 0xFF01 && v <= 0xFF5E) || v == 0x3000 { return false }
        return TextFolding.expansions[v] == nil && !scalar.properties.changesWhenLowercased
    }

    /// The UTF-8 bytes of scalar value `v` (at least U+0080).
    @inline(__always)
    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x800 {
            out.append(UInt8(0xC0 | v >> 6))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F))
        } else {
            out.append(UInt8(0xF0 | v >> 18))
            out.append(UInt8(0x80 | (v >> 12) & 0x3F))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F))
        }
        out.append(UInt8(0x80 | v & 0x3F))
    }

    /// The fold through the nested tables, one array per character, as the flat tables
    /// must reproduce it (tests).
    static func plainAppendFolded(_ line: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let text = String(decoding: line, as: UTF8.self)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x500 { out += low[Int(v)] } else if v >= 0x1E00 && v < 0x1F00 { out += extended[Int(v - 0x1E00)] } else {
                TextFolding.appendFolded(scalar, keepingCase: false) { out.append(contentsOf: String($0).utf8) }
            }
        }
    }
}
