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

    /// The last contact of a person whose written `last_contact` is `written` and whose newest
    /// past interaction is dated `interaction`: the newer of the two (the property on a tie).
    public static func newest(written: CalendarDate?, interaction: CalendarDate?) -> LastContact? {
        switch (written, interaction) {
        case let (w?, n?): return n > w ? LastContact(date: n, source: .interaction) : LastContact(date: w, source: .property)
        case let (w?, nil): return LastContact(date: w, source: .property)
        case let (nil, n?): return LastContact(date: n, source: .interaction)
        default: return nil
        }
    }

    /// The first date of `newestFirst` (a person's interaction dates, newest first, undated
    /// last) dated `today` or before: the upcoming ones at the front are skipped.
    public static func newestPast(_ newestFirst: some Sequence<CalendarDate?>, today: CalendarDate) -> CalendarDate? {
        for d in newestFirst {
            if let d, d <= today { return d }
        }
        return nil
    }
}
