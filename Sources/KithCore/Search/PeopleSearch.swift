import Dispatch

/// Fuzzy search over people (and other notes) by name, alias, role and organization,
/// with `tag:`, `org:` and `kind:` filters.
///
/// All folding happens once in `init`: the folded fields live in one byte arena, so a
/// keystroke only scans bytes and runs the scoring DP on the few fields that can match.
/// Use `makeSession()` while the user types: it narrows the previous results when the
/// query grows.
public final class PeopleSearch: Sendable {
    /// The documents, in the order given.
    public let documents: [SearchDocument]

    // Folded fields, case kept (smart case needs it), as UTF-8 in one arena.
    let arena: [UInt8]
    /// Field f is `arena[fieldStart[f]..<fieldStart[f + 1]]`.
    let fieldStart: [Int32]
    /// 0 name, 1 alias, 2 role, 3 organization; bit 7 set when the field is ASCII.
    let fieldInfo: [UInt8]
    /// Document d owns fields `docFields[d]..<docFields[d + 1]`.
    let docFields: [Int32]
    /// Position of each document in name order (folded, then original, then path).
    let nameRank: [Int32]
    let foldedTags: [[String]]
    let foldedOrgs: [String]

    /// How equal scores are ordered.
    public enum TieOrder: Sendable {
        /// By folded name (people).
        case name
        /// As the documents were given (rows of a list already in its order, e.g. newest first).
        case given
    }

    /// Folds and indexes `documents`; equal scores come out in `ties` order.
    public init(documents: [SearchDocument], ties: TieOrder = .name) {
        self.documents = documents
        var arena: [UInt8] = []
        var fieldStart: [Int32] = []
        var fieldInfo: [UInt8] = []
        var docFields: [Int32] = []
        arena.reserveCapacity(documents.count * 48)
        for doc in documents {
            docFields.append(Int32(fieldStart.count))
            func add(_ text: String?, _ kind: UInt8) {
                guard let text, !text.isEmpty else { return }
                fieldStart.append(Int32(arena.count))
                let folded = TextFolding.fold(text, keepingCase: true)
                let ascii = folded.utf8.allSatisfy { $0 < 0x80 }
                fieldInfo.append(kind | (ascii ? 0x80 : 0))
                arena.append(contentsOf: folded.utf8)
            }
            add(doc.name, 0)
            for alias in doc.aliases { add(alias, 1) }
            add(doc.role, 2)
            add(doc.organization, 3)
        }
        docFields.append(Int32(fieldStart.count))
        fieldStart.append(Int32(arena.count))
        self.arena = arena
        self.fieldStart = fieldStart
        self.fieldInfo = fieldInfo
        self.docFields = docFields
        self.foldedTags = documents.map { $0.tags.map(PeopleQuery.normalizeTag) }
        self.foldedOrgs = documents.map { TextFolding.fold($0.organization ?? "") }
        self.nameRank = ties == .name ? Self.rankByName(documents) : documents.indices.map { Int32($0) }
    }

    /// Searches all documents. Best first; equal scores in name order.
    public func search(_ query: String, limit: Int? = nil) -> [SearchHit] {
        let parsed = PeopleQuery(query)
        let (keys, _) = run(parsed, candidates: nil)
        return hits(for: keys, parsed, limit: limit)
    }

    /// The fuzzy part of a query, without its `tag:`, `org:` and `kind:` filters: what a
    /// `FuzzyMatcher` needs to highlight a match in any text.
    public static func fuzzyTerms(of query: String) -> String { PeopleQuery(query).fuzzy }

    /// A session that reuses the previous result set while the query grows.
    public func makeSession() -> PeopleSearchSession { PeopleSearchSession(self) }

    /// Documents are ranked by folded name so ties read alphabetically regardless of
    /// accents and case ("Émile" next to "Emma"). This is a root-collation approximation:
    /// no per-language tailoring.
    static func rankByName(_ documents: [SearchDocument]) -> [Int32] {
        let keys = documents.map { Array(TextFolding.fold($0.name).utf8) }
        let order = documents.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a].lexicographicallyPrecedes(keys[b]) }
            if documents[a].name != documents[b].name { return documents[a].name < documents[b].name }
            return documents[a].path < documents[b].path
        }
        var rank = [Int32](repeating: 0, count: documents.count)
        for (r, d) in order.enumerated() { rank[d] = Int32(r) }
        return rank
    }

    /// A match before ranking: document, winning field, score.
    struct Candidate: Sendable {
        var doc: Int32
        var field: Int32
        var score: Int32
    }

    /// Filters and scores `candidates` (all documents when nil). Returns the matches and
    /// the document indices that matched (ascending), for a session to narrow later.
    func run(_ query: PeopleQuery, candidates: [Int32]?) -> ([Candidate], [Int32]) {
        let pattern = SearchPattern(query.fuzzy, mode: .folded)
        let tagPrefixes = query.tags.map { $0 + "/" }
        let total = candidates?.count ?? documents.count
        // Below this, thread start-up costs more than it saves.
        let chunks = total < 4096 ? 1 : Parallel.cores * 4
        let parts = Parallel.chunks(of: total, into: chunks) { range -> [Candidate] in
            let lo = range.lowerBound, hi = range.upperBound
            let pattern = pattern.copyForThread()
            let filters = pattern.prefilters
            let text = MatchText(names: true)
            var found: [Candidate] = []
            let subset = candidates.map { Array($0[lo..<hi]) }
            withStorage { storage in
                for i in lo..<hi {
                    let d = subset.map { Int($0[i - lo]) } ?? i
                    guard passesFilters(d, query, tagPrefixes) else { continue }
                    if pattern.isEmpty {
                        found.append(Candidate(doc: Int32(d), field: storage.docFields[d], score: 0))
                    } else if let best = bestField(d, pattern, filters, text, storage) {
                        found.append(best)
                    }
                }
            }
            return found
        }
        let all = parts.flatMap { $0 }
        return (all, all.map(\.doc))
    }

    func passesFilters(_ d: Int, _ query: PeopleQuery, _ tagPrefixes: [String]) -> Bool {
        if !query.hasFilters { return true }
        for kinds in query.kinds where !kinds.contains(documents[d].kind) { return false }
        for org in query.orgs where !org.isEmpty && !foldedOrgs[d].contains(org) { return false }
        for (tag, prefix) in zip(query.tags, tagPrefixes) where !tag.isEmpty {
            let ok = foldedTags[d].contains { $0 == tag || $0.hasPrefix(prefix) }
            if !ok { return false }
        }
        return true
    }

    /// Raw views of the arena and tables, taken once per worker: going through the arrays
    /// for every document would retain and release them from all threads at once.
    struct Storage {
        let arena: UnsafeBufferPointer<UInt8>
        let fieldStart: UnsafeBufferPointer<Int32>
        let fieldInfo: UnsafeBufferPointer<UInt8>
        let docFields: UnsafeBufferPointer<Int32>
    }

    func withStorage<R>(_ body: (Storage) -> R) -> R {
        arena.withUnsafeBufferPointer { a in
            fieldStart.withUnsafeBufferPointer { fs in
                fieldInfo.withUnsafeBufferPointer { fi in
                    docFields.withUnsafeBufferPointer { df in
                        body(Storage(arena: a, fieldStart: fs, fieldInfo: fi, docFields: df))
                    }
                }
            }
        }
    }

    /// The highest-scoring field of document `d`; the earlier field (name first) wins ties.
    func bestField(_ d: Int, _ pattern: SearchPattern, _ filters: [(bytes: [UInt8], caseSensitive: Bool)],
                   _ text: MatchText, _ s: Storage) -> Candidate? {
        let first = Int(s.docFields[d]), last = Int(s.docFields[d + 1])
        guard first < last else { return nil }
        // One scan over all of the document's fields (they are adjacent in the arena)
        // rejects most documents before any field is looked at on its own.
        let all = UnsafeBufferPointer(rebasing: s.arena[Int(s.fieldStart[first])..<Int(s.fieldStart[last])])
        for filter in filters
        where !ByteScan.containsInOrder(all, filter.bytes, caseSensitive: filter.caseSensitive) {
            return nil
        }
        var best: Candidate?
        for f in first..<last {
            let bytes = UnsafeBufferPointer(rebasing: s.arena[Int(s.fieldStart[f])..<Int(s.fieldStart[f + 1])])
            if filters.count > 0 && first + 1 < last {
                // Folded text: ASCII query bytes can only match ASCII bytes.
                var ok = true
                for filter in filters
                where !ByteScan.containsInOrder(bytes, filter.bytes, caseSensitive: filter.caseSensitive) {
                    ok = false
                    break
                }
                if !ok { continue }
            }
            if s.fieldInfo[f] & 0x80 != 0 { text.load(ascii: bytes) } else { text.load(utf8: bytes) }
            guard let m = pattern.match(text, withPositions: false) else { continue }
            if best == nil || Int32(m.score) > best!.score {
                best = Candidate(doc: Int32(d), field: Int32(f), score: Int32(m.score))
            }
        }
        return best
    }

    /// Orders candidates (score, then name rank), keeps `limit`, and computes highlight
    /// positions only for the hits returned.
    func hits(for candidates: [Candidate], _ query: PeopleQuery, limit: Int?) -> [SearchHit] {
        let ranking = PeopleRanking(self, candidates, query)
        return ranking.hits(0..<min(limit ?? ranking.count, ranking.count))
    }

    /// Hits `range` of the ranked `candidates`: the best `range.upperBound` are selected
    /// (not all sorted), and positions are computed for the hits in `range` only.
    func hits(_ range: Range<Int>, of candidates: [Candidate], keys: [(UInt64, Int)], _ query: PeopleQuery) -> [SearchHit] {
        let top = TopK.smallest(keys, range.upperBound) { $0.0 < $1.0 }[range]
        let matcher = FuzzyMatcher(query.fuzzy)
        // Highlight positions rescore each name: for the thousands of hits of a first letter
        // that is most of a keystroke, so large result lists are built on all cores.
        let chunks = top.count < 2048 ? 1 : Parallel.cores * 2
        let parts = Parallel.chunks(of: top.count, into: chunks) { range -> [SearchHit] in
            let scratch = MatchText(names: true)
            return range.map { k in hit(candidates[top[top.startIndex + k].1], matcher, scratch) }
        }
        return parts.count == 1 ? parts[0] : parts.flatMap { $0 }
    }

    /// One ranked candidate as a hit, with positions when it matched on the name.
    fileprivate func hit(_ c: Candidate, _ matcher: FuzzyMatcher, _ scratch: MatchText) -> SearchHit {
        let d = Int(c.doc)
        // Fields one by one: copying the whole document would retain all of its strings.
        let name = documents[d].name
        let kind = fieldInfo[Int(c.field)] & 0x7F
        // A switch, not an array literal indexed: that allocated an array per hit.
        let field: SearchField
        switch kind {
        case 0: field = .name
        case 1: field = .alias
        case 2: field = .role
        default: field = .organization
        }
        let positions = kind == 0 && !matcher.isEmpty ? matcher.match(name, using: scratch)?.positions ?? [] : []
        return SearchHit(path: documents[d].path, name: name, score: Int(c.score), positions: positions, field: field)
    }
}

/// Incremental people search for typing: when the new query only narrows the previous
/// one, only the previous matches are searched again; otherwise it starts over.
public struct PeopleSearchSession: Sendable {
    /// The index searched.
    public let index: PeopleSearch
    private var previous: PeopleQuery?
    private var matched: [Int32] = []

    public init(_ index: PeopleSearch) { self.index = index }

    /// Same results as `index.search(query, limit:)`, usually faster while typing.
    public mutating func search(_ query: String, limit: Int? = nil) -> [SearchHit] {
        let parsed = PeopleQuery(query)
        let reuse = previous.map { parsed.narrows($0) } ?? false
        let (found, docs) = index.run(parsed, candidates: reuse ? matched : nil)
        previous = parsed
        matched = docs
        return index.hits(for: found, parsed, limit: limit)
    }

    /// The matches of `query`, ranked lazily: as `search(query)` but only the rows asked for
    /// are ordered and highlighted (a browser draws one screen of a first letter's 50,000).
    public mutating func ranked(_ query: String) -> PeopleRanking {
        let parsed = PeopleQuery(query)
        let reuse = previous.map { parsed.narrows($0) } ?? false
        let (found, docs) = index.run(parsed, candidates: reuse ? matched : nil)
        previous = parsed
        matched = docs
        return PeopleRanking(index, found, parsed)
    }

    /// Forgets the previous query (e.g. when the documents shown change).
    public mutating func reset() {
        previous = nil
        matched = []
    }
}
