import Foundation

extension FullTextSearch {
    /// `scanLines` for an ASCII needle without line breaks, on the whole document at once: the
    /// next case-insensitive match of the raw bytes and the next character that could fold into
    /// the needle (`FoldCache.firstBreakingScalar`) are found with word-at-a-time scans, and
    /// only the lines around them are looked at. A line with no such character before its
    /// first raw match matches exactly there (`keepsASCIIRuns`); a line with one is folded up
    /// to that match (the first folded match cannot lie after it) or whole when it has none.
    /// Most lines are never split out, which the walk did for every line. Same hits as
    /// `scanLines` (tested on random documents).
    ///
    /// The bytes need not be valid UTF-8: the breaking-character scan stops at any ill-formed
    /// sequence, and the rest of a line it stops in is checked here, so every byte is checked
    /// once, in the pass that was made anyway. False when they are not valid (the hits added
    /// then are for a document the caller must decode and scan again).
    @discardableResult
    static func scanCandidates<Sink: TextHitSink>(bytes: UnsafeBufferPointer<UInt8>, path: String, needle: [UInt8],
                               asciiSet set: (UInt64, UInt64), into hits: inout Sink) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count, m = needle.count
        var pos = 0  // a line start: every line before it is done
        var counted = 0, newlines = 0  // newlines in 0..<counted
        var candidate = -1  // next raw match at or after `pos`, n when none is left
        var breaking = FoldCache.firstBreakingScalar(bytes, from: 0, apartFrom: set)
        var scratch: [UInt8] = []
        // A folded match holds the needle's rarest byte: a line without it, as an ASCII letter
        // of either case or in a character's fold, cannot match (most lines with an accent
        // that folds into the query need not be folded).
        let rareAt = needle.withUnsafeBufferPointer(rarestByte)
        let rareNeedle = [needle[rareAt]], rareSet = asciiSet(rareNeedle)!
        func lineNumber(_ p: Int) -> Int {
            newlines += countNewlines(base + counted, p - counted)
            counted = p
            return newlines + 1
        }
        func lineStart(_ p: Int) -> Int { lastNewline(base, from: pos, to: p).map { $0 + 1 } ?? pos }
        func lineEnd(_ p: Int) -> Int {
            guard p < n, let nl = memchr(base + p, 0x0A, n - p) else { return n }
            return UnsafePointer(nl.assumingMemoryBound(to: UInt8.self)) - base
        }
        // The line `..<end` holds `breaking`: the scan stopped there, so the rest of the line is
        // checked here, and the next breaking character looked for after it. False when the
        // line is not valid UTF-8.
        func passBreaking(lineEnd end: Int) -> Bool {
            guard UTF8Check.isValid(UnsafeBufferPointer(start: base + breaking, count: end - breaking)) else { return false }
            breaking = end + 1 < n ? FoldCache.firstBreakingScalar(bytes, from: end + 1, apartFrom: set) : n
            return true
        }
        while pos < n {
            if candidate < pos {
                candidate = asciiFind(UnsafeBufferPointer(rebasing: bytes[pos...]), needle, rare: rareAt).map { $0 + pos } ?? n
            }
            if breaking < n && candidate > breaking {
                // The next line to look at holds a character that folds into the needle before
                // any raw match in it.
                let start = lineStart(breaking), end = lineEnd(breaking)
                guard passBreaking(lineEnd: end) else { return false }
                let line = content(base, start, end)
                // The line holds a breaking character, so `matchColumn` would fold it.
                let column: Int?
                if candidate < end {
                    // The raw match is a folded one: the first folded match ends by its end.
                    column = foldedMatchColumn(UnsafeBufferPointer(start: base + start, count: candidate + m - start), needle, &scratch)
                } else if foldMayMatch(line, needle: needle, asciiSet: set),
                          asciiFind(line, rareNeedle, rare: 0) != nil
                            || FoldCache.firstBreakingScalar(line, from: 0, apartFrom: rareSet) < line.count {
                    column = foldedMatchColumn(line, needle, &scratch)
                } else {
                    column = nil
                }
                if let column { hits.add(path: path, line: lineNumber(start), content: line, column: column) }
                pos = end + 1
                continue
            }
            if candidate >= n { break }
            // No character before the raw match folds into the needle: it is the line's first match.
            let start = lineStart(candidate), end = lineEnd(candidate)
            if breaking < end, !passBreaking(lineEnd: end) { return false }
            let line = content(base, start, end)
            let column = characterCount(UnsafeBufferPointer(rebasing: line[..<(candidate - start)]))
            hits.add(path: path, line: lineNumber(start), content: line, column: column)
            pos = end + 1
        }
        return true
    }

    /// The line `start..<end` without its "\r" before the line break.
    private static func content(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        var e = end
        if e > start && base[e - 1] == 0x0D { e -= 1 }
        return UnsafeBufferPointer(start: base + start, count: e - start)
    }

    /// The offset of the last "\n" in `from..<to`, eight bytes at a time backwards.
    static func lastNewline(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var s = to
        while s - 8 >= from {
            let x = UnsafeRawPointer(base + s - 8).loadUnaligned(as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
            let zero = ~(((x & low7) &+ low7) | x) & 0x8080_8080_8080_8080
            if zero != 0 { return s - 8 + (63 - zero.leadingZeroBitCount) >> 3 }
            s -= 8
        }
        while s > from {
            s -= 1
            if base[s] == 0x0A { return s }
        }
        return nil
    }

    /// The number of "\n" bytes in `count` bytes from `p`, sixteen then eight at a time: a 0/1
    /// per byte summed in its own lane for up to 255 blocks, then added up (a bit count per
    /// word was a software popcount, this machine's build having no POPCNT, and the main cost
    /// of numbering the lines of a note with many hits).
    static func countNewlines(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var total = 0, i = 0
        // Sixteen bytes at a time in a vector register: each lane counts its "\n"s (a compare
        // is -1 per match, subtracted) for up to 255 blocks, then the lanes are added up.
        let newline = SIMD16<UInt8>(repeating: 0x0A)
        while i + 16 <= count {
            var lanes = SIMD16<UInt8>()
            var blocks = 0
            while blocks < 255 && i + 16 <= count {
                let v = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
                lanes &-= unsafeBitCast(v .== newline, to: SIMD16<UInt8>.self)
                i += 16
                blocks += 1
            }
            let words = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
            total += byteSum(words[0]) + byteSum(words[1])
        }
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        while i + 8 <= count {
            var lanes: UInt64 = 0
            var words = 0
            while words < 255 && i + 8 <= count {
                let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
                // Exact zero-byte test (no borrow between bytes): high bit set where x's byte is 0.
                lanes &+= (~(((x & low7) &+ low7) | x) & 0x8080_8080_8080_8080) >> 7
                i += 8
                words += 1
            }
            total += byteSum(lanes)
        }
        while i < count { if p[i] == 0x0A { total += 1 }; i += 1 }
        return total
    }

    /// The sum of a word's eight bytes (each at most 255).
    @inline(__always)
    private static func byteSum(_ word: UInt64) -> Int {
        let pairs = (word & 0x00FF_00FF_00FF_00FF) &+ ((word >> 8) & 0x00FF_00FF_00FF_00FF)
        return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
    }

    /// The Characters in valid UTF-8 `text` that holds no "\n": its scalars when each of them
    /// is a Character of its own (ASCII, Latin to U+02FF, punctuation and symbols U+2010–U+27BF
    /// but the combining marks for symbols, CJK ideographs, Hangul syllables — checked for
    /// every one of them by the tests), else counted by `String`.
    static func characterCount(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        if let count = simpleScalarCount(text) { return count }
        return String(decoding: text, as: UTF8.self).count
    }

    /// The scalars of `text`, nil when one of them may join its neighbours into one Character.
    static func simpleScalarCount(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = text.baseAddress else { return 0 }
        let n = text.count
        var i = 0, count = 0
        while i < n {
            if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8; count += 8
                continue
            }
            let b = base[i]
            if b < 0x80 {
                i += 1
            } else if b < 0xCC {
                i += 2  // U+0080–U+02FF
            } else if b == 0xE2, i + 2 < n {
                let v = (UInt32(base[i + 1] & 0x3F) << 6) | UInt32(base[i + 2] & 0x3F)  // U+2000 + v
                guard v >= 0x10, v < 0x7C0, v < 0xD0 || v >= 0x100 else { return nil }
                i += 3
            } else if b >= 0xE3 && b <= 0xED, i + 2 < n {
                // CJK ideographs (U+3400–U+9FFF) and Hangul syllables: no grapheme rule joins
                // them to their neighbours but the marks and jamo after them, which end the
                // count here (names like `김민준` sent every such hit through String).
                let v = UInt32(b & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
                guard (v >= 0x3400 && v < 0xA000) || (v >= 0xAC00 && v < 0xD7A4) else { return nil }
                i += 3
            } else {
                return nil
            }
            count += 1
        }
        return count
    }
}
