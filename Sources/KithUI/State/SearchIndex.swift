import KithCore

/// The search structures of one index, built once when it loads: folding every name is the
/// expensive part, so keystrokes only scan what is built here. Full-text search reads the
/// index's own note texts.
public struct SearchIndex: Sendable {
    /// People by name, aliases, role and organization.
    var people: PeopleSearch?
    /// The typing session of the open `/` search: narrows the previous results while the
    /// query grows. Reset when the search opens.
    var session: PeopleSearchSession?
    /// Word filters of every note, so a card's unlinked mentions read only the notes that may
    /// name the person (built with the index, reused by every card).
    var mentions: MentionFilter?
    /// `mentions`, for the runtime's card builds.
    public var mentionFilter: MentionFilter? { mentions }
    /// Where the open `/` search's rows beyond those built come from: the people list (empty
    /// query) or the query's ranking. Rows are built as they are drawn, not per keystroke.
    var pendingRows: PendingRows = .none

    enum PendingRows: Sendable {
        case none
        case everyone
        case ranked(PeopleRanking)
    }

    /// Most full-text hits listed; more would not be read and cost time per keystroke.
    static let fullTextLimit = 500
    /// Notes searched in the first step, doubling after each. `FullTextSearch` stops at the
    /// limit only between its own (large) waves, so a one-letter query would build thousands
    /// of hits; small first steps stop early, and rare queries still scan everything in a
    /// few calls.
    static let fullTextFirstStep = 32

    public init() {}

    /// Builds the people search and the mention filters over `index`.
    public init(_ index: VaultIndex) {
        people = PeopleSearch(documents: Self.documents(index))
        mentions = MentionFilter(index)
    }

    /// The search structures of `new`, derived from these (built over `old`, the index `new`
    /// was updated from): only changed notes get new mention
    /// filters, and the people search is rebuilt only when a person's searchable fields
    /// changed. Answers exactly as `SearchIndex(new)` would; runs off the UI thread (the
    /// live index's queue), so an edit costs the UI only installing the result.
    public func updated(from old: VaultIndex, to new: VaultIndex) -> SearchIndex {
        var next = SearchIndex()
        let docs = Self.documents(new)
        if let people, people.documents == docs {
            next.people = people
        } else {
            next.people = PeopleSearch(documents: docs)
        }
        next.mentions = mentions.map { $0.updated(from: old, to: new) } ?? MentionFilter(new)
        return next
    }

    /// Takes the typing session over from the structures this replaces when the people
    /// search is the same one, so an update while typing keeps narrowing.
    mutating func keepSession(of previous: SearchIndex) {
        if let people, let old = previous.people, people === old { session = previous.session }
    }

    /// What the people search indexes of each person.
    static func documents(_ index: VaultIndex) -> [SearchDocument] {
        index.people.map { n in
            SearchDocument(path: n.path, name: n.name, aliases: n.aliases, role: n.profile.role,
                           organization: n.profile.organization, tags: n.tags, kind: n.kind)
        }
    }

    /// People matching `query`, ranked lazily (see `PeopleRanking`).
    mutating func rankedPeople(_ query: String) -> PeopleRanking? {
        guard let people else { return nil }
        if session == nil { session = people.makeSession() }
        return session!.ranked(query)
    }

    /// Lines containing `query` (case and accents ignored), in note then line order.
    /// Reads the texts from `index` itself (a copy kept here would only repeat them).
    func fullText(_ query: String, in index: VaultIndex) -> [TextHit] {
        let notes = index.notes
        var hits: [TextHit] = []
        var start = 0, step = Self.fullTextFirstStep
        while start < notes.count && hits.count < Self.fullTextLimit {
            let end = min(notes.count, start + step)
            let texts = notes[start..<end].map { (path: $0.path, text: $0.parsed.text) }
            hits += FullTextSearch.search(query, in: texts, limit: Self.fullTextLimit - hits.count)
            start = end
            step = min(step * 2, 2048)
        }
        return hits
    }
}

/// Where a query matches inside a line of text, for highlighting full-text snippets.
enum Highlight {
    /// Grapheme offsets in `text` of the first case- and accent-insensitive occurrence of
    /// `query`, or empty.
    static func positions(of query: String, in text: String) -> [Int] {
        let needle = Array(TextFolding.fold(query).unicodeScalars)
        guard !needle.isEmpty else { return [] }
        let hay = TextFolding.foldWithMapping(text)
        let s = hay.scalars
        guard s.count >= needle.count else { return [] }
        for start in 0...(s.count - needle.count) where s[start] == needle[0] {
            if s[start..<(start + needle.count)].elementsEqual(needle) {
                let first = hay.characterIndices[start], last = hay.characterIndices[start + needle.count - 1]
                return Array(first...last)
            }
        }
        return []
    }
}
