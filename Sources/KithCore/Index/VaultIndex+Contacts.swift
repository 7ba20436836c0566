/// Contact questions of the index that depend on the day (last contact, upcoming, mismatches)
/// or on the vault's owner (participants, co-attendees).
extension VaultIndex {
    // MARK: The owner

    /// The vault owner's person note (config `me`, else a person tagged `me` or with `me: true`).
    public var owner: String? { ownerID.map { notes[$0].path } }

    /// Whether the note at `path` is the vault owner's.
    public func isOwner(_ path: String) -> Bool { ownerID.map { notes[$0].path == path } ?? false }

    // MARK: Last contact

    /// The newest of the person's `last_contact` and their past interactions (dated `today` or
    /// before); interactions after `today` are upcoming, not contacts. Nil when there is neither.
    public func lastContact(of personPath: String, today: CalendarDate) -> LastContact? {
        idByPath[personPath].flatMap { lastContact(ofNoteAt: $0, today: today) }
    }

    /// `lastContact(of:today:)` of the note at `id` in `notes`, read in place (lists of every
    /// person ask it for each: copying each note would cost more than the answer).
    func lastContact(ofNoteAt id: Int, today: CalendarDate) -> LastContact? {
        LastContact.newest(written: notes[id].lastContactWritten, interaction: newestPastInteraction(of: id, today: today))
    }

    /// The date of the newest interaction dated `today` or before.
    func newestPastInteraction(of id: Int, today: CalendarDate) -> CalendarDate? {
        interactionsByPerson[id].flatMap { LastContact.newestPast($0.elements.lazy.map(\.date), today: today) }
    }

    /// People whose `last_contact` property is older than a past interaction, by path.
    public func lastContactMismatches(today: CalendarDate) -> [CheckReport.LastContactMismatch] {
        peopleIDs.compactMap { pid in
            guard let written = notes[pid].lastContactWritten,
                  let newest = newestPastInteraction(of: pid, today: today), newest > written else { return nil }
            return .init(path: notes[pid].path, lastContact: written, newestInteraction: newest)
        }
    }

    // MARK: Upcoming

    /// Interactions dated after `today` (a meeting note dated next week), soonest first, then
    /// as the timeline orders them.
    public func upcoming(after today: CalendarDate) -> [Interaction] {
        var out: [Interaction] = []
        for i in allInteractions.elements {
            guard let d = i.date, d > today else { break }
            out.append(i)
        }
        // The timeline is newest first: reverse each run of one day, not the order within it.
        var result: [Interaction] = []
        var k = out.count
        while k > 0 {
            var start = k - 1
            while start > 0, out[start - 1].date == out[k - 1].date { start -= 1 }
            result += out[start..<k]
            k = start
        }
        return result
    }

    /// A person's interactions dated after `today`, soonest first.
    public func upcoming(of personPath: String, after today: CalendarDate) -> [Interaction] {
        interactions(of: personPath).filter { $0.date.map { $0 > today } ?? false }.reversed()
    }

    // MARK: Participants and co-attendees

    /// People a transcript or meeting links or names (its participants), in order of
    /// appearance, without the vault's owner (shown as "you" where the note lists its people).
    public func participants(of transcriptPath: String) -> [String] {
        participants(of: transcriptPath, includingOwner: false)
    }

    /// People a transcript, meeting or daily note records a contact with, in order of appearance.
    public func participants(of sourcePath: String, includingOwner: Bool) -> [String] {
        guard let id = idByPath[sourcePath], let list = contactsBySource[id] else { return [] }
        return list.compactMap { c in
            let pid = Int(c.person)
            return !includingOwner && pid == ownerID ? nil : notes[pid].path
        }
    }

    /// Whether the vault's owner is among the people of a transcript or meeting.
    public func ownerAttends(_ sourcePath: String) -> Bool {
        guard let owner = ownerID, let id = idByPath[sourcePath] else { return false }
        return contactsBySource[id]?.contains { Int($0.person) == owner } ?? false
    }

    /// People who share transcripts and meetings with `personPath` (the ones their interactions
    /// point at), most shared first, then by name. The vault's owner is left out of everyone
    /// else's list. Linear in the person's interactions and those notes' people, by ID: the
    /// notes that record a contact with the person are IDs already, and only the few targets
    /// of their own dated entries are looked up by path (the owner has tens of thousands).
    public func coAttendees(of personPath: String) -> [CoAttendee] {
        guard let pid = idByPath[personPath] else { return [] }
        // What the person's interactions point at (`IndexBuilder.interactions`): the notes
        // that record a contact with them, and the targets of their own entries.
        let sources = sourcesByPerson[pid] ?? []
        var transcripts: [Int] = sources.compactMap { notes[Int($0)].kind == .transcript ? Int($0) : nil }
        var written = Set<Int>()
        let person = notes[pid]
        for t in person.recentContext.compactMap(\.target) + person.log.compactMap(\.target) {
            guard let tid = idByPath[t], notes[tid].kind == .transcript, written.insert(tid).inserted else { continue }
            if !Self.contains(sources, Int32(tid)) { transcripts.append(tid) }
        }
        var counts = [Int32](repeating: 0, count: notes.count)
        var met: [Int] = []
        for t in transcripts {
            for c in contactsBySource[t] ?? [] {
                let other = Int(c.person)
                guard other != pid, other != ownerID else { continue }
                if counts[other] == 0 { met.append(other) }
                counts[other] += 1
            }
        }
        // Name keys made once each, not once per comparison (the owner shares with everyone).
        let rows = met.map { (CoAttendee(path: notes[$0].path, name: notes[$0].name, shared: Int(counts[$0])),
                              NameOrder.key(notes[$0].name)) }
        return rows.sorted { a, b in
            a.0.shared != b.0.shared ? a.0.shared > b.0.shared : a.1 != b.1 ? a.1 < b.1 : a.0.path < b.0.path
        }.map(\.0)
    }

    /// Whether ascending `ids` holds `id` (binary search).
    private static func contains(_ ids: [Int32], _ id: Int32) -> Bool {
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ids[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < ids.count && ids[lo] == id
    }
}
