import Foundation
import KithCore
import KithUI

/// `kith-bench update VAULT [N]`: the UI thread's cost of installing an index update, the
/// browser's freeze on every file a sync client or the editor touches. The vault is copied to a
/// temporary directory (kith never writes into a vault); each round appends a line to one
/// person note there, re-indexes it as LiveIndex does (the index and its search structures,
/// untimed: that is the background queue's work), then times `KithApp.update` with
/// `.indexUpdated` on the People, Recent and Transcripts pages in turn, assignment included
/// (the old state is released there too; as LiveIndex does, the bench keeps the last posts
/// alive so what the UI drops is freed elsewhere). The first half of the rounds builds the list
/// rows in place (`inplace_*`, what the UI thread did before); the second half passes them and
/// the showing card built in the background (`DerivedRows`, `DocumentViews`), the browser's way, its first round left out (it frees
/// rows built in place).
func indexUpdate(_ vault: String, rounds: Int) throws {
    let copy = NSTemporaryDirectory() + "kith-bench-update-\(getpid())"
    try? FileManager.default.removeItem(atPath: copy)
    try FileManager.default.copyItem(atPath: vault, toPath: copy)
    defer { try? FileManager.default.removeItem(atPath: copy) }
    var index = try VaultLoader.load(root: copy)
    var search = SearchIndex(index)
    var (state, _) = AppState.start(vaultName: "bench", today: CalendarDate.today(), cols: 160, rows: 48)
    state = KithApp.update(state, .indexLoaded(index, search: search)).0
    let people = index.people.map(\.path)
    let pages: [Character] = ["1", "2", "3"]
    var rowTimes: [Double] = [], cardTimes: [Double] = []
    var posted: [(VaultIndex, SearchIndex, DerivedRows)] = []
    var byPage: [[Double]] = [[], [], []]
    var times: [Double] = [], inPlace: [Double] = [], background: [Double] = [], sortKey: [Double] = []
    for round in 0..<rounds {
        state = KithApp.update(state, .key(.char(pages[round % pages.count]))).0
        let path = people[(round * 7919) % people.count]
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: copy + "/" + path))
        handle.seekToEndOfFile()
        handle.write(Data("\nbench edit \(round)\n".utf8))
        try handle.close()
        let b0 = now()
        let (next, summary) = index.updated(changing: [path])
        search = search.updated(from: index, to: next)
        let r0 = now()
        let rows = DerivedRows(index: next, policy: state.contactPolicy, today: state.today)
        let r1 = now()
        let views = state.shownDocument.map {
            DocumentViews(building: $0, index: next, search: search, policy: state.contactPolicy, today: state.today)
        }
        rowTimes.append(r1 - r0)
        if views != nil { cardTimes.append(now() - r1) }
        background.append(now() - b0)
        posted.append((next, search, rows))
        if posted.count > 2 { posted.removeFirst() }
        index = next
        let prebuilt = round >= rounds / 2
        let t0 = now()
        state = KithApp.update(state, .indexUpdated(next, search: search, rows: prebuilt ? rows : nil, views: prebuilt ? views : nil,
                                                    message: summary.description)).0
        let dt = now() - t0
        if !prebuilt { inPlace.append(dt) } else if round > rounds / 2 { times.append(dt); byPage[round % pages.count].append(dt) }
        let s0 = now()
        state = KithApp.update(state, .key(.char("s"))).0
        if prebuilt { sortKey.append(now() - s0) }
    }
    emit([("notes", index.notes.count), ("rounds", rounds), ("update_p50_ms", percentile(times, 0.5)),
          ("update_p90_ms", percentile(times, 0.9)), ("update_max_ms", times.max() ?? 0),
          ("people_page_p50_ms", percentile(byPage[0], 0.5)), ("recent_page_p50_ms", percentile(byPage[1], 0.5)),
          ("transcripts_page_p50_ms", percentile(byPage[2], 0.5)),
          ("inplace_p50_ms", percentile(inPlace, 0.5)), ("inplace_max_ms", inPlace.max() ?? 0),
          ("sort_key_p50_ms", percentile(sortKey, 0.5)), ("sort_key_max_ms", sortKey.max() ?? 0),
          ("background_p50_ms", percentile(background, 0.5)), ("background_rows_p50_ms", percentile(rowTimes, 0.5)),
          ("background_card_p50_ms", percentile(cardTimes, 0.5))])
}
