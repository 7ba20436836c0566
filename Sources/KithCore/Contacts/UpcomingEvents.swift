/// Something coming up with a person: a birthday, a yearly date, a meeting.
public struct UpcomingEvent: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// A `birthday` property's next date.
        case birthday
        /// The next date of a property the config lists as yearly (`anniversary`).
        case yearly
        /// An interaction dated after today (a meeting or transcript that links the person).
        case meeting
    }

    public var date: CalendarDate
    /// Vault path of the person note.
    public var person: String
    public var kind: Kind
    /// `birthday`, the yearly property's key as written, or the meeting's label.
    public var label: String
    /// The age reached (birthday) or the years since (yearly) on `date`; nil when the year is
    /// not known, and for meetings.
    public var years: Int?
    /// The meeting note, when the meeting resolves to one.
    public var target: String?
    /// Line of the property in the person's note, or of the interaction (see `Interaction.line`).
    public var line: Int

    public init(date: CalendarDate, person: String, kind: Kind, label: String, years: Int? = nil,
                target: String? = nil, line: Int) {
        self.date = date
        self.person = person
        self.kind = kind
        self.label = label
        self.years = years
        self.target = target
        self.line = line
    }
}

extension VaultIndex {
    /// Birthdays, yearly dates (`yearlyKeys`, compared as property keys are) and meetings of
    /// every person from `today` to `days` days after it, both included, soonest first (then
    /// birthdays, yearly dates, meetings; then by person name and label). Meetings count from
    /// the day after `today`: a meeting today is a contact, not upcoming.
    public func upcomingEvents(today: CalendarDate, days: Int, yearlyKeys: [String] = []) -> [UpcomingEvent] {
        guard days >= 0 else { return [] }
        let last = today.adding(days: days)
        var out: [UpcomingEvent] = []
        let yearly = Set(yearlyKeys.map(NoteProperties.normalized))
        let birthdays = Set(NoteProperties.birthdayKeys.map(NoteProperties.normalized))
        // Every person's note has a few keys, mostly the same ones: each spelling is
        // normalized once.
        var normalized: [String: String] = [:]
        for id in peopleIDs {
            let props = notes[id].parsed.frontmatter.properties
            guard !props.isEmpty else { continue }
            var lines: [String: Int]?
            for (key, value) in props {
                let k: String
                if let known = normalized[key] {
                    k = known
                } else {
                    k = NoteProperties.normalized(key)
                    normalized[key] = k
                }
                let isBirthday = birthdays.contains(k)
                guard isBirthday || yearly.contains(k), let text = value.string,
                      let date = YearlyDate(parsing: text) else { continue }
                if lines == nil { lines = NoteProperties.keyLines(of: notes[id].parsed) }
                var day = date.next(onOrAfter: today)
                while day <= last {
                    // A yearly date counts from its own first day on (a wedding next week is
                    // listed; the years before it are not anniversaries).
                    if date.year.map({ day.year >= $0 }) ?? true {
                        out.append(UpcomingEvent(date: day, person: notes[id].path, kind: isBirthday ? .birthday : .yearly,
                                                 label: isBirthday ? "birthday" : key,
                                                 years: date.years(on: day), line: lines?[k] ?? 1))
                    }
                    day = date.occurrence(in: day.year + 1)
                }
            }
        }
        out += upcomingMeetings(after: today, through: last)
        let order: [UpcomingEvent.Kind: Int] = [.birthday: 0, .yearly: 1, .meeting: 2]
        let names = Dictionary(out.map { ($0.person, NameOrder.key(note($0.person)?.name ?? $0.person)) },
                               uniquingKeysWith: { a, _ in a })
        return out.sorted { a, b in
            if a.date != b.date { return a.date < b.date }
            if a.kind != b.kind { return order[a.kind]! < order[b.kind]! }
            if a.person != b.person { return names[a.person]! < names[b.person]! }
            return (a.label, a.line) < (b.label, b.line)
        }
    }

    /// Interactions dated after `today` through `last`, one per person and meeting (a meeting
    /// both in Recent Context and linking the person is one meeting). The vault's owner is at
    /// every meeting of theirs: listing them as someone to meet says nothing.
    func upcomingMeetings(after today: CalendarDate, through last: CalendarDate) -> [UpcomingEvent] {
        var out: [UpcomingEvent] = []
        var seen = Set<String>()
        let owner = self.owner
        // The timeline is newest first: stop at the first interaction that is not in the future.
        for i in allInteractions.elements {
            guard let d = i.date, d > today else { break }
            guard d <= last, i.person != owner else { continue }
            let key = "\(i.person)\u{0}\(d)\u{0}\(i.target ?? i.label)"
            guard seen.insert(key).inserted else { continue }
            out.append(UpcomingEvent(date: d, person: i.person, kind: .meeting, label: i.label,
                                     target: i.target, line: i.line))
        }
        return out
    }
}
