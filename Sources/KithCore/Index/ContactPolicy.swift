/// When a person is due for contact: the one rule `kith stale`, the People list's stale mark
/// and `stale` sort, the card and the Recent view's Due group all use.
///
/// A person's own `cadence:` (frontmatter) wins; else the shortest cadence among their tags
/// (config `[cadence]`); else `staleDays`. An `override` (`kith stale --days N`) replaces all
/// three.
public struct ContactPolicy: Hashable, Sendable {
    /// Where a person's limit came from.
    public enum Source: Hashable, Sendable {
        /// The person's own `cadence:`.
        case frontmatter
        /// The config's cadence for this tag (as the person spells it).
        case tag(String)
        /// The config's `stale_days` (or 90).
        case staleDays
        /// An explicit `--days N`.
        case override

        /// `frontmatter`, `tag:customer`, `default`, `override` (for JSON and tables).
        public var label: String {
            switch self {
            case .frontmatter: return "frontmatter"
            case .tag(let t): return "tag:\(t)"
            case .staleDays: return "default"
            case .override: return "override"
            }
        }
    }

    /// Days without contact after which a person is due, and why.
    public struct Limit: Hashable, Sendable {
        public var days: Int
        public var source: Source

        public init(days: Int, source: Source) {
            self.days = days
            self.source = source
        }
    }

    /// Days for everyone without a cadence of their own or of a tag.
    public var staleDays: Int
    /// Cadence per tag in days; keys lowercased, without `#`.
    public var tagCadences: [String: Int]
    /// When set, every person's limit (own and tag cadences ignored).
    public var override: Int?
    /// Date properties that come back every year besides `birthday` (config `yearly`, e.g.
    /// `anniversary`): the card shows their next date and `upcomingEvents` lists them.
    public var yearlyKeys: [String]

    public init(staleDays: Int = 90, tagCadences: [String: Int] = [:], override: Int? = nil,
                yearlyKeys: [String] = []) {
        self.staleDays = staleDays
        self.tagCadences = tagCadences
        self.override = override
        self.yearlyKeys = yearlyKeys
    }

    /// The limit for a person note.
    public func limit(for note: IndexedNote) -> Limit {
        limit(ownCadence: ContactCadence.days(of: note), tags: note.tags)
    }

    /// The limit for a person whose own `cadence:` is `ownCadence` days (nil: none) and whose
    /// tags are `tags` (`PeopleDigest` keeps just these two).
    public func limit(ownCadence: Int?, tags: [String]) -> Limit {
        if let override { return Limit(days: override, source: .override) }
        if let own = ownCadence { return Limit(days: own, source: .frontmatter) }
        if !tagCadences.isEmpty {
            var best: Limit?
            for tag in tags {
                guard let d = cadence(ofTag: tag) else { continue }
                // The shortest wins: a person who is both a friend and a customer is seen as
                // often as the more demanding of the two asks.
                if best == nil || d < best!.days { best = Limit(days: d, source: .tag(tag)) }
            }
            if let best { return best }
        }
        return Limit(days: staleDays, source: .staleDays)
    }

    /// A tag's cadence, else that of the nearest tag it is nested under (`customer/acme` takes
    /// `customer`'s), as `kith people --tag` treats nesting.
    func cadence(ofTag tag: String) -> Int? {
        var t = Substring(tag.lowercased())
        while true {
            if let d = tagCadences[String(t)] { return d }
            guard let slash = t.lastIndex(of: "/") else { return nil }
            t = t[..<slash]
        }
    }
}

/// A person's contact standing on a given day.
public struct ContactStatus: Hashable, Sendable {
    public var limit: ContactPolicy.Limit
    /// Nil when the person was never contacted (no `last_contact`, no dated interaction).
    public var lastContact: LastContact?
    /// Days from the last contact to today; nil when never contacted.
    public var daysSince: Int?

    /// The day contact falls due: the last contact plus the limit; nil when never contacted.
    public var due: CalendarDate? { lastContact?.date.adding(days: limit.days) }

    /// Days past the due date (0 on the day, negative before it); nil when never contacted.
    public var overdueDays: Int? { daysSince.map { $0 - limit.days } }

    /// True once the due date has passed, and for people never contacted.
    public var isDue: Bool { overdueDays.map { $0 > 0 } ?? true }
}

extension VaultIndex {
    /// The contact standing of the person at `path` (nil when there is no such note).
    public func contactStatus(of path: String, policy: ContactPolicy, today: CalendarDate) -> ContactStatus? {
        idByPath[path].map { contactStatus(ofNoteAt: $0, policy: policy, today: today) }
    }

    /// `contactStatus(of:policy:today:)` of the note at `id` in `notes`, read in place.
    func contactStatus(ofNoteAt id: Int, policy: ContactPolicy, today: CalendarDate) -> ContactStatus {
        let last = lastContact(ofNoteAt: id, today: today)
        return ContactStatus(limit: policy.limit(ownCadence: ContactCadence.days(of: notes[id]), tags: notes[id].tags),
                             lastContact: last, daysSince: last.map { $0.date.days(until: today) })
    }

    /// People who are due, most overdue first (relative to each one's own limit), then people
    /// never contacted, by name; never the vault's owner.
    public func duePeople(policy: ContactPolicy, today: CalendarDate) -> [IndexedNote] {
        people(sortedBy: .stale, policy: policy, today: today).filter {
            isDue($0.path, policy: policy, today: today)
        }
    }
}
