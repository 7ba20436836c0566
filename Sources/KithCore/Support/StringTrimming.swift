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

    /// The last occurrence of `needle`, or nil.
    func lastRange(of needle: String) -> Range<Index>? {
        var found: Range<Index>?
        for r in self.ranges(of: needle) { found = r }
        return found
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
