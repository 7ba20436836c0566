/// The matches of one people query, in search order (score, then name), ordered only as far
/// as they are read: `hits(0..<40)` selects the best 40 of 50,000 without sorting the rest
/// and computes highlight positions for those 40 only. Any range gives exactly the rows the
/// fully sorted list has there (the order is total: every document has its own name rank).
public struct PeopleRanking: Sendable {
    private let search: PeopleSearch
    private let query: PeopleQuery
    private let candidates: [PeopleSearch.Candidate]
    /// One sortable integer per match (higher score first, then name order) and its candidate.
    private let keys: [(UInt64, Int)]

    init(_ search: PeopleSearch, _ candidates: [PeopleSearch.Candidate], _ query: PeopleQuery) {
        self.search = search
        self.query = query
        self.candidates = candidates
        keys = candidates.enumerated().map { i, c in
            (UInt64(UInt32(Int32.max - c.score)) << 32 | UInt64(search.nameRank[Int(c.doc)]), i)
        }
    }

    /// How many documents matched.
    public var count: Int { candidates.count }

    /// The hits at positions `range` of the ranked list (clamped to `count`).
    public func hits(_ range: Range<Int>) -> [SearchHit] {
        let r = min(range.lowerBound, count)..<min(range.upperBound, count)
        guard !r.isEmpty else { return [] }
        return search.hits(r, of: candidates, keys: keys, query)
    }
}
