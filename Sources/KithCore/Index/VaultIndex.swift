/// The in-memory index of a vault: notes by path, people, resolved links, backlinks,
/// co-attendees and the timeline of interactions. A value: build it, then read it from any thread.
public struct VaultIndex: Sendable {
    /// Absolute path of the vault folder.
    public let root: String
    /// Every note, sorted by path (in chunks, so that an update copies only the changed one's).
    public internal(set) var notes: ChunkedArray<IndexedNote>
    /// Non-Markdown files, sorted (link targets, never parsed).
    public private(set) var attachments: [String]
    /// Problems for `kith check`.
    public internal(set) var report: CheckReport
    /// Seconds spent building (scan, read, parse, resolve).
    public var buildSeconds: Double = 0

    var idByPath: [String: Int]
    var peopleIDs: [Int]
    var transcriptIDs: [Int]
    /// Each note's backlinks by source path, chunked: the vault's owner has thousands.
    var backlinksByID: [Int: ChunkedList<BacklinkEntry>]
    /// Each person's interactions, chunked: the vault's owner has thousands.
    var interactionsByPerson: [Int: TimelineStore]
    var allInteractions: TimelineStore
    /// Built when first used (`LazyLinkResolver`).
    private var lazyResolver: LazyLinkResolver
    var resolver: LinkResolver { lazyResolver.resolver }

    /// Builds the link resolver now when a snapshot load left it for its first use (~0.4 s
    /// at 100,000 notes). Cards and the reader resolve link text as they are drawn, so the
    /// browser calls this off the UI thread, beside its rows, before it shows the index.
    public func prepareLinkResolver() { _ = lazyResolver.resolver }

    /// Whether the link resolver is built (tests).
    var linkResolverIsBuilt: Bool { lazyResolver.isBuilt }
    /// The rules the index was built with; an update keeps them.
    public internal(set) var classifier: NoteClassifier = .standard
    public internal(set) var settings = VaultSettings()
    /// The vault owner's person note, when one is named (config `me`, tag `me`, `me: true`).
    var ownerID: Int?
    /// People by name and alias, for plain names in properties.
    var names = PersonNames()
    /// Who each source note (transcript, meeting, daily note, a note with inline fields)
    /// records a contact with, one entry per person, in order of appearance.
    var contactsBySource: [Int: [SourceContact]] = [:]
    /// For each person, the IDs of the notes that record a contact with them, ascending.
    var sourcesByPerson: [Int: [Int32]] = [:]

    /// Builds an index from notes already parsed (scanning and reading is `VaultLoader`'s job).
    public init(root: String, parsed: [ParsedNote], attachments: [String] = [],
                unreadable: [CheckReport.Unreadable] = [], classifier: NoteClassifier = .standard,
                settings: VaultSettings = VaultSettings()) {
        self = IndexBuilder(root: root, parsed: parsed, attachments: attachments,
                            unreadable: unreadable, classifier: classifier, settings: settings).build()
    }

    init(root: String, notes: ChunkedArray<IndexedNote>, attachments: [String], report: CheckReport,
         idByPath: [String: Int], peopleIDs: [Int], transcriptIDs: [Int],
         backlinksByID: [Int: [BacklinkEntry]], interactionsByPerson: [Int: [Interaction]],
         allInteractions: [Interaction], resolver: LazyLinkResolver) {
        self.init(root: root, notes: notes, attachments: attachments, report: report, idByPath: idByPath,
                  peopleIDs: peopleIDs, transcriptIDs: transcriptIDs,
                  chunkedBacklinks: backlinksByID.mapValues { ChunkedList($0) },
                  interactionsByPerson: interactionsByPerson.mapValues { TimelineStore($0) },
                  allInteractions: TimelineStore(allInteractions), resolver: resolver)
    }

    /// The same with the lists already chunked (a snapshot decodes them so).
    init(root: String, notes: ChunkedArray<IndexedNote>, attachments: [String], report: CheckReport,
         idByPath: [String: Int], peopleIDs: [Int], transcriptIDs: [Int],
         chunkedBacklinks: [Int: ChunkedList<BacklinkEntry>], interactionsByPerson: [Int: TimelineStore],
         allInteractions: TimelineStore, resolver: LazyLinkResolver) {
        self.root = root
        self.notes = notes
        self.attachments = attachments
        self.report = report
        self.idByPath = idByPath
        self.peopleIDs = peopleIDs
        self.transcriptIDs = transcriptIDs
        self.backlinksByID = chunkedBacklinks
        self.interactionsByPerson = interactionsByPerson
        self.allInteractions = allInteractions
        self.lazyResolver = resolver
    }

    // MARK: Reading

    /// The note at a vault path (exact, as listed).
    public func note(_ path: String) -> IndexedNote? {
        idByPath[path].map { notes[$0] }
    }

    /// Every person note, in path order.
    public var people: [IndexedNote] { peopleIDs.map { notes[$0] } }

    /// Every transcript, newest first (undated last), ties by path.
    public var transcripts: [IndexedNote] {
        transcriptIDs.map { notes[$0] }.sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.path < b.path
            }
        }
    }

    /// How many notes of each kind.
    public func count(_ kind: NoteKind) -> Int {
        switch kind {
        case .person: return peopleIDs.count
        case .transcript: return transcriptIDs.count
        default: return notes.indices.reduce(0) { $0 + (notes[$1].kind == kind ? 1 : 0) }
        }
    }

    /// Total outgoing links (all styles, resolved or not).
    public var linkCount: Int { notes.indices.reduce(0) { $0 + notes[$1].linkCount } }

    /// Other notes whose resolved links point at `path`, by source path then line.
    public func backlinks(to path: String) -> [Backlink] {
        idByPath[path].flatMap { backlinksByID[$0].map(backlinks) } ?? []
    }

    /// A person's interactions, newest first (undated last).
    public func interactions(of personPath: String) -> [Interaction] {
        idByPath[personPath].flatMap { interactionsByPerson[$0]?.all } ?? []
    }

    /// Every interaction of every person, newest first (undated last), ties by person name.
    public var timeline: [Interaction] { allInteractions.all }

    /// Resolves a link target as written in the note at `source`.
    public func resolve(_ target: String, from source: String) -> String? {
        resolver.resolve(target, from: source).path
    }
}
