/// One dated contact with a person.
public struct Interaction: Hashable, Sendable, CustomStringConvertible {
    public enum Origin: String, Hashable, Sendable, CaseIterable {
        /// A bullet of the person's Recent Context.
        case recentContext
        /// A transcript that links the person and is not in their Recent Context.
        case transcript
        /// A meeting note (`type: meeting`, tag `meeting`, `categories: [[Meetings]]`, a
        /// `Meetings/` folder) that links or names the person.
        case meeting
        /// A daily note that links the person (the linking line is the summary).
        case daily
        /// A dated entry of the person's own note outside Recent Context (`## 2024-03-02`,
        /// `- 2024-03-02 …`).
        case log
        /// A Dataview inline field (`met:: [[X]]`, `(with:: [[X]])`) in any other dated note or line.
        case inlineField

        /// Written in the person's own note (Recent Context or its log), not found elsewhere.
        public var isWritten: Bool { self == .recentContext || self == .log }
    }
    /// The fields, in one immutable object the copies share: the index keeps each interaction
    /// twice, in its person's list and in the timeline, and a copy then retains one object
    /// rather than each of its strings. A warm start at 100,000 notes copies every interaction
    /// into the timeline on both cores; retaining the owner's path string for each of their
    /// interactions from two cores at once was most of that copy's time. (Nothing changes an
    /// interaction once made: an update's patch makes new ones.)
    private let fields: Fields

    public var date: CalendarDate? { fields.date }
    /// Path of the person note.
    public var person: String { fields.person }
    /// Resolved path of what the interaction points at (the transcript), or nil.
    public var target: String? { fields.target }
    public var label: String { fields.label }
    /// What happened: the Recent Context summary, a transcript's `## Summary`, or the line that
    /// links the person. Made when read: a vault has many interactions and few are shown.
    public var summary: String? {
        switch summarySource {
        case .text(let s): return s
        case .line(let line): return ContactLine.summary(line.substring)
        case .body(let body): return IndexBuilder.firstTextSummary(body.substring)
        }
    }
    var summarySource: SummarySource { fields.summarySource }
    public var via: String? { fields.via }
    /// Line in the person's note (Recent Context, log) or in the source note (the first line
    /// that links or names the person).
    public var line: Int { fields.line }
    public var origin: Origin { fields.origin }

    private final class Fields: Sendable {
        let date: CalendarDate?
        let person: String
        let target: String?
        let label: String
        let summarySource: SummarySource
        let via: String?
        let line: Int
        let origin: Origin

        init(date: CalendarDate?, person: String, target: String?, label: String, summarySource: SummarySource,
             via: String?, line: Int, origin: Origin) {
            self.date = date
            self.person = person
            self.target = target
            self.label = label
            self.summarySource = summarySource
            self.via = via
            self.line = line
            self.origin = origin
        }
    }

    /// Whether `line` is a line of `target` (a source note) rather than of the person's note.
    public var lineIsInTarget: Bool { !origin.isWritten }

    /// Where the summary comes from: text made already, or a span of the source note's text
    /// (offsets, not a copy) to make it from.
    enum SummarySource: Sendable {
        case text(String?)
        /// The line that links the person (a daily note, an inline field).
        case line(TextSpan)
        /// A note's body: its first line of text (a meeting note without `## Summary`).
        case body(TextSpan)
    }

    init(date: CalendarDate?, person: String, target: String?, label: String, summary: SummarySource,
         via: String?, line: Int, origin: Origin) {
        fields = Fields(date: date, person: person, target: target, label: label, summarySource: summary,
                        via: via, line: line, origin: origin)
    }

    init(date: CalendarDate?, person: String, target: String?, label: String, summary: String?,
         via: String?, line: Int, origin: Origin) {
        self.init(date: date, person: person, target: target, label: label, summary: .text(summary), via: via,
                  line: line, origin: origin)
    }

    /// Every field, the summary as read (for logs and tests).
    public var description: String {
        "Interaction(date: \(date?.description ?? "nil"), person: \(person), target: \(target ?? "nil"), label: \(label), "
            + "summary: \(summary ?? "nil"), via: \(via ?? "nil"), line: \(line), origin: \(origin))"
    }

    public static func == (a: Interaction, b: Interaction) -> Bool {
        a.date == b.date && a.person == b.person && a.target == b.target && a.label == b.label && a.via == b.via
            && a.line == b.line && a.origin == b.origin && a.summary == b.summary
    }

    public func hash(into h: inout Hasher) {
        h.combine(date)
        h.combine(person)
        h.combine(target)
        h.combine(line)
        h.combine(origin)
    }
}

/// What a note records contacts as, beside its kind.
public enum ContactSource: String, Hashable, Sendable {
    case none
    /// A transcript (kind transcript, not a meeting note).
    case transcript
    /// A meeting note (kind transcript).
    case meeting
    /// A daily note (kind note), dated by its name.
    case daily
}

/// A person a source note records a contact with: built once per (source, person).
struct SourceContact: Hashable, Sendable {
    /// The person note's ID.
    var person: Int32
    /// 1-based line of the first link or name (frontmatter lines count).
    var line: Int32
    var origin: Interaction.Origin
    /// The day of the contact (the source's date, or for an inline field its line's date).
    var date: CalendarDate?
}
