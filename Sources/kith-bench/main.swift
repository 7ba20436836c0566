// In-process timings for Benchmarks/bench.py (not installed, not in `kith --help`).
//   kith-bench people N           per-keystroke people search (update + draw) over N generated people
//   kith-bench palette N          the same keystrokes typed into the action palette (`:`) instead
//   kith-bench browse VAULT       wall-clock times of the first drawn screen and the loaded index
//   kith-bench rowparts VAULT     the parts of the list rows, one after another (RowPartsBench.swift)
//   kith-bench warmbrowse VAULT   the same through the snapshot in $XDG_CACHE_HOME/kith (SnapshotBench.swift)
//   kith-bench warmload VAULT     the whole index through the snapshot alone: load_ms, peak RSS (SnapshotBench.swift)
//   kith-bench snapshotwrite VAULT  the time to write the vault's snapshot, and its size
//   kith-bench fulltext VAULT Q…  full-text search over the loaded index, per query
//   kith-bench memory VAULT       resident memory after loading, and what the index holds
//   kith-bench reindex VAULT [N]  one edited, added or deleted note re-indexed (on a copy of VAULT)
//   kith-bench update VAULT [N]   UI-thread cost of installing an index update (IndexUpdateBench.swift)
//   kith-bench contacts VAULT NAME [TODAY]  a card's contact questions for one person (ContactsBench.swift)
//   kith-bench viewsearch VAULT   `/` in Recent and Transcripts: first open and per keystroke (ViewSearchBench.swift)
//   kith-bench reader VAULT PATH  the reader's document and wrap for one note (ReaderBench.swift)
//   kith-bench card VAULT [NAME] [RUNS]  the heaviest person's card, built as the browser does (CardBench.swift)
//   kith-bench workflows VAULT [TODAY]  brief, organizations, filter, Recent by meeting (WorkflowsBench.swift)
// Each prints one JSON object on stdout; bench.py takes medians over runs.
import Foundation
import KithCore
import KithUI

/// Milliseconds on the monotonic clock.
func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
}

/// Seconds since the epoch: comparable with the clock of the process that started this one.
func epoch() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_REALTIME, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func percentile(_ xs: [Double], _ p: Double) -> Double {
    let s = xs.sorted()
    return s[min(s.count - 1, Int((Double(s.count) * p).rounded(.up)) - 1)]
}

func emit(_ pairs: [(String, Any)]) {
    let body = pairs.map { key, value -> String in
        switch value {
        case let d as Double: return "\"\(key)\": \(String(format: "%.6f", d))"
        case let s as String: return "\"\(key)\": \"\(s)\""
        default: return "\"\(key)\": \(value)"
        }
    }
    print("{" + body.joined(separator: ", ") + "}")
}

/// Per-keystroke latency of the browser's `/` search over N generated people: what the browser
/// does for a key (`KithApp.update`: the search plus the rows the box shows, ranked and
/// highlighted) and drawing the screen, timed together. Each name is typed into a freshly
/// opened search (a new typing session), every prefix in turn; the first keystroke of each
/// name is counted like the others (and also on its own). `all_hits_*` time the previous
/// browser's work for the same keystrokes: every hit ranked and highlighted.
func people(_ count: Int, opener: Character = "/") {
    var rng: UInt64 = 0x9E3779B97F4A7C15
    func next(_ n: Int) -> Int {
        rng = rng &* 6364136223846793005 &+ 1442695040888963407
        return Int((rng >> 33) % UInt64(n))
    }
    let first = ["José", "Zoë", "Anna", "Maria", "Luís", "Deandre", "Øystein", "Marie", "Jon", "Ana",
                 "Kenji", "Priya", "Oliver", "Sofía", "Łukasz", "Chloé", "Ahmed", "Mei", "Lars", "Inès"]
    let last = ["García", "Ñúñez", "Zed", "Jackson", "Müller", "Straße", "Lee", "Abe", "Kim", "Dubois",
                "Nakamura", "Patel", "Smith", "Kowalski", "Rossi", "Hansen", "Novak", "Silva"]
    let orgs = ["Acme Corp", "Globex", "Initech", "Umbrella", "Stark Industries", "Wayne Enterprises"]
    let roles = ["Engineer", "Designer", "Product Manager", "CEO", "Investor", "Recruiter"]
    let tags = ["team", "team/eng", "friends", "work/acme", "family", "conf/2025"]
    let parsed = (0..<count).map { i -> ParsedNote in
        let name = "\(first[next(first.count)]) \(last[next(last.count)]) \(i % 97)"
        let alias = next(5) == 0 ? "aliases: [\(first[next(first.count)])y]\n" : ""
        let role = next(2) == 0 ? roles[next(roles.count)] : "Contact"
        let text = "---\ntype: people\n\(alias)tags: [\(tags[next(tags.count)])]\n---\n# \(name)\n\n## Profile\n\n"
            + "**Role**: \(role) at [[\(orgs[next(orgs.count)])]]\n"
        return NoteParser.parse(path: "People/\(name) \(i).md", bytes: Array(text.utf8))
    }
    let index = VaultIndex(root: "/bench", parsed: parsed)
    let a = now()
    let search = SearchIndex(index)
    let build = now() - a
    let cols = 160, rows = 48
    var (start, _) = AppState.start(vaultName: "bench", today: CalendarDate.today(), cols: cols, rows: rows)
    start = KithApp.update(start, .indexLoaded(index, search: search)).0
    let docs = index.people.map { n in
        SearchDocument(path: n.path, name: n.name, aliases: n.aliases, role: n.profile.role,
                       organization: n.profile.organization, tags: n.tags, kind: n.kind)
    }
    let allHits = PeopleSearch(documents: docs)
    let queries = ["jose garcia", "zoe nunez", "deandre jackson", "oystein hansen", "sofia rossi 4",
                   "lukasz kowalski", "chloe dubois", "kenji nakamura", "ines silva", "marie muller"]
    var times: [Double] = [], firsts: [Double] = [], later: [Double] = [], old: [Double] = [], oldFirsts: [Double] = []
    var matches = 0, draws: [Double] = [], firstUpdates: [Double] = []
    for _ in 0..<3 {
        for query in queries {
            var state = KithApp.update(start, .key(.char(opener))).0
            _ = KithApp.render(state, cols: cols, rows: rows)
            var session = allHits.makeSession()
            var typed = ""
            for ch in query {
                typed.append(ch)
                let t0 = now()
                state = KithApp.update(state, .key(.char(ch))).0
                let t2 = now()
                _ = KithApp.render(state, cols: cols, rows: rows)
                let dt = now() - t0
                draws.append(now() - t2)
                if typed.count == 1 { firstUpdates.append(t2 - t0) }
                times.append(dt)
                if typed.count == 1 { firsts.append(dt) } else { later.append(dt) }
                let t1 = now()
                let hits = session.search(typed)
                let dt1 = now() - t1
                old.append(dt1)
                if typed.count == 1 { oldFirsts.append(dt1); matches = max(matches, hits.count) }
            }
        }
    }
    emit([("people", index.people.count), ("keystrokes", times.count), ("build_ms", build),
          ("p50_ms", percentile(times, 0.5)), ("p99_ms", percentile(times, 0.99)),
          ("max_ms", times.max() ?? 0), ("first_key_max_ms", firsts.max() ?? 0),
          ("first_key_p50_ms", percentile(firsts, 0.5)), ("later_p99_ms", percentile(later, 0.99)),
          ("first_key_most_hits", matches), ("draw_p50_ms", percentile(draws, 0.5)), ("draw_p99_ms", percentile(draws, 0.99)),
          ("first_key_update_p50_ms", percentile(firstUpdates, 0.5)),
          ("all_hits_p50_ms", percentile(old, 0.5)), ("all_hits_p99_ms", percentile(old, 0.99)),
          ("all_hits_first_key_p50_ms", percentile(oldFirsts, 0.5))])
}

/// What the browser does at start, without a terminal: draw the loading screen, index the
/// vault on another thread, then apply the index and draw again.
func browse(_ vault: String) throws {
    let (start, _) = AppState.start(vaultName: "bench", today: CalendarDate.today(), cols: 160, rows: 48)
    _ = KithApp.render(start, cols: 160, rows: 48)
    let firstScreen = epoch()
    let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var loaded: Result<VaultIndex, Error>?
    Thread.detachNewThread {
        loaded = Result { try VaultLoader.load(root: vault) }
        done.signal()
    }
    done.wait()
    let index = try loaded!.get()
    let (state, _) = KithApp.update(start, .indexLoaded(index))
    _ = KithApp.render(state, cols: 160, rows: 48)
    let complete = epoch()
    emit([("notes", index.notes.count), ("first_screen_epoch", firstScreen), ("complete_epoch", complete)])
}

/// The browser's full-text search (`\`) over the loaded index: every hit, each query.
func fulltext(_ vault: String, _ queries: [String]) throws {
    let index = try VaultLoader.load(root: vault)
    let texts = index.notes.map { ($0.path, $0.parsed.text) }
    var out: [(String, Any)] = [("notes", index.notes.count)]
    for (k, q) in queries.enumerated() {
        var times: [Double] = []
        var hits = 0
        for _ in 0..<5 {
            let t0 = now()
            hits = FullTextSearch.search(q, in: texts).count
            times.append(now() - t0)
        }
        out.append(("q\(k)_hits", hits))
        out.append(("q\(k)_ms", percentile(times, 0.5)))
    }
    emit(out)
}

/// Resident memory after loading: peak, current, and and what the index holds (to see where it goes).
func memory(_ vault: String) throws {
    func status(_ key: String) -> Int {
        let text = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = text.split(separator: "\n").first { $0.hasPrefix(key) } ?? ""
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
    }
    let index = try VaultLoader.load(root: vault)
    let text = index.notes.reduce(0) { $0 + $1.parsed.text.utf8.count }
    let links = index.notes.reduce(0) { $0 + $1.links.count }
    let sections = index.notes.reduce(0) { $0 + $1.parsed.sections.count }
    let bullets = index.notes.reduce(0) { $0 + $1.parsed.bullets.count }
    let lines = index.notes.reduce(0) { $0 + $1.parsed.lineCount }
    let backlinks = index.notes.reduce(0) { $0 + index.backlinks(to: $1.path).count }
    emit([("notes", index.notes.count), ("text_bytes", text), ("links", links), ("sections", sections), ("bullets", bullets), ("lines", lines), ("backlinks", backlinks), ("peak", status("VmHWM:")),
          ("rss", status("VmRSS:"))])
}

AllocatorTuning.apply()  // as `kith` does, so the figures are the installed binary's
let args = CommandLine.arguments
switch args.count > 1 ? args[1] : "" {
case "people" where args.count == 3: people(Int(args[2]) ?? 100_000)
case "palette" where args.count == 3: people(Int(args[2]) ?? 100_000, opener: ":")
case "browse" where args.count == 3: try browse(args[2])
case "memory" where args.count == 3: try memory(args[2])
case "warmbrowse" where args.count == 3: try warmBrowse(args[2])
case "warmload" where args.count == 3: try warmLoad(args[2])
case "rowparts" where args.count == 3: try rowParts(args[2])
case "snapshotwrite" where args.count == 3: try snapshotWrite(args[2])
case "update" where args.count >= 3: try indexUpdate(args[2], rounds: args.count > 3 ? Int(args[3]) ?? 30 : 30)
case "viewsearch" where args.count == 3: try viewSearch(args[2])
case "workflows" where args.count == 3 || args.count == 4:
    try workflows(args[2], today: args.count == 4 ? CalendarDate(parsing: args[3]) ?? CalendarDate(year: 2026, month: 1, day: 3)!
                  : CalendarDate(year: 2026, month: 1, day: 3)!)
case "fulltext" where args.count >= 4: try fulltext(args[2], Array(args.dropFirst(3)))
case "reader" where args.count == 4: try readerBench(args[2], args[3])
case "cardparts" where args.count == 3: try cardParts(args[2])
case "card" where (3...5).contains(args.count):
    try cardBench(args[2], name: args.count > 3 && !args[3].isEmpty ? args[3] : nil, runs: args.count > 4 ? Int(args[4]) ?? 5 : 5)
case "reindex" where args.count == 3 || args.count == 4: try reindex(args[2], edits: args.count == 4 ? max(1, Int(args[3]) ?? 40) : 40)
case "contacts" where args.count == 4 || args.count == 5:
    try contacts(args[2], name: args[3], today: args.count == 5 ? CalendarDate(parsing: args[4]) ?? CalendarDate(year: 2026, month: 1, day: 3)!
                 : CalendarDate(year: 2026, month: 1, day: 3)!)
default:
    FileHandle.standardError.write(Data("usage: kith-bench people N | browse VAULT | fulltext VAULT QUERY... | memory VAULT | reindex VAULT [EDITS] | update VAULT [N] | reader VAULT PATH | viewsearch VAULT | contacts VAULT NAME [TODAY] | card VAULT [NAME] [RUNS] | cardparts VAULT | workflows VAULT [TODAY]\n".utf8))
    exit(2)
}
