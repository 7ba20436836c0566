import Foundation
@testable import KithCore

/// A complete text rendering of an index (every field the index computes), so two builds can be
/// compared line by line: serial vs parallel, before vs after an optimisation.
enum IndexDump {
    static func dump(_ i: VaultIndex) -> String {
        var out = ""
        func w(_ s: String) { out += s; out += "\n" }
        for n in i.notes {
            let p = n.parsed
            w("NOTE \(n.path) kind=\(n.kind) name=\(n.name) tags=\(n.tags) aliases=\(n.aliases)")
            w("  dates created=\(n.created?.description ?? "-") date=\(n.date?.description ?? "-") lc=\(n.lastContactWritten?.description ?? "-")")
            w("  text=\(p.text.utf8.count)/\(p.text.hashValue == p.text.hashValue) lines=\(p.lineStarts) invalid=\(p.hadInvalidUTF8)")
            w("  fm=\(p.frontmatter.properties.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }) err=\(String(describing: p.frontmatter.error)) body=\(p.frontmatter.bodyStartLine)")
            for s in p.sections { w("  S \(s.level) \(s.line)-\(s.endLine) \(s.title) | \(s.text)") }
            for b in p.bullets { w("  B \(b.line) \(b.indent) \(b.text)") }
            w("  itags=\(p.inlineTags)")
            for l in n.links {
                let r = l.reference
                w("  L \(r.line) \(r.style) raw=\(r.raw) t=\(r.target) sub=\(r.subpath ?? "nil") label=\(r.label ?? "nil") -> \(l.target ?? "nil") \(l.candidates)")
            }
            w("  profile=\(n.profile)")
            for e in n.recentContext { w("  RC \(e)") }
            for b in i.backlinks(to: n.path) { w("  BL \(b)") }
        }
        for pid in i.peopleIDs {
            for x in i.interactions(of: i.notes[pid].path) { w("I \(x)") }
        }
        for x in i.timeline { w("T \(x)") }
        for s in PeopleSort.allCases { w("P \(s) \(i.people(sortedBy: s).map(\.path))") }
        w("TR \(i.transcripts.map(\.path))")
        let r = i.report
        for x in r.unresolved { w("RU \(x)") }
        for x in r.ambiguous { w("RA \(x)") }
        for x in r.frontmatterErrors { w("RF \(x)") }
        for x in r.unreadable { w("RR \(x)") }
        for x in r.lastContactMismatches { w("RL \(x)") }
        w("attachments=\(i.attachments)")
        return out
    }
}
