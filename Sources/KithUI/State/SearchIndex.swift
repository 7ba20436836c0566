import KithCore

/// The search structures of one index, built once when it loads: folding every name and
/// note is the expensive part, so keystrokes only scan what is built here.
public struct SearchIndex: Sendable {
    /// People by name, aliases, role and organization.
    var people: PeopleSearch?
    /// The typing session of the open `/` search: narrows the previous results while the
    /// query grows. Reset when the search opens.
    var session: PeopleSearchSession?
    /// Every note's text, for `\` (in index order).
    var texts: [(path: String, text: String)] = []
    /// Word filters of every note, so a card's unlinked mentions read only the notes that may
    /// name the person (built with the index, reused by every card).
    var mentions: MentionFilter?

    /// Most full-text hits listed; more would not be read and cost time per keystroke.
    static let fullTextLimit = 500
    /// Notes searched in the first step, doubling after each. `FullTextSearch` stops at the
    /// limit only between its own (large) waves, so a one-letter query would build thousands
    /// of hits; small first steps stop early, and rare queries still scan everything in a
    /// few calls.
    static let fullTextFirstStep = 32

    public init() {}

    /// Builds the people search over `index`'s people and keeps the note texts.
    public init(_ index: VaultIndex) {
        let docs = index.people.map { n in
            SearchDocument(path: n.path, name: n.name, aliases: n.aliases, role: n.profile.role,
                           organization: n.profile.organization, tags: n.tags, kind: n.kind)
        }
        people = PeopleSearch(documents: docs)
        texts = index.notes.map { ($0.path, $0.parsed.text) }
        mentions = MentionFilter(index)
    }

    /// People matching `query`, best first (an empty query lists no one: the caller shows
    /// the current order instead).
    mutating func people(_ query: String) -> [SearchHit] {
        guard let people else { return [] }
        if session == nil { session = people.makeSession() }
        return session!.search(query)
    }

    /// Lines containing `query` (case and accents ignored), in note then line order.
    func fullText(_ query: String) -> [TextHit] {
        var hits: [TextHit] = []
        var start = 0, step = Self.fullTextFirstStep
        while start < texts.count && hits.count < Self.fullTextLimit {
            let end = min(texts.count, start + step)
            hits += FullTextSearch.search(query, in: Array(texts[start..<end]), limit: Self.fullTextLimit - hits.count)
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
