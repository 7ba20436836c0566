import Foundation
import KithCore
import KithUI

/// Probe (temporary): each part of the heaviest card, sequentially.
func cardParts(_ vault: String) throws {
    let index = try VaultLoader.load(root: vault)
    let search = SearchIndex(index)
    let person = index.people.map { ($0.path, index.backlinkCount(to: $0.path)) }.max { $0.1 < $1.1 }!.0
    var out: [(String, Any)] = []
    func time(_ label: String, _ f: () -> Int) {
        var best = Double.infinity
        for _ in 0..<3 { let a = now(); _ = f(); best = min(best, now() - a) }
        out.append((label, best))
    }
    time("candidates") { UnlinkedMentions.candidates(of: person, in: index, filter: search.mentionFilter) }
    time("backlinks") { var n = 0; index.forEachBacklinkSource(to: person) { _ in n += 1 }; return n }
    time("coattendees") { index.coAttendees(of: person).count }
    time("interactions") { index.interactions(of: person) { !$0.origin.isWritten }.count }
    let today = CalendarDate(year: 2026, month: 11, day: 25)!
    let key = DocumentViews.Key(path: person, isCard: true, width: 68)
    time("card_pending") { DocumentViews.build(key, index: index, policy: ContactPolicy(), today: today, mentions: .pending(candidates: 1)).0.rowCount }
    emit(out)
}
