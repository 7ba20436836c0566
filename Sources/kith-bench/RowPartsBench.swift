import Foundation
import KithCore
import KithUI

/// `kith-bench rowparts VAULT`: the parts of the browser's list rows (`DerivedRows`) one after
/// another on one core, over the index loaded through the snapshot in `$XDG_CACHE_HOME/kith`,
/// in milliseconds (medians of three): where `rows_ms` of `warmbrowse` goes; `search_ms` is
/// the people search built beside them.
func rowParts(_ vault: String) throws {
    let index = try VaultLoader.load(root: vault, cache: SnapshotStore.standard()).index
    let (start, _) = AppState.start(vaultName: "bench", today: CalendarDate.today(), cols: 160, rows: 48)
    let policy = start.contactPolicy, today = start.today
    func ms(_ body: () -> Void) -> Double {
        percentile((0..<3).map { _ in
            let t0 = now()
            body()
            return now() - t0
        }, 0.5)
    }
    var out: [(String, Any)] = [("notes", index.notes.count), ("people", index.people.count),
                                ("interactions", index.timeline.count)]
    out.append(("rows_ms", ms { _ = DerivedRows(index: index, policy: policy, today: today) }))
    out.append(("timeline_rows_ms", ms { _ = DerivedRows.timelineRows(index, today: today) }))
    out.append(("meeting_rows_ms", ms { _ = DerivedRows.meetingRows(index) }))
    out.append(("people_orders_ms", ms { _ = index.peopleOrders(PeopleSort.allCases, policy: policy, today: today) }))
    out.append(("widths_ms", ms { _ = DerivedRows.widths(of: index) }))
    out.append(("meeting_positions_ms", ms { _ = index.meetingListPositions }))
    out.append(("monthly_ms", ms { _ = index.monthlyInteractionsByPerson(today: today) }))
    out.append(("organizations_ms", ms { _ = index.organizations(policy: policy, today: today) }))
    out.append(("owner_suggestion_ms", ms { _ = index.ownerSuggestion }))
    out.append(("upcoming_ms", ms { _ = index.upcomingEvents(today: today, days: 7, yearlyKeys: policy.yearlyKeys) }))
    // The people search is built with the rows before the index is posted (`LiveIndex`).
    out.append(("search_ms", ms { _ = SearchIndex(index, buildingMentions: false) }))
    // Built beside the rows (`LiveIndex`): the first card resolves link text as it is drawn.
    let paths = (0..<index.notes.count).map { index.notes[$0].path }
    out.append(("resolver_ms", ms { _ = LinkResolver(notes: paths, attachments: index.attachments) }))
    let rows = DerivedRows(index: index, policy: policy, today: today)
    let search = SearchIndex(index, buildingMentions: false)
    out.append(("install_ms", ms { _ = KithApp.update(start, .indexLoaded(index, search: search, rows: rows)) }))
    let (state, _) = KithApp.update(start, .indexLoaded(index, search: search, rows: rows))
    out.append(("draw_people_ms", ms { _ = KithApp.render(state, cols: 160, rows: 48) }))
    let recent = KithApp.update(state, .key(.char("2"))).0
    out.append(("draw_recent_ms", ms { _ = KithApp.render(recent, cols: 160, rows: 48) }))
    out.append(("key_m_ms", ms { _ = KithApp.render(KithApp.update(recent, .key(.char("m"))).0, cols: 160, rows: 48) }))
    out.append(("key_s_ms", ms { _ = KithApp.render(KithApp.update(state, .key(.char("s"))).0, cols: 160, rows: 48) }))
    out.append(("key_j_recent_ms", ms { _ = KithApp.render(KithApp.update(recent, .key(.char("j"))).0, cols: 160, rows: 48) }))
    emit(out)
}
