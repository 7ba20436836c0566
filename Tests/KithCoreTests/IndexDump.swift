import Foundation
@testable import KithCore

/// A complete text rendering of an index (every field the index computes), so two builds can be
/// compared line by line: serial vs parallel, before vs after an optimisation.
enum IndexDump {
    /// `today` splits past interactions (contacts) from upcoming ones: a day inside the dates
    /// the tests write, so both kinds are compared.
    static func dump(_ i: VaultIndex, today: CalendarDate = CalendarDate(year: 2025, month: 6, day: 15)!) -> String {
        var out = ""
        func w(_ s: String) { out += s; out += "\n" }
        for n in i.notes {
            let p = n.parsed
            w("NOTE \(n.path) kind=\(n.kind) name=\(n.name) tags=\(n.tags) aliases=\(n.aliases)")
            w("  dates created=\(n.created?.description ?? "-") date=\(n.date?.description ?? "-") lc=\(n.lastContactWritten?.description ?? "-")")
            w("  text=\(p.text.utf8.count)/\(Array(p.text.utf8).withUnsafeBytes { SnapshotChecksum.of($0) }) lines=\(p.lineStarts) invalid=\(p.hadInvalidUTF8)")
            w("  fm=\(p.frontmatter.properties.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }) err=\(String(describing: p.frontmatter.error)) body=\(p.frontmatter.bodyStartLine)")
            for s in p.sections { w("  S \(s.level) \(s.line)-\(s.endLine) \(s.title) | \(s.text)") }
            for b in p.bullets { w("  B \(b.line) \(b.indent) \(b.text)") }
            w("  itags=\(p.inlineTags)")
            for l in n.links {
                let r = l.reference
                w("  L \(r.line) \(r.style) raw=\(r.raw) t=\(r.target) sub=\(r.subpath ?? "nil") label=\(r.label ?? "nil") -> \(l.target ?? "nil") \(l.candidates)")
            }
            w("  profile=\(n.profile)")
            w("  role source=\(n.contactSource) template=\(n.isTemplate) folderNote=\(n.isFolderNote) owner=\(n.marksOwner)")
            for e in n.recentContext { w("  RC \(e)") }
            for e in n.log { w("  LOG \(e)") }
            for b in i.backlinks(to: n.path) { w("  BL \(b) excerpt=\(b.excerpt)") }
        }
        w("OWNER \(i.owner ?? "-")")
        for (sid, list) in i.contactsBySource.sorted(by: { $0.key < $1.key }) {
            w("C \(i.notes[sid].path) \(list.map { "\(i.notes[Int($0.person)].path):\($0.line):\($0.origin):\($0.date?.description ?? "-")" })")
        }
        for (pid, list) in i.sourcesByPerson.sorted(by: { $0.key < $1.key }) {
            w("S \(i.notes[pid].path) \(list.map { i.notes[Int($0)].path })")
        }
        for pid in i.peopleIDs {
            let path = i.notes[pid].path
            for x in i.interactions(of: path) { w("I \(x)") }
            w("  LC \(String(describing: i.lastContact(of: path, today: today))) co=\(i.coAttendees(of: path).map { "\($0.path)=\($0.shared)" })")
        }
        for x in i.timeline { w("T \(x)") }
        for x in i.upcoming(after: today) { w("U \(x)") }
        let policy = ContactPolicy(staleDays: 60)
        for s in PeopleSort.allCases { w("P \(s) \(i.people(sortedBy: s, policy: policy, today: today).map(\.path))") }
        w("DUE \(i.duePeople(policy: policy, today: today).map(\.path))")
        w("TR \(i.transcripts.map(\.path))")
        let r = i.report
        for x in r.unresolved { w("RU \(x)") }
        for x in r.ambiguous { w("RA \(x)") }
        for x in r.frontmatterErrors { w("RF \(x)") }
        for x in r.unreadable { w("RR \(x)") }
        for x in i.lastContactMismatches(today: today) { w("RL \(x)") }
        for x in r.settings { w("RS \(x)") }
        w("attachments=\(i.attachments)")
        return out
    }
}
