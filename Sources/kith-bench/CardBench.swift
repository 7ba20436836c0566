import Foundation
import KithCore
import KithUI

/// `kith-bench card VAULT [NAME] [RUNS]`: the card of the heaviest person (the most lines
/// linking to them: the vault's owner) or of NAME, built as the browser's card worker builds
/// it, medians of RUNS (5):
/// - `card_ms`: from the request to the card showing: the mention filter's estimate, then the
///   card with its mentions still being searched (or searched with it, for a light person);
/// - `mentions_ms`: searching the unlinked mentions (in the background, after the card shows);
/// - `complete_ms`: until the complete card (the above plus building it again with them);
/// - `carried_ms`: the mentions carried to an index (the same one: what a return or an edit
///   costs instead of a search);
/// - `ui_open_ms`, `ui_return_ms`: the UI thread's share, `KithApp.update` for the key that
///   opens the card (it draws "loading card…") and for a return to it (served from the kept card).
func cardBench(_ vault: String, name: String?, runs: Int) throws {
    let t0 = now()
    let index = try VaultLoader.load(root: vault)
    let search = SearchIndex(index)
    let load = now() - t0
    let person: String
    if let name {
        guard case .found(let path) = index.lookup(name) else {
            FileHandle.standardError.write(Data("kith-bench: no note \(name)\n".utf8))
            exit(2)
        }
        person = path
    } else {
        person = index.people.map { ($0.path, index.backlinkCount(to: $0.path)) }.max { $0.1 < $1.1 }!.0
    }
    let today = CalendarDate(year: 2026, month: 11, day: 25)!
    let policy = ContactPolicy()
    // The card's width in a 120-column terminal.
    let key = DocumentViews.Key(path: person, isCard: true, width: 68)
    let filter = search.mentionFilter
    var card: [Double] = [], mentionTimes: [Double] = [], complete: [Double] = [], carried: [Double] = []
    var found: [Mention] = []
    var rows = 0
    for _ in 0..<max(1, runs) {
        let a = now()
        let candidates = UnlinkedMentions.candidates(of: person, in: index, filter: filter)
        let first: CardMentions = candidates > 1_500 ? .pending(candidates: candidates) : .search(filter)
        let (view, _) = DocumentViews.build(key, index: index, policy: policy, today: today, mentions: first)
        let b = now()
        found = UnlinkedMentions.find(of: person, in: index, filter: filter)
        let c = now()
        rows = DocumentViews.build(key, index: index, policy: policy, today: today, mentions: .found(found)).0.rowCount
        let d = now()
        _ = UnlinkedMentions.updated(found, of: person, from: index, to: index)
        carried.append(now() - d)
        _ = view
        card.append(b - a)
        mentionTimes.append(c - b)
        complete.append(d - a)
    }
    // The UI thread in the browser: the key that opens the card, and the key that returns to it.
    var (s, _) = AppState.start(vaultName: "bench", today: today, cols: 120, rows: 40)
    s.buildsCardsInBackground = true
    s = KithApp.update(s, .indexLoaded(index, search: search)).0
    let query = index.note(person)!.name
    s = KithApp.update(s, .key(.char("/"))).0
    for ch in query { s = KithApp.update(s, .key(.char(ch))).0 }
    var opens: [Double] = [], returns: [Double] = []
    for _ in 0..<max(1, runs) {
        var t = s
        let e = now()
        t = KithApp.update(t, .key(.enter)).0
        opens.append(now() - e)
        let (view, lists) = DocumentViews.build(t.shownDocument!, index: index, policy: policy, today: today, mentions: .found(found))
        t = KithApp.update(t, .cardBuilt(CardBuild(key: t.shownDocument!, generation: t.views.generation, view: view, lists: lists))).0
        t = KithApp.update(t, .key(.tab)).0
        let away: Key = t.nav.peopleList.selected == 0 ? .char("j") : .char("k")
        t = KithApp.update(t, .key(away)).0
        let r = now()
        _ = KithApp.update(t, .key(away == .char("j") ? .char("k") : .char("j")))
        returns.append(now() - r)
    }
    emit([("notes", index.notes.count), ("load_ms", load), ("person", index.note(person)!.name),
          ("backlinking_notes", index.backlinkSources(to: person).count), ("mentions", found.count), ("rows", rows),
          ("card_ms", percentile(card, 0.5)), ("mentions_ms", percentile(mentionTimes, 0.5)),
          ("complete_ms", percentile(complete, 0.5)), ("carried_ms", percentile(carried, 0.5)),
          ("ui_open_ms", percentile(opens, 0.5)), ("ui_return_ms", percentile(returns, 0.5))])
}
