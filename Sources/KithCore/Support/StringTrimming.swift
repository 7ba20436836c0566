/// Native string helpers for hot paths. Foundation's `trimmingCharacters(in:)` and
/// `range(of:)` bridge through NSString on Linux and cost microseconds per call; the index
/// calls them for every link and every Recent Context bullet.
extension StringProtocol {
    /// Without leading and trailing white space (not newlines: callers work line by line).
    @inlinable
    var trimmedSpaces: SubSequence {
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
    /// The substring as a new `String`.
    var asString: String { String(self) }
}
