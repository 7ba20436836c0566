import KithCore

/// The search structures of one index, built once when it loads: folding every name is the
/// expensive part, so keystrokes only scan what is built here. Full-text search reads the
/// index's own note texts.
public struct SearchIndex: Sendable {
    /// People by name, aliases, role and organization.
    var people: PeopleSearch?
    /// Every note, for a `/` query with `kind:` (as `kith search`); built on first use.
    var notes: PeopleSearch?
    /// The Recent view's interactions and the Meetings view's rows, for `/` in those views;
    /// built on first use (most sessions never search them), dropped with the index.
    var recent: PeopleSearch?
    var meetings: PeopleSearch?
    /// The Organizations view's names, in its order (rebuilt when the order changes).
    var organizations: PeopleSearch?
    /// The interactions `recent` was built from, by document position (the index's timeline
    /// is assembled on every read).
    var recentItems: [Interaction] = []
    /// The typing session of the open `/` search: narrows the previous results while the
    /// query grows. Reset when the search opens, and when the query moves to another set
    /// of documents (`kind:` typed or removed).
    var session: PeopleSearchSession?
    /// Word filters of every note, so a card's unlinked mentions read only the notes that may
    /// name the person (built with the index, reused by every card).
    var mentions: MentionFilter?
    /// `mentions`, for the runtime's card builds.
    public var mentionFilter: MentionFilter? { mentions }
    /// Whether the mention filters are still being built in the background (the browser's
    /// load posts the index first: they read every note's text, seconds at 100,000 notes).
    /// Meanwhile cards say their mentions are searching; `Action.mentionFiltersBuilt` ends it.
    public internal(set) var mentionsPending = false
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

    /// Builds the people search and the mention filters over `index`. Without
    /// `buildingMentions` the filters are left to the caller, who builds them in the
    /// background and reports them with `Action.mentionFiltersBuilt` (`mentionsPending`).
    public init(_ index: VaultIndex, buildingMentions: Bool = true) {
        people = PeopleSearch(documents: Self.documents(index))
        if buildingMentions {
            mentions = MentionFilter(index)
        } else {
            mentionsPending = true
        }
    }

    /// How a card built with these structures gets its unlinked mentions: searched with the
    /// filters, or left searching until they are built.
    var cardMentions: CardMentions { mentionsPending ? .awaitingFilters : .search(mentions) }

    /// These structures with `filter` (built over their index) as the mention filters.
    public func with(mentions filter: MentionFilter) -> SearchIndex {
        var next = self
        next.mentions = filter
        next.mentionsPending = false
        return next
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
        index.people.map(document)
    }

    /// Documents matching `query` in `searched`, ranked lazily (see `PeopleRanking`), through
    /// the typing session while it searches the same documents.
    mutating func ranked(_ query: String, in searched: PeopleSearch) -> PeopleRanking {
        if session?.index !== searched { session = searched.makeSession() }
        return session!.ranked(query)
    }

    /// What `/` searches in `mode` for `query`, built when first needed: people, every note
    /// when the query names kinds, the interactions or the meetings (whose document paths
    /// are row positions: a hit names a row).
    mutating func searched(_ mode: SearchState.Mode, query: String, index: VaultIndex,
                           meetingRows: [MeetingRow], organizationRows: [Organization] = []) -> PeopleSearch? {
        switch mode {
        case .people:
            guard query.split(separator: " ").contains(where: { $0.lowercased().hasPrefix("kind:") }) else { return people }
            if notes == nil { notes = PeopleSearch(documents: index.notes.map(Self.document)) }
            return notes
        case .recent:
            if recent == nil {
                recentItems = index.timeline
                recent = PeopleSearch(documents: Self.recentDocuments(recentItems, index), ties: .given)
            }
            return recent
        case .meetings:
            if meetings == nil {
                meetings = PeopleSearch(documents: Self.meetingDocuments(meetingRows, index), ties: .given)
            }
            return meetings
        case .organizations:
            if organizations == nil {
                organizations = PeopleSearch(documents: organizationRows.enumerated().map { k, o in
                    SearchDocument(path: String(k), name: o.name, kind: .organization)
                }, ties: .given)
            }
            return organizations
        case .fullText:
            return nil
        }
    }

    /// A note as `kith search` indexes it.
    static func document(_ n: IndexedNote) -> SearchDocument {
        SearchDocument(path: n.path, name: n.name, aliases: n.aliases, role: n.profile.role,
                       organization: n.profile.organization, tags: n.tags, kind: n.kind)
    }

    /// One document per interaction, newest first: its columns as one text (so a query may
    /// name the person and the title), the person's organization and tags for `org:` and
    /// `tag:`, and the kind of the note Enter opens (the transcript, else the person) for `kind:`.
    static func recentDocuments(_ items: [Interaction], _ index: VaultIndex) -> [SearchDocument] {
        items.enumerated().map { k, it in
            let person = index.note(it.person)
            let opens = it.target.flatMap { index.note($0) }?.kind ?? .person
            return SearchDocument(path: String(k), name: recentText(it, index), organization: person?.profile.organization,
                                  tags: person?.tags ?? [], kind: opens)
        }
    }

    /// The columns a Recent result shows (date, person, title, summary), two spaces apart.
    static func recentText(_ it: Interaction, _ index: VaultIndex) -> String {
        recentColumns(it, index).joined(separator: "  ")
    }

    static func recentColumns(_ it: Interaction, _ index: VaultIndex) -> [String] {
        [it.date?.description ?? "undated", index.note(it.person)?.name ?? it.person, Format.label(of: it),
         Screens.gist(of: it)]
    }

    /// One document per Meetings row: `date  title  participants`, its tags, its kind (a daily
    /// note is a note).
    static func meetingDocuments(_ rows: [MeetingRow], _ index: VaultIndex) -> [SearchDocument] {
        rows.enumerated().map { k, t in
            SearchDocument(path: String(k), name: meetingText(t), tags: index.note(t.path)?.tags ?? [],
                           kind: t.source == .daily ? .note : .transcript)
        }
    }

    /// The columns a Meetings result shows (date, title, participants), two spaces apart.
    static func meetingText(_ t: MeetingRow) -> String {
        meetingColumns(t).joined(separator: "  ")
    }

    static func meetingColumns(_ t: MeetingRow) -> [String] {
        [t.date?.description ?? "undated", Screens.meetingTitle(t), Screens.participantList(t)]
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
    /// Grapheme ranges in `text` of every case- and accent-insensitive occurrence of `query`,
    /// left to right, not overlapping.
    static func ranges(of query: String, in text: String) -> [ClosedRange<Int>] {
        let needle = Array(TextFolding.fold(query).unicodeScalars)
        guard !needle.isEmpty else { return [] }
        let hay = TextFolding.foldWithMapping(text)
        let s = hay.scalars
        guard s.count >= needle.count else { return [] }
        var out: [ClosedRange<Int>] = []
        var start = 0
        while start <= s.count - needle.count {
            if s[start] == needle[0], s[start..<(start + needle.count)].elementsEqual(needle) {
                out.append(hay.characterIndices[start]...hay.characterIndices[start + needle.count - 1])
                start += needle.count
            } else {
                start += 1
            }
        }
        return out
    }

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
