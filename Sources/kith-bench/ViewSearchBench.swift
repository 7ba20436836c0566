import Foundation
import KithCore
import KithUI

/// `kith-bench viewsearch VAULT`: `/` in the Recent and Transcripts views over a loaded vault,
/// as the browser does it (`KithApp.update` and drawing, timed together): opening the search
/// (its first use builds the view's search structures) and each keystroke of a few queries.
func viewSearch(_ vault: String) throws {
    let index = try VaultLoader.load(root: vault)
    var (start, _) = AppState.start(vaultName: "bench", today: CalendarDate.today(), cols: 200, rows: 60)
    start = KithApp.update(start, .indexLoaded(index)).0
    var out: [(String, Any)] = [("notes", index.notes.count), ("interactions", index.timeline.count)]
    for (page, name) in [(Character("2"), "recent"), (Character("3"), "transcripts")] {
        var opens: [Double] = [], keys: [Double] = []
        for round in 0..<3 {
            let shown = KithApp.update(start, .key(.char(page))).0
            let t0 = now()
            var state = KithApp.update(shown, .key(.char("/"))).0
            _ = KithApp.render(state)
            if round == 0 { opens.append(now() - t0) }
            for ch in ["gpu", "jason", "pricing model"].joined(separator: " ") {
                let t1 = now()
                state = KithApp.update(state, .key(.char(ch))).0
                _ = KithApp.render(state)
                keys.append(now() - t1)
            }
        }
        out += [("\(name)_first_open_ms", opens[0]), ("\(name)_key_p50_ms", percentile(keys, 0.5)),
                ("\(name)_key_p99_ms", percentile(keys, 0.99)), ("\(name)_key_max_ms", keys.max() ?? 0)]
    }
    emit(out)
}
