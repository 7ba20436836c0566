import Foundation
import KithCore
import KithUI

/// `kith-bench update VAULT [N]`: the UI thread's cost of installing an index update, the
/// browser's freeze on every file a sync client or the editor touches. The vault is copied to a
/// temporary directory (kith never writes into a vault); each round appends a line to one
/// person note there, re-indexes it as LiveIndex does (the index and its search structures,
/// untimed: that is the background queue's work), then times `KithApp.update` with
/// `.indexUpdated` on the People, Recent and Transcripts pages in turn, assignment included
/// (the old state is released there too).
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
    var times: [Double] = [], background: [Double] = []
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
        background.append(now() - b0)
        index = next
        let t0 = now()
        state = KithApp.update(state, .indexUpdated(next, search: search, message: summary.description)).0
        times.append(now() - t0)
    }
    emit([("notes", index.notes.count), ("rounds", rounds), ("update_p50_ms", percentile(times, 0.5)),
          ("update_p90_ms", percentile(times, 0.9)), ("update_max_ms", times.max() ?? 0),
          ("background_p50_ms", percentile(background, 0.5))])
}
