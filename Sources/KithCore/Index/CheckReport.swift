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
