/// What people search looks at for one note.
public struct SearchDocument: Sendable, Hashable {
    public var path: String
    public var name: String
    public var aliases: [String]
    public var role: String?
    public var organization: String?
    /// Tags with or without `#`; nested tags use `/` (`team/eng`).
    public var tags: [String]
    public var kind: NoteKind

    public init(path: String, name: String, aliases: [String] = [], role: String? = nil,
                organization: String? = nil, tags: [String] = [], kind: NoteKind = .person) {
        self.path = path
        self.name = name
        self.aliases = aliases
        self.role = role
        self.organization = organization
        self.tags = tags
        self.kind = kind
    }
}

/// The field a hit matched on.
public enum SearchField: String, Sendable, Hashable {
    case name, alias, role, organization
}

/// One result of people search.
public struct SearchHit: Sendable, Hashable {
    public var path: String
    public var name: String
    /// fzf score of the best field (0 when the query had only filters).
    public var score: Int
    /// Grapheme indices into `name` to highlight; empty when the match was on another field.
    public var positions: [Int]
    public var field: SearchField

    public init(path: String, name: String, score: Int, positions: [Int], field: SearchField) {
        self.path = path
        self.name = name
        self.score = score
        self.positions = positions
        self.field = field
    }
}

/// A people-search query split into filters and the fuzzy part.
///
/// `tag:x` (tag is `x` or nested under `x/`), `org:text` (organization contains the folded
/// text), `kind:k` (a kind whose name starts with `k`; `kind:person|project` for several).
/// Filter names are case-insensitive; several filters are ANDed.
struct PeopleQuery: Sendable {
    var tags: [String] = []
    var orgs: [String] = []
    var kinds: [Set<NoteKind>] = []
    /// The words left for fuzzy matching, fzf extended syntax.
    var fuzzy: String = ""
    /// Raw tokens, to decide whether a longer query only narrows this one.
    var tokens: [Substring] = []

    var hasFilters: Bool { !tags.isEmpty || !orgs.isEmpty || !kinds.isEmpty }

    init(_ query: String) {
        tokens = query.split(separator: " ", omittingEmptySubsequences: true)
        var words: [Substring] = []
        for token in tokens {
            let lower = token.lowercased()
            if lower.hasPrefix("tag:") {
                tags.append(Self.normalizeTag(token.dropFirst(4)))
            } else if lower.hasPrefix("org:") {
                orgs.append(TextFolding.fold(token.dropFirst(4)))
            } else if lower.hasPrefix("kind:") {
                let names = lower.dropFirst(5).split(separator: "|")
                kinds.append(Set(NoteKind.allCases.filter { kind in
                    names.contains { kind.rawValue.hasPrefix($0) || kind.plural == $0 }
                }))
            } else {
                words.append(token)
            }
        }
        fuzzy = words.joined(separator: " ")
    }

    /// Tags compare without `#`, folded, without a trailing `/`.
    static func normalizeTag(_ tag: some StringProtocol) -> String {
        var t = TextFolding.fold(tag)
        while t.hasPrefix("#") { t.removeFirst() }
        while t.hasSuffix("/") { t.removeLast() }
        return t
    }

    /// True when every document matching `self` also matched `previous`, so a search may
    /// start from `previous`'s results. Only safe edits qualify: typing more characters
    /// into the last word of a plain fuzzy, exact or prefix term or an `org:` filter, or
    /// adding words. Negations, `|`, `$`, escapes, `tag:` and `kind:` reset.
    func narrows(_ previous: PeopleQuery) -> Bool {
        let old = previous.tokens
        guard tokens.count >= old.count else { return false }
        if tokens.contains(where: { $0 == "|" || $0.hasSuffix("\\") }) { return false }
        for (i, t) in old.enumerated() {
            let new = tokens[i]
            if new == t { continue }
            // Only the last old token may have grown.
            guard i == old.count - 1, new.hasPrefix(t) else { return false }
            let lower = t.lowercased()
            if lower.hasPrefix("tag:") || lower.hasPrefix("kind:") { return false }
            if lower.hasPrefix("org:") { continue }
            if t.hasPrefix("!") || t.hasSuffix("$") || new.hasSuffix("$") { return false }
            // Words that turn into filters were fuzzy text before.
            let newLower = new.lowercased()
            if ["tag:", "org:", "kind:"].contains(where: { newLower.hasPrefix($0) }) { return false }
        }
        return true
    }
}
