/// One person as `kith people` and `kith stale` list them: what the note says and the dates of
/// their interactions, nothing that depends on the day. Ages, last contact, the monthly counts
/// and what is due are worked out from it on the day asked (`--today`), so a digest kept in
/// the snapshot answers for any day.
public struct PersonDigest: Hashable, Sendable {
    public var path: String
    public var name: String
    public var role: String?
    public var organization: String?
    public var tags: [String]
    public var aliases: [String]
    /// The written `last_contact` property.
    public var lastContactWritten: CalendarDate?
    /// The day of every interaction, in the order of `VaultIndex.interactions(of:)`: newest
    /// first, undated (nil) last.
    public var interactionDates: [CalendarDate?]
    /// The person's own `cadence:`, in days.
    public var cadenceDays: Int?
    /// The vault's owner (never due).
    public var isOwner: Bool

    public init(path: String, name: String, role: String? = nil, organization: String? = nil,
                tags: [String] = [], aliases: [String] = [], lastContactWritten: CalendarDate? = nil,
                interactionDates: [CalendarDate?] = [], cadenceDays: Int? = nil, isOwner: Bool = false) {
        self.path = path
        self.name = name
        self.role = role
        self.organization = organization
        self.tags = tags
        self.aliases = aliases
        self.lastContactWritten = lastContactWritten
        self.interactionDates = interactionDates
        self.cadenceDays = cadenceDays
        self.isOwner = isOwner
    }

    /// How many interactions the person has (dated or not).
    public var interactionCount: Int { interactionDates.count }

    /// As `VaultIndex.lastContact(of:today:)`.
    public func lastContact(today: CalendarDate) -> LastContact? {
        LastContact.newest(written: lastContactWritten,
                           interaction: LastContact.newestPast(interactionDates, today: today))
    }

    /// As `VaultIndex.monthlyInteractions(of:today:)`.
    public func monthly(today: CalendarDate) -> [Int] {
        ContactFrequency.counts(newestFirst: interactionDates, today: today)
    }

    /// As `ContactPolicy.limit(for:)`.
    public func limit(_ policy: ContactPolicy) -> ContactPolicy.Limit {
        policy.limit(ownCadence: cadenceDays, tags: tags)
    }

    /// As `VaultIndex.contactStatus(of:policy:today:)`.
    public func status(_ policy: ContactPolicy, today: CalendarDate) -> ContactStatus {
        let last = lastContact(today: today)
        return ContactStatus(limit: limit(policy), lastContact: last, daysSince: last.map { $0.date.days(until: today) })
    }

    /// As `VaultIndex.isDue(_:policy:today:)`.
    public func isDue(_ policy: ContactPolicy, today: CalendarDate) -> Bool {
        !isOwner && status(policy, today: today).isDue
    }
}

/// Every person of a vault as `PersonDigest`s, by path: all that `kith people` and `kith stale`
/// print, small enough to keep in the snapshot and read without the rest of the index.
public struct PeopleDigest: Hashable, Sendable {
    /// By path, as the index keeps its people.
    public var people: [PersonDigest]

    public init(people: [PersonDigest]) { self.people = people }

    /// The digest of `index`: the one place its rows are made, for a fresh index and for the
    /// snapshot alike.
    public init(_ index: VaultIndex) {
        people = index.peopleIDs.map { id in
            let n = index.notes[id]
            return PersonDigest(path: n.path, name: n.name, role: n.profile.role, organization: n.profile.organization,
                                tags: n.tags, aliases: n.aliases, lastContactWritten: n.lastContactWritten,
                                interactionDates: index.interactionsByPerson[id]?.elements.map(\.date) ?? [],
                                cadenceDays: ContactCadence.days(of: n), isOwner: id == index.ownerID)
        }
    }

    /// As `VaultIndex.people(sortedBy:policy:today:)`.
    public func sorted(by sort: PeopleSort, policy: ContactPolicy, today: CalendarDate) -> [PersonDigest] {
        PeopleSort.order(people, by: sort, today: today, lastContact: { $0.lastContact(today: today)?.date },
                         limit: { $0.limit(policy).days }, name: \.name)
    }

    /// As `VaultIndex.duePeople(policy:today:)`.
    public func due(policy: ContactPolicy, today: CalendarDate) -> [PersonDigest] {
        sorted(by: .stale, policy: policy, today: today).filter { $0.isDue(policy, today: today) }
    }
}
