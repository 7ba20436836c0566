import Foundation
import KithCore
import KithUI

/// `kith-bench workflows VAULT [TODAY]`: what the relationship workflows cost over a loaded
/// vault. Off the UI thread (LiveIndex's queue): the list rows with and without the new ones
/// (meetings, Recent grouped by meeting, monthly counts, organizations). On the UI thread
/// (`KithApp.update` and drawing, timed together): the brief (`b`) of the busiest person (the
/// most interactions: a vault's owner) and of a typical one, the Organizations view (`4`),
/// its sort (`s`), Enter on its biggest organization (the People list narrowed), Esc, the
/// Recent view grouped by meeting (`m`) and paging it.
func workflows(_ vault: String, today: CalendarDate) throws {
    let index = try VaultLoader.load(root: vault)
    let policy = ContactPolicy()
    func ms(_ rounds: Int = 3, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<rounds {
            let t0 = now()
            body()
            times.append(now() - t0)
        }
        return percentile(times, 0.5)
    }
    var out: [(String, Any)] = [("notes", index.notes.count), ("people", index.people.count)]
    out.append(("rows_ms", ms { _ = DerivedRows(index: index, policy: policy, today: today) }))
    out.append(("people_sorts_ms", ms { for s in PeopleSort.allCases { _ = index.people(sortedBy: s, policy: policy, today: today) } }))
    out.append(("timeline_copy_ms", ms { _ = index.timeline }))
    // The Recent rows as they were built before grouping by meeting (the baseline).
    out.append(("timeline_plain_ms", ms {
        var rows: [RecentRow] = []
        var day: CalendarDate?? = .none
        for i in index.timeline where i.date.map({ $0 <= today }) ?? true {
            if day != .some(i.date) {
                rows.append(.day(i.date))
                day = .some(i.date)
            }
            rows.append(.item(i))
        }
    }))
    out.append(("transcripts_sorted_ms", ms { _ = index.transcripts }))
    out.append(("timeline_rows_ms", ms { _ = DerivedRows.timelineRows(index, today: today) }))
    out.append(("meeting_rows_ms", ms { _ = DerivedRows.meetingRows(index) }))
    out.append(("monthly_ms", ms { _ = index.monthlyInteractionsByPerson(today: today) }))
    out.append(("organizations_ms", ms { _ = index.organizations(policy: policy, today: today) }))
    let rows = DerivedRows(index: index, policy: policy, today: today)
    var (start, _) = AppState.start(vaultName: "bench", today: today, cols: 120, rows: 40)
    start = KithApp.update(start, .indexLoaded(index, rows: rows)).0
    let busiest = index.people.max { index.interactions(of: $0.path).count < index.interactions(of: $1.path).count }!
    let typical = start.peoplePaths[start.peoplePaths.count / 2]
    func timed(_ state: AppState, _ keys: [Key]) -> (AppState, Double) {
        let t0 = now()
        var s = state
        for k in keys { s = KithApp.update(s, .key(k)).0 }
        _ = KithApp.render(s)
        return (s, now() - t0)
    }
    for (name, path) in [("busiest", busiest.path), ("typical", typical)] {
        var at = start
        at.openPerson(path)
        out.append(("brief_\(name)_ms", ms { _ = timed(at, [.char("b")]) }))
    }
    out.append(("busiest_interactions", index.interactions(of: busiest.path).count))
    let (orgs, orgsMs) = timed(start, [.char("4")])
    out.append(("orgs_view_ms", orgsMs))
    out.append(("orgs_sort_ms", ms { _ = timed(orgs, [.char("s")]) }))
    let (bySize, _) = timed(orgs, [.char("s")])
    let (filtered, enterMs) = timed(bySize, [.enter])
    out.append(("org_enter_ms", enterMs))
    out.append(("filter_clear_ms", ms { _ = timed(filtered, [.escape]) }))
    let (recent, _) = timed(start, [.char("2")])
    let (grouped, groupMs) = timed(recent, [.char("m")])
    out.append(("recent_group_ms", groupMs))
    out.append(("recent_grouped_page_ms", ms { _ = timed(grouped, [.pageDown]) }))
    emit(out)
}
