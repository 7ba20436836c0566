/// A link after resolution against the vault.
public struct ResolvedLink: Hashable, Sendable {
    public var reference: LinkReference
    /// Vault path of the note or attachment it points at; nil when unresolved.
    public var target: String?
    /// Every file that matched when more than one did (the link is ambiguous); else empty.
    public var candidates: [String]

    public init(reference: LinkReference, target: String?, candidates: [String] = []) {
        self.reference = reference
        self.target = target
        self.candidates = candidates
    }
}

/// `**Role**: X at ORG (team)` and `**Relationship**: …` from a person's `## Profile`.
public struct Profile: Hashable, Sendable {
    public var role: String?
    public var organization: String?
    public var team: String?
    public var relationship: String?

    public init(role: String? = nil, organization: String? = nil, team: String? = nil,
                relationship: String? = nil) {
        self.role = role
        self.organization = organization
        self.team = team
        self.relationship = relationship
    }
}

/// One bullet of a person's `## Recent Context`:
/// `- 2025-10-30: [[target|label]] — summary (via Someone)`.
public struct ContextEntry: Hashable, Sendable {
    public var date: CalendarDate?
    /// The link as written inside the brackets (`target|label`), or nil for a bullet without one.
    public var link: String?
    /// Resolved vault path of the link, or nil.
    public var target: String?
    /// Text after `|`, else the link text; for a bullet without a link, its text.
    public var label: String
    /// Text after the ` — ` / ` - ` separator, without the `(via X)` suffix.
    public var summary: String?
    /// X of a trailing `(via X)`.
    public var via: String?
    /// 1-based line in the person's file.
    public var line: Int

    public init(date: CalendarDate?, link: String?, target: String?, label: String,
                summary: String?, via: String?, line: Int) {
        self.date = date
        self.link = link
        self.target = target
        self.label = label
        self.summary = summary
        self.via = via
        self.line = line
    }
}

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
    public var links: [ResolvedLink]
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
        self.links = links
        self.profile = profile
        self.recentContext = recentContext
    }
}

/// Another note whose resolved links point at a note.
public struct Backlink: Hashable, Sendable {
    public var source: String
    public var kind: NoteKind
    /// 1-based line of the link in the source.
    public var line: Int
    /// Where the excerpt comes from: the source note's text (read when the excerpt is: a
    /// vault has many backlinks and few are ever shown), or text assigned.
    private var origin: Origin
    private enum Origin: Sendable {
        /// A line of the source note: a body line is trimmed and cut; a frontmatter line
        /// becomes its property's key and values (`PropertyExcerpt`).
        case source(NoteText, inFrontmatter: Bool)
        case assigned(String)
    }

    init(source: String, kind: NoteKind, line: Int, text: NoteText, inFrontmatter: Bool = false) {
        self.source = source
        self.kind = kind
        self.line = line
        origin = .source(text, inFrontmatter: inFrontmatter)
    }

    /// The excerpt when it was assigned rather than made from the source line (a snapshot
    /// keeps it; the source line it reads again).
    var assignedExcerpt: String? {
        if case .assigned(let s) = origin { return s }
        return nil
    }

    /// The source line, trimmed and cut to a readable length; a frontmatter line as its
    /// property's key and values (`attendees: Ana Lima`), not as YAML.
    public var excerpt: String {
        get {
            switch origin {
            case .assigned(let s): return s
            case .source(let t, let inFrontmatter):
                let r = t.current
                let source = ParsedNote.line(line, of: r.text, starts: r.lineStarts)
                return IndexBuilder.excerpt(inFrontmatter ? Substring(PropertyExcerpt.text(source)) : source)
            }
        }
        set { origin = .assigned(newValue) }
    }

    public static func == (a: Backlink, b: Backlink) -> Bool {
        a.source == b.source && a.kind == b.kind && a.line == b.line && a.excerpt == b.excerpt
    }

    public func hash(into h: inout Hasher) {
        h.combine(source)
        h.combine(kind)
        h.combine(line)
        h.combine(excerpt)
    }
}

/// A person who shares transcripts with another, ranked by how many.
public struct CoAttendee: Hashable, Sendable {
    public var path: String
    public var name: String
    public var shared: Int
}

/// A person's last contact and where it came from.
public struct LastContact: Hashable, Sendable {
    /// Where the date came from.
    public enum Source: String, Hashable, Sendable {
        /// The note's `last_contact` property.
        case property
        /// A past interaction newer than the property (or there is no property).
        case interaction
    }
    public var date: CalendarDate
    public var source: Source

    public init(date: CalendarDate, source: Source) {
        self.date = date
        self.source = source
    }

    /// True when the date is not the written `last_contact` (it comes from an interaction).
    public var derived: Bool { source == .interaction }
}

/// Problems `kith check` reports.
public struct CheckReport: Sendable {
    public struct Unresolved: Hashable, Sendable { public var source: String; public var line: Int; public var link: String }
    public struct Ambiguous: Hashable, Sendable {
        public var source: String; public var line: Int; public var link: String
        public var candidates: [String]; public var chosen: String
    }
    public struct FrontmatterProblem: Hashable, Sendable { public var path: String; public var line: Int; public var message: String }
    public struct Unreadable: Hashable, Sendable { public var path: String; public var message: String }
    public struct LastContactMismatch: Hashable, Sendable {
        public var path: String; public var lastContact: CalendarDate; public var newestInteraction: CalendarDate
    }
    public var unresolved: [Unresolved] = []
    public var ambiguous: [Ambiguous] = []
    public var frontmatterErrors: [FrontmatterProblem] = []
    public var unreadable: [Unreadable] = []
    /// Settings that could not be used (a malformed `.obsidian/` file, a `me` naming no one).
    public var settings: [String] = []

    public init() {}

    /// True when anything at all was found (`last_contact` behind an interaction depends on the
    /// day: see `VaultIndex.lastContactMismatches(today:)`).
    public var hasProblems: Bool {
        !(unresolved.isEmpty && ambiguous.isEmpty && frontmatterErrors.isEmpty && unreadable.isEmpty
          && settings.isEmpty)
    }
}
