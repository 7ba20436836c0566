/// What to read about a person before meeting them, gathered from the index: who they are, how
/// to reach them, when you last met and what about, what is still open, what was decided, whom
/// you meet them with, what you talk about, how often, and what is coming (their cadence's due
/// date, their next birthday). The browser's brief (`b`) and `kith brief` lay it out.
public struct PersonBrief: Sendable {
    /// A contact property: its key as written and its values (`email`: two addresses).
    public struct Detail: Hashable, Sendable {
        public var key: String
        public var values: [String]
    }

    /// An unchecked task (`- [ ] …`) about the person.
    public struct OpenItem: Hashable, Sendable {
        /// The task's text as written, without its list marker and checkbox.
        public var text: String
        /// The note it is in, and its line there.
        public var path: String
        public var line: Int
        /// The note's date (a meeting's, a daily note's), when it has one.
        public var date: CalendarDate?
        /// True when the task line itself links the person or sits in their own note; false for
        /// an open task of a meeting they were in.
        public var direct: Bool
    }

    /// A line of a section (a Key Decision): its text without the list marker and a leading
    /// check mark, and its line in the person's note.
    public struct Line: Hashable, Sendable {
        public var text: String
        public var line: Int
    }

    public var path: String
    public var name: String
    public var aliases: [String]
    public var profile: Profile
    /// The organization's note, when the vault has one of that name.
    public var organizationNote: String?
    /// Email, phone, website, LinkedIn, GitHub, Twitter and location properties, in that order.
    public var details: [Detail]
    public var lastContact: LastContact?
    public var status: ContactStatus?
    public var birthday: YearlyDate?
    /// The first interaction dated after today (a meeting coming up), if any.
    public var upcoming: Interaction?
    /// The newest past interactions, newest first (`recentLimit` of them).
    public var recent: [Interaction]
    /// Past interactions in all.
    public var pastInteractions: Int
    /// Open tasks: those that link the person or sit in their note first (by path and line),
    /// then those of the meetings they were in that name no one else, newest first.
    public var openItems: [OpenItem]
    /// The bullets of their `## Key Decisions`, in file order.
    public var decisions: [Line]
    /// The people met with them most, the vault's owner left out.
    public var metWith: [CoAttendee]
    /// Their `## Topics`: its bullets, else its text split at top-level commas.
    public var topics: [String]
    /// Past interactions per month over the last twelve months (`ContactFrequency`).
    public var monthly: [Int]

    /// How many past interactions `recent` holds.
    public static let recentLimit = 3
    /// Meetings and daily notes (newest first) whose open tasks are gathered.
    public static let sourceLimit = 200
}

extension VaultIndex {
    /// The brief of the person at `path`; nil when it is not a person's note.
    public func brief(of path: String, policy: ContactPolicy, today: CalendarDate) -> PersonBrief? {
        guard let id = idByPath[path], notes[id].kind == .person else { return nil }
        let note = notes[id]
        var recent: [Interaction] = [], upcoming: Interaction?, past = 0
        var sources: [(path: String, date: CalendarDate?)] = []
        var seenSources = Set<String>()
        for i in interactionsByPerson[id]?.elements ?? [[Interaction]]().joined() {
            if let d = i.date, d > today {
                upcoming = i  // newest first: the last one seen is the soonest
            } else {
                past += 1
                if recent.count < PersonBrief.recentLimit { recent.append(i) }
            }
            if let t = i.target, t != path, sources.count < PersonBrief.sourceLimit, seenSources.insert(t).inserted {
                sources.append((t, i.date))
            }
        }
        let details = ContactDetails(note)
        return PersonBrief(
            path: path, name: note.name, aliases: note.aliases, profile: note.profile,
            organizationNote: note.profile.organization.flatMap { organizationNote(named: $0) },
            details: Self.briefDetails(note), lastContact: lastContact(of: path, today: today),
            status: contactStatus(of: path, policy: policy, today: today), birthday: details.birthday,
            upcoming: upcoming, recent: recent, pastInteractions: past,
            openItems: openItems(of: id, sources: sources), decisions: Self.decisions(of: note.parsed),
            metWith: coAttendees(of: path), topics: Self.topics(of: note.parsed),
            monthly: monthlyInteractions(of: path, today: today))
    }

    /// The organization note named `name` (or with it as an alias), ignoring case and accents.
    public func organizationNote(named name: String) -> String? {
        let key = Organization.key(of: name)
        guard !key.isEmpty else { return nil }
        return notes.first {
            $0.kind == .organization
                && (Organization.key(of: $0.name) == key || $0.aliases.contains { Organization.key(of: $0) == key })
        }?.path
    }

    /// Contact properties in the card's order (email … location), values as written.
    static func briefDetails(_ note: IndexedNote) -> [PersonBrief.Detail] {
        let wanted = NoteProperties.contactOrder.prefix(7).flatMap { $0 }.map(NoteProperties.normalized)
        return NoteProperties.listed(for: note).compactMap { p in
            let k = NoteProperties.normalized(p.key)
            guard wanted.contains(k) else { return nil }
            let values = p.texts.map { $0.trimmedSpaces.asString }.filter { !$0.isEmpty }
            return values.isEmpty ? nil : PersonBrief.Detail(key: p.key, values: values)
        }
    }

    /// Open tasks that link the person (from their backlinks) or sit in their note, then those
    /// of the meetings and transcripts among `sources` (the notes of their interactions, newest
    /// first) that name no other person (an action item for someone else is theirs). A daily
    /// note is not a meeting with everyone it names: only its tasks that link them count.
    func openItems(of id: Int, sources: [(path: String, date: CalendarDate?)]) -> [PersonBrief.OpenItem] {
        var out: [PersonBrief.OpenItem] = []
        var seen = Set<String>()
        func add(_ n: IndexedNote, line: Int, direct: Bool) {
            guard seen.insert("\(n.path):\(line)").inserted else { return }
            let (text, task) = ContactLine.content(n.parsed.line(line))
            guard task == " ", !text.trimmedSpaces.isEmpty else { return }
            out.append(.init(text: String(text.trimmedSpaces), path: n.path, line: line, date: n.date, direct: direct))
        }
        let own = notes[id]
        for b in own.parsed.bullets where b.body.substring.hasPrefix("[ ]") { add(own, line: b.line, direct: true) }
        for link in backlinksByID[id]?.elements ?? [[BacklinkEntry]]().joined() {
            let src = notes[Int(link.source)], line = Int(link.line)
            if ContactLine.isOpenTask(src.parsed.line(line)) { add(src, line: line, direct: true) }
        }
        out.sort { ($0.path, $0.line) < ($1.path, $1.line) }
        for s in sources {
            guard let sid = idByPath[s.path], [.transcript, .meeting].contains(notes[sid].contactSource) else { continue }
            let src = notes[sid]
            for b in src.parsed.bullets where b.body.substring.hasPrefix("[ ]") {
                // An action item naming someone else is theirs.
                let others = src.links.contains { l in
                    l.reference.line == b.line && l.target.map { t in t != own.path && idByPath[t].map { notes[$0].kind == .person } == true } == true
                }
                if !others { add(src, line: b.line, direct: false) }
            }
        }
        return out
    }

    /// The bullets of `## Key Decisions` (top level), without a leading ✅/☑/✔ or `[x]`.
    static func decisions(of p: ParsedNote) -> [PersonBrief.Line] {
        guard let s = PersonSections.section("Key Decisions", in: p) else { return [] }
        let bullets = p.bullets.filter { $0.line > s.line && $0.line <= s.endLine }
        guard let base = bullets.map(\.indent).min() else { return [] }
        return bullets.filter { $0.indent == base }.compactMap { b in
            var t = b.body.substring.trimmedSpaces
            if t.hasPrefix("[x]") || t.hasPrefix("[X]") { t = t.dropFirst(3).trimmedSpaces }
            while let f = t.first, "✅☑✔✓".contains(f) { t = t.dropFirst().trimmedSpaces }
            return t.isEmpty ? nil : PersonBrief.Line(text: String(t), line: b.line)
        }
    }

    /// `## Topics` as a list: its bullets, else its text split at commas outside parentheses.
    static func topics(of p: ParsedNote) -> [String] {
        guard let s = PersonSections.section("Topics", in: p) else { return [] }
        let bullets = p.bullets.filter { $0.line > s.line && $0.line <= s.endLine }
        if !bullets.isEmpty {
            return bullets.map { PersonSections.plainText($0.text) }.filter { !$0.isEmpty }
        }
        var out: [String] = [], current = "", depth = 0
        for ch in s.text {
            switch ch {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            default: break
            }
            if depth == 0 && (ch == "," || ch == ";" || ch.isNewline) {
                out.append(current)
                current = ""
            } else {
                current.append(ch.isNewline ? " " : ch)
            }
        }
        out.append(current)
        return out.map { PersonSections.plainText($0) }.filter { !$0.isEmpty && !$0.hasPrefix("<!--") }
    }
}
