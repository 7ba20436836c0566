import Foundation
import KithCore
import KithUI

/// Probe: where a heavy card's time goes.
func cardProbe(_ vault: String, _ name: String) throws {
    let t0 = now()
    let index = try VaultLoader.load(root: vault)
    let load = now() - t0
    guard case .found(let path) = index.lookup(name) else { exit(2) }
    let ts = now()
    let search = MentionFilter(index)
    let filterMs = now() - ts
    var out: [(String, Any)] = [("notes", index.notes.count), ("load_ms", load), ("filter_ms", filterMs)]
    func time(_ label: String, _ f: () -> Int) {
        let a = now(); let n = f(); out.append((label + "_ms", now() - a)); out.append((label + "_n", n))
    }
    time("backlinks") { index.backlinks(to: path).count }
    time("interactions") { index.interactions(of: path).count }
    time("coattendees") { index.coAttendees(of: path).count }
    time("mentions_filtered") { index.unlinkedMentions(of: path, filter: search).count }
    time("mentions_full") { index.unlinkedMentions(of: path).count }
    let today = CalendarDate(year: 2026, month: 11, day: 25)!
    var doc: Document?
    time("card") { doc = CardBuilder.card(for: path, in: index, today: today, policy: ContactPolicy(), mentions: search); return doc!.lines.count }
    time("wrap") { DocumentView(doc!, width: 100).rowCount }
    emit(out)
}
