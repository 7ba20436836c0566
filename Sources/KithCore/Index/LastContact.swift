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
