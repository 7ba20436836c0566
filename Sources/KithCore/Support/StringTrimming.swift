/// Native string helpers for hot paths. Foundation's `trimmingCharacters(in:)` and
/// `range(of:)` bridge through NSString on Linux and cost microseconds per call; the index
/// calls them for every link and every Recent Context bullet.
extension StringProtocol {
    /// Without leading and trailing white space (not newlines: callers work line by line).
    @inlinable
    var trimmedSpaces: SubSequence { trimmedSpacesByCharacter }

    /// `trimmedSpaces` one `Character` at a time (the reference for the byte fast path).
    @inlinable
    var trimmedSpacesByCharacter: SubSequence {
        var s = self[...]
        while let f = s.first, f == " " || f == "\t" || (f.isWhitespace && !f.isNewline) { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || (l.isWhitespace && !l.isNewline) { s = s.dropLast() }
        return s
    }

    /// The last of the non-overlapping occurrences of `needle` found from the start, or nil.
    func lastRange(of needle: String) -> Range<Index>? {
        if let fast = asciiLastRange(of: needle) { return fast }
        return lastRangeByCharacter(of: needle)
    }

    /// `lastRange(of:)` through the generic `ranges(of:)` (the reference for the fast path).
    func lastRangeByCharacter(of needle: String) -> Range<Index>? {
        var found: Range<Index>?
        for r in self.ranges(of: needle) { found = r }
        return found
    }

    /// Whether every scalar is below U+0300 (no UTF-8 byte from 0xCC up): then each scalar is
    /// a `Character` of its own but for CR LF (Swift's grapheme breaking says so for any two
    /// scalars below U+0300), and none is canonically equivalent to an ASCII character, so a
    /// byte search for ASCII without CR or LF finds what a `Character` search finds. Covers
    /// Latin text with precomposed accents (`Søren`, `Małgorzata`, `Ayşe`).
    var scalarsAreCharacters: Bool {
        // Native strings lend their bytes: a plain loop instead of the view's checked indexing.
        utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes where b >= 0xCC { return false }
            return true
        } ?? utf8.allSatisfy { $0 < 0xCC }
    }

    /// The same scan on bytes when the needle is ASCII without CR or LF and this string's
    /// scalars are its characters (`scalarsAreCharacters`); nil, meaning "ask the generic
    /// search", otherwise.
    func asciiLastRange(of needle: String) -> Range<Index>?? {
        let n = Array(needle.utf8)
        guard !n.isEmpty, n.allSatisfy({ $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }),
              scalarsAreCharacters else { return nil }
        let u = Array(utf8)
        var found: Int?
        var i = 0
        while i + n.count <= u.count {
            var k = 0
            while k < n.count, u[i + k] == n[k] { k += 1 }
            if k == n.count { found = i; i += n.count } else { i += 1 }
        }
        guard let start = found else { return .some(nil) }
        let lo = utf8.index(startIndex, offsetBy: start)
        return .some(lo..<utf8.index(lo, offsetBy: n.count))
    }
}

extension Substring {
    /// Without leading and trailing white space (not newlines).
    ///
    /// Fast path on bytes: spaces and tabs, bounded by ASCII. An ASCII byte next to the trimmed
    /// runs means no grapheme cluster crosses them, so this is exactly what the `Character`
    /// loop gives (the only ASCII white space that is not a newline is space and tab).
    @inlinable
    var trimmedSpaces: Substring {
        let u = utf8
        var s = u.startIndex, e = u.endIndex
        while s < e, u[s] == 0x20 || u[s] == 0x09 { s = u.index(after: s) }
        while e > s {
            let before = u.index(before: e)
            guard u[before] == 0x20 || u[before] == 0x09 else { break }
            e = before
        }
        if s == e || (u[s] < 0x80 && u[u.index(before: e)] < 0x80) { return self[s..<e] }
        return trimmedSpacesByCharacter
    }

    /// The substring as a new `String`.
    var asString: String { String(self) }
}

extension String {
    /// Without leading and trailing white space (not newlines).
    @inlinable
    var trimmedSpaces: Substring { self[...].trimmedSpaces }
}
