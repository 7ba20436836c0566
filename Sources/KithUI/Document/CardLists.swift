import KithCore

/// A section of a person's card listed in full: what its "… N more" row opens.
public struct CardList: Hashable, Sendable {
    public enum Section: Hashable, Sendable {
        /// The notes of one group that link to the person (one row per note).
        case backlinks(BacklinkGroup)
        /// Interactions outside Recent Context ("Also in").
        case alsoIn
        /// The people met in the same transcripts ("Met with").
        case metWith
        /// Lines that name the person without linking them.
        case mentions
    }

    /// The person's note.
    public var person: String
    public var section: Section

    public init(person: String, section: Section) {
        self.person = person
        self.section = section
    }

    /// The list's title: `Backlinks · transcripts`, `Interactions`, `Met with`, `Unlinked mentions`.
    public var title: String {
        switch section {
        case .backlinks(let group): return "Backlinks · \(group.plural)"
        case .alsoIn: return "Interactions"
        case .metWith: return "Met with"
        case .mentions: return "Unlinked mentions"
        }
    }
}

/// What a card groups the notes that link to a person by: their kind, with daily notes apart
/// from other notes (a journal's days are not the notes one writes about someone).
public enum BacklinkGroup: Int, Hashable, Sendable, CaseIterable {
    // In the order the card lists them.
    case transcripts, people, projects, organizations, dailyNotes, notes

    /// The group of a note of `kind`; `isDaily` when the index takes it for a daily note.
    public init(_ kind: NoteKind, isDaily: Bool) {
        switch kind {
        case .transcript: self = .transcripts
        case .person: self = .people
        case .project: self = .projects
        case .organization: self = .organizations
        case .note: self = isDaily ? .dailyNotes : .notes
        }
    }

    /// `transcripts`, `daily notes`, …
    public var plural: String {
        switch self {
        case .transcripts: return "transcripts"
        case .people: return "people"
        case .projects: return "projects"
        case .organizations: return "organizations"
        case .dailyNotes: return "daily notes"
        case .notes: return "notes"
        }
    }
}

/// Everything a person's card lists, in full: the card shows the first rows of each section
/// and these back its "… N more" lists. Built with the card, off the UI thread.
public struct CardLists: Sendable {
    /// One backlink per linking note, by the note's group, in path order.
    public var backlinks: [BacklinkGroup: [Backlink]] = [:]
    /// Interactions outside Recent Context, newest first.
    public var alsoIn: [Interaction] = []
    public var metWith: [CoAttendee] = []
    /// Nil until they are found (a heavy person's are searched after the card shows).
    public var mentions: [Mention]?

    public init() {}

    /// Rows of a section; nil when not known yet (mentions being searched).
    public func count(_ section: CardList.Section) -> Int? {
        switch section {
        case .backlinks(let group): return backlinks[group]?.count ?? 0
        case .alsoIn: return alsoIn.count
        case .metWith: return metWith.count
        case .mentions: return mentions?.count
        }
    }

    /// Whether every section is known (the mentions were searched).
    public var isComplete: Bool { mentions != nil }
}

/// Where a card's unlinked mentions come from.
public enum CardMentions: Sendable {
    /// Already found (by an earlier card of the same index, or kept across an update).
    case found([Mention])
    /// Searched after the card shows: the section says so and counts `…`. `candidates` is
    /// how many notes will be read, for the placeholder line.
    case pending(candidates: Int)
    /// Searched once the index's mention filters are built (just after it loads, see
    /// `SearchIndex.mentionsPending`): the section says it is searching.
    case awaitingFilters
    /// Searched now, with the index's mention filter if there is one.
    case search(MentionFilter?)
}

/// A person's card and the lists behind it.
public struct PersonCard: Sendable {
    public var document: Document
    public var lists: CardLists
}
