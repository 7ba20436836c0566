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
    time("backlinkSources") { index.backlinkSources(to: path).count }
    time("interactions") { index.interactions(of: path).count }
    time("coattendees") { index.coAttendees(of: path).count }
    time("candidates") { UnlinkedMentions.candidates(of: path, in: index, filter: search) }
    var found: [Mention] = []
    time("mentions_filtered") { found = index.unlinkedMentions(of: path, filter: search); return found.count }
    time("mentions_full") { index.unlinkedMentions(of: path).count }
    time("mentions_same_index") { UnlinkedMentions.updated(found, of: path, from: index, to: index)!.count }
    let today = CalendarDate(year: 2026, month: 11, day: 25)!
    let key = DocumentViews.Key(path: path, isCard: true, width: 100)
    time("card_pending") { DocumentViews.build(key, index: index, policy: ContactPolicy(), today: today, mentions: .pending(candidates: 1)).0.rowCount }
    time("card_found") { DocumentViews.build(key, index: index, policy: ContactPolicy(), today: today, mentions: .found(found)).0.rowCount }
    emit(out)
}
