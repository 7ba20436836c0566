/// A note of the index: what was parsed plus what the vault says about it.
public struct IndexedNote: Sendable {
    public var parsed: ParsedNote
    public var kind: NoteKind
    /// Frontmatter `title`, else the file name without `.md` (as Obsidian shows it).
    public var name: String
    /// Tags from frontmatter and the body, without `#`, first spelling kept, no duplicates (case-insensitive).
    public var tags: [String]
    public var aliases: [String]
    public var created: CalendarDate?
    /// Transcript (or any note's) date: frontmatter `date`, else the file name's leading date.
    public var date: CalendarDate?
    /// Frontmatter `last_contact`.
    public var lastContactWritten: CalendarDate?
    /// Outgoing links in file order, resolved.
    public var links: [ResolvedLink] {
        get {
            switch linkStore {
            case .resolved(let l): return l
            case .stored(let block, let k): return block.note(k).links
            }
        }
        _modify {
            var l = links
            linkStore = .resolved([])
            defer { linkStore = .resolved(l) }
            yield &l
        }
    }
    /// `links.count`, without decoding a warm start's stored parts.
    public var linkCount: Int {
        switch linkStore {
        case .resolved(let l): return l.count
        case .stored(let block, let k): return block.linkCount(k)
        }
    }
    /// Where the resolved links are: in the note, or still in a snapshot block (`StoredNotes`).
    var linkStore: LinkStore
    /// Person notes only (else empty values).
    public var profile: Profile
    public var recentContext: [ContextEntry]
    /// Person notes only: the note's own dated log outside Recent Context (headings
    /// `## 2024-03-02` and bullets `- 2024-03-02 …`), in file order.
    public var log: [ContextEntry] = []
    /// What the note records contacts as (a transcript, a meeting, a daily note), if anything.
    public var contactSource: ContactSource = .none
    /// In a templates folder: never a person, never a source of interactions.
    public var isTemplate = false
    /// A folder's own note (`People/🗂️ People.md`): never a person by folder, tag or category.
    public var isFolderNote = false
    /// Tagged `me` or `me: true`: marks the vault's owner (the config's `me` wins).
    public var marksOwner = false

    public var path: String { parsed.path }

    /// The resolved links without keeping a decoded copy (a snapshot write reads every note once).
    var linksForWriting: [ResolvedLink] {
        switch linkStore {
        case .resolved(let l): return l
        case .stored(let block, let k): return block.noteUncached(k).links
        }
    }

    enum LinkStore: Sendable {
        case resolved([ResolvedLink])
        case stored(StoredNotes, Int)
    }
    public var sections: [Section] { parsed.sections }

    public init(parsed: ParsedNote, kind: NoteKind, name: String, tags: [String] = [],
                aliases: [String] = [], created: CalendarDate? = nil, date: CalendarDate? = nil,
                lastContactWritten: CalendarDate? = nil, links: [ResolvedLink] = [],
                profile: Profile = Profile(), recentContext: [ContextEntry] = []) {
        self.parsed = parsed
        self.kind = kind
        self.name = name
        self.tags = tags
        self.aliases = aliases
        self.created = created
        self.date = date
        self.lastContactWritten = lastContactWritten
        self.linkStore = .resolved(links)
        self.profile = profile
        self.recentContext = recentContext
    }
}
