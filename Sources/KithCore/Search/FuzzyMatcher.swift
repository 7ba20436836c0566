/// The result of a fuzzy match: fzf's score and the matched characters.
public struct FuzzyMatch: Sendable, Equatable {
    /// fzf's score (higher is better); the sum over the query's terms.
    public let score: Int
    /// Indices of the matched Characters (graphemes) of the original candidate, ascending.
    public let positions: [Int]

    public init(score: Int, positions: [Int]) {
        self.score = score
        self.positions = positions
    }
}

/// fzf-style fuzzy matching (fzf's FuzzyMatchV2 scoring) with fzf's extended-search syntax.
///
/// - Terms separated by spaces must all match; `a | b` matches either.
/// - `'exact`, `^prefix`, `suffix$`, `^whole$`, `!negation` as in fzf.
/// - Smart case: a term with an uppercase letter is case-sensitive.
/// - Always accent-insensitive: candidates and query are compared through `TextFolding`,
///   so `zoe nunez` matches `Zoë Ñúñez` and `ss` matches `ß`.
///
/// Tuned for names and titles, it departs from fzf in two ways (`LineFilter` does not):
/// an inner capital earns no camelCase bonus, and an earlier, stronger start of the first
/// query letter is kept across a repeat of that letter. So `dj` ranks "Deandre Jackson"
/// above "aDjacent", where fzf ranks them the other way.
public struct FuzzyMatcher: Sendable {
    /// The query as given.
    public let query: String
    let pattern: SearchPattern

    /// Parses `query`; `smartCase: false` makes every term case-insensitive.
    public init(_ query: String, smartCase: Bool = true) {
        self.query = query
        self.pattern = SearchPattern(query, mode: .folded, smartCase: smartCase)
    }

    /// True when the query has no terms (everything matches with score 0).
    public var isEmpty: Bool { pattern.isEmpty }

    /// Matches `candidate`; positions are grapheme indices into `candidate` itself.
    public func match(_ candidate: String) -> FuzzyMatch? {
        match(candidate, using: MatchText(names: true))
    }

    /// `match` with caller-provided scratch, for matching many candidates in a row.
    func match(_ candidate: String, using text: MatchText) -> FuzzyMatch? {
        var candidate = candidate
        let asciiResult: FuzzyMatch?? = candidate.withUTF8 { bytes in
            // ASCII without "\r\n": scalar indices are Character indices, no mapping needed.
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return .none }
            text.load(ascii: bytes)
            return .some(pattern.match(text, withPositions: true).map {
                FuzzyMatch(score: $0.score, positions: $0.positions)
            })
        }
        if let asciiResult { return asciiResult }
        let folded = TextFolding.foldWithMapping(candidate, keepingCase: true)
        text.load(scalars: folded.scalars)
        guard let result = pattern.match(text, withPositions: true) else { return nil }
        return FuzzyMatch(score: result.score,
                          positions: Self.characterPositions(result.positions, folded))
    }

    /// The score alone, without computing positions.
    public func score(_ candidate: String) -> Int? {
        let text = MatchText(names: true)
        text.load(scalars: TextFolding.fold(candidate, keepingCase: true).unicodeScalars)
        return pattern.match(text, withPositions: false)?.score
    }

    /// Maps positions in folded scalars back to Character indices (one Character may
    /// yield several folded scalars, e.g. `ß` → `ss`, so duplicates are dropped).
    static func characterPositions(_ positions: [Int], _ folded: FoldedText) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(positions.count)
        for p in positions where p < folded.characterIndices.count {
            let c = folded.characterIndices[p]
            if out.last != c { out.append(c) }
        }
        return out
    }
}
