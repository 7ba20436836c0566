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

    /// Rules in the order they are tried; the first kind that matches wins.
    public var rules: [(kind: NoteKind, rule: Rule)] { ordered }
    public var person: Rule { didSet { ordered = Self.order(self) } }
    public var transcript: Rule { didSet { ordered = Self.order(self) } }
    public var project: Rule { didSet { ordered = Self.order(self) } }
    public var organization: Rule { didSet { ordered = Self.order(self) } }
    /// Kept rather than computed: `kind` runs once per note.
    private var ordered: [(kind: NoteKind, rule: Rule)] = []

    private static func order(_ c: NoteClassifier) -> [(kind: NoteKind, rule: Rule)] {
        [(.person, c.person), (.transcript, c.transcript), (.project, c.project), (.organization, c.organization)]
    }

    public init(person: Rule, transcript: Rule, project: Rule, organization: Rule) {
        self.person = person
        self.transcript = transcript
        self.project = project
        self.organization = organization
        ordered = Self.order(self)
    }

    /// The defaults of vault-format.md.
    public static let standard = NoteClassifier(
        person: Rule(types: ["people", "person"], tags: ["type/people", "people"],
                     categories: ["People"], folders: ["People"]),
        transcript: Rule(types: ["transcript", "meeting"], tags: ["type/transcript"],
                         folders: ["Sources/Transcripts"]),
        project: Rule(types: ["project"], tags: ["type/project"], folders: ["Projects"]),
        organization: Rule(types: ["organization", "company", "customer"],
                           folders: ["Customers", "Organizations"]))

    /// The kind of a note. Explicit properties (type, tags, categories) are tried for every kind
    /// before folders, so `type: project` inside `People/` is a project.
    public func kind(path: String, type: String?, tags: [String], categories: [String]) -> NoteKind {
        let t = type?.lowercased()
        if t != nil || !tags.isEmpty || !categories.isEmpty {
            let lowTags = tags.map { $0.lowercased() }
            let lowCats = categories.map { Self.categoryName($0) }
            for (kind, rule) in ordered {
                if let t, rule.types.contains(t) { return kind }
                if lowTags.contains(where: { rule.tags.contains($0) }) { return kind }
                if lowCats.contains(where: { rule.categories.contains($0) }) { return kind }
            }
        }
        guard path.contains("/") else { return .note }
        let folder = path.lowercased().split(separator: "/").dropLast().map(String.init)
        for (kind, rule) in ordered where rule.folders.contains(where: { Self.contains(folder, $0) }) {
            return kind
        }
        return .note
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
        a.person == b.person && a.transcript == b.transcript && a.project == b.project
            && a.organization == b.organization
    }

    public func hash(into h: inout Hasher) {
        h.combine(person)
        h.combine(transcript)
        h.combine(project)
        h.combine(organization)
    }
}
