/// What a note is to kith. Decided by `NoteClassifier` from frontmatter, tags and folders.
public enum NoteKind: String, Codable, Sendable, CaseIterable, Comparable {
    case person, transcript, project, organization, note

    /// Plural label for grouping ("transcripts 2 · people 1").
    public var plural: String {
        switch self {
        case .person: return "people"
        case .transcript: return "transcripts"
        case .project: return "projects"
        case .organization: return "organizations"
        case .note: return "notes"
        }
    }

    public static func < (a: NoteKind, b: NoteKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
