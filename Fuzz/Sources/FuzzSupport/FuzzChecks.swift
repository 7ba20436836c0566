import KithCore

/// What every parse must satisfy, whatever the input: a violation traps, which libFuzzer
/// reports as a crash with the input that caused it.
public enum FuzzChecks {
    public static func consistent(_ note: ParsedNote) {
        let lines = note.lineCount
        precondition(lines >= 1, "a note has at least one line")
        precondition(note.frontmatter.bodyStartLine >= 1 && note.frontmatter.bodyStartLine <= lines + 1,
                     "body starts inside the note")
        for link in note.links {
            precondition(link.line >= 1 && link.line <= lines, "link line \(link.line) of \(lines)")
            _ = link.displayText
        }
        for section in note.sections {
            precondition(section.line >= 1 && section.line <= section.endLine && section.endLine <= lines,
                         "section \(section.line)...\(section.endLine) of \(lines)")
            _ = section.text
        }
        for bullet in note.bullets { _ = bullet.text }
        for n in 1...min(lines, 4) { _ = note.line(n) }
        _ = note.line(lines)
    }
}

extension FuzzChecks {
    /// What the CLI and the browser ask an index, over every note and person.
    public static func answers(_ index: VaultIndex) {
        let today = CalendarDate(year: 2026, month: 1, day: 3)!
        let policy = ContactPolicy(staleDays: 60)
        for sort in PeopleSort.allCases { _ = index.people(sortedBy: sort, policy: policy, today: today) }
        _ = index.timeline
        _ = index.transcripts
        _ = index.upcoming(after: today)
        _ = index.lastContactMismatches(today: today)
        _ = index.duePeople(policy: policy, today: today)
        _ = index.owner
        _ = index.linkCount
        for n in index.notes.prefix(64) {
            consistentEnough(n.parsed)
            _ = index.backlinks(to: n.path).map(\.excerpt)
            _ = index.participants(of: n.path)
            _ = index.lookup(n.name)
            for l in n.links { _ = index.resolve(l.reference.target, from: n.path) }
        }
        for p in index.people.prefix(64) {
            _ = index.interactions(of: p.path).map { $0.summary }
            _ = index.lastContact(of: p.path, today: today)
            _ = index.coAttendees(of: p.path)
            _ = index.upcoming(of: p.path, after: today)
        }
    }

    /// Reading a note's parts never traps (their numbers may be anything a damaged file says).
    static func consistentEnough(_ note: ParsedNote) {
        for s in note.sections { _ = s.text }
        for b in note.bullets { _ = b.text }
        for n in [0, 1, note.lineCount, note.lineCount + 1] { _ = note.line(n) }
        for link in note.links { _ = link.displayText }
    }
}
