import Foundation

/// The rules that say what kind a note is (vault-format.md, "Kinds of notes"). Every list is
/// overridable from the configuration; comparisons ignore case.
public struct NoteClassifier: Sendable, Hashable {
    /// The rules for one kind: any one match is enough.
    public struct Rule: Sendable, Hashable {
        /// Values of frontmatter `type` (`type: people`).
        public var types: [String]
        /// Tags, without `#` (`type/people`).
        public var tags: [String]
        /// Link targets in frontmatter `categories` (`"[[People]]"`).
        public var categories: [String]
        /// Folder paths; a note whose folder path contains this run of segments belongs
        /// (`People` matches `People/x.md` and `Work/People/x.md`).
        public var folders: [String]

        public init(types: [String] = [], tags: [String] = [], categories: [String] = [],
                    folders: [String] = []) {
            self.types = types.map { $0.lowercased() }
            self.tags = tags.map { $0.lowercased() }
            self.categories = categories.map { $0.lowercased() }
            self.folders = folders.map { $0.lowercased() }
        }
    }

    /// Rules in the order they are tried; the first kind that matches wins (a meeting is a
    /// transcript).
    public var rules: [(kind: NoteKind, rule: Rule)] { ordered.map { ($0.kind, $0.rule) } }
    public var person: Rule { didSet { ordered = Self.order(self) } }
    public var transcript: Rule { didSet { ordered = Self.order(self) } }
    /// Meeting notes: transcripts too, whose people may also be named in any property.
    public var meeting: Rule { didSet { ordered = Self.order(self) } }
    public var project: Rule { didSet { ordered = Self.order(self) } }
    public var organization: Rule { didSet { ordered = Self.order(self) } }
    /// Kept rather than computed: `kind` runs once per note.
    private var ordered: [(kind: NoteKind, rule: Rule, meeting: Bool)] = []

    private static func order(_ c: NoteClassifier) -> [(kind: NoteKind, rule: Rule, meeting: Bool)] {
        [(.person, c.person, false), (.transcript, c.transcript, false), (.transcript, c.meeting, true),
         (.project, c.project, false), (.organization, c.organization, false)]
    }

    public init(person: Rule, transcript: Rule, meeting: Rule = Rule(), project: Rule, organization: Rule) {
        self.person = person
        self.transcript = transcript
        self.meeting = meeting
        self.project = project
        self.organization = organization
        ordered = Self.order(self)
    }

    /// The defaults of vault-format.md.
    public static let standard = NoteClassifier(
        person: Rule(types: ["people", "person"], tags: ["type/people", "people"],
                     categories: ["People"], folders: ["People"]),
        transcript: Rule(types: ["transcript"], tags: ["type/transcript"], folders: ["Sources/Transcripts"]),
        meeting: Rule(types: ["meeting"], tags: ["meeting", "meetings", "type/meeting"], categories: ["Meetings"],
                      folders: ["Meetings"]),
        project: Rule(types: ["project"], tags: ["type/project"], folders: ["Projects"]),
        organization: Rule(types: ["organization", "company", "customer"],
                           folders: ["Customers", "Organizations"]))

    /// The kind of a note. Explicit properties (type, tags, categories) are tried for every kind
    /// before folders, so `type: project` inside `People/` is a project.
    public func kind(path: String, type: String?, tags: [String], categories: [String]) -> NoteKind {
        classify(path: path, type: type, tags: tags, categories: categories).kind
    }

    /// What decided a note's kind.
    public enum Reason: Hashable, Sendable { case type, tag, category, folder, none }

    /// The kind of a note, whether it is a meeting (a transcript by the meeting rule), and what
    /// decided it.
    public func classify(path: String, type: String?, tags: [String], categories: [String])
        -> (kind: NoteKind, meeting: Bool, reason: Reason) {
        let t = type?.lowercased()
        if t != nil || !tags.isEmpty || !categories.isEmpty {
            let lowTags = tags.map { $0.lowercased() }
            let lowCats = categories.map { Self.categoryName($0) }
            for (kind, rule, meeting) in ordered {
                if let t, rule.types.contains(t) { return (kind, meeting, .type) }
                if lowTags.contains(where: { rule.tags.contains($0) }) { return (kind, meeting, .tag) }
                if lowCats.contains(where: { rule.categories.contains($0) }) { return (kind, meeting, .category) }
            }
        }
        guard path.contains("/") else { return (.note, false, .none) }
        let folder = path.lowercased().split(separator: "/").dropLast().map(String.init)
        for (kind, rule, meeting) in ordered where rule.folders.contains(where: { Self.contains(folder, $0) }) {
            return (kind, meeting, .folder)
        }
        return (.note, false, .none)
    }

    /// `[[People]]`, `People`, `[[Types/People|People]]` → `people`.
    static func categoryName(_ value: String) -> String {
        var s = Substring(value)
        if s.hasPrefix("[["), s.hasSuffix("]]") { s = s.dropFirst(2).dropLast(2) }
        if let bar = s.firstIndex(of: "|") { s = s[..<bar] }
        if let slash = s.lastIndex(of: "/") { s = s[s.index(after: slash)...] }
        return s.trimmedSpaces.asString.lowercased()
    }

    /// Whether `folder` segments contain the run of segments in `pattern` (`sources/transcripts`).
    static func contains(_ folder: [String], _ pattern: String) -> Bool {
        let want = pattern.split(separator: "/").map(String.init)
        guard !want.isEmpty, want.count <= folder.count else { return false }
        for start in 0...(folder.count - want.count) where Array(folder[start..<start + want.count]) == want {
            return true
        }
        return false
    }

    public static func == (a: NoteClassifier, b: NoteClassifier) -> Bool {
        a.person == b.person && a.transcript == b.transcript && a.meeting == b.meeting && a.project == b.project
            && a.organization == b.organization
    }

    public func hash(into h: inout Hasher) {
        h.combine(person)
        h.combine(transcript)
        h.combine(meeting)
        h.combine(project)
        h.combine(organization)
    }
}
