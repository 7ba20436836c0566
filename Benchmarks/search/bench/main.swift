// Timing harness for KithCore search (built by build.sh; not part of the test suite).
//   kith-search-bench people [N]        per-keystroke latency, fresh search vs session
//   kith-search-bench fulltext DIR      FullTextSearch over every .md file under DIR
import Foundation

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
}

func percentile(_ xs: [Double], _ p: Double) -> Double {
    let s = xs.sorted()
    return s[min(s.count - 1, Int(Double(s.count) * p))]
}

func fmt(_ x: Double) -> String { String(format: "%.2f", x) }

nonisolated(unsafe) var rng: UInt64 = 0x9E3779B97F4A7C15
func next(_ n: Int) -> Int {
    rng = rng &* 6364136223846793005 &+ 1442695040888963407
    return Int((rng >> 33) % UInt64(n))
}

func people(_ count: Int) {
    let first = ["José", "Zoë", "Anna", "Maria", "Luís", "Deandre", "Øystein", "Marie", "Jon", "Ana",
                 "Kenji", "Priya", "Oliver", "Sofía", "Łukasz", "Chloé", "Ahmed", "Mei", "Lars", "Inès"]
    let last = ["García", "Ñúñez", "Zed", "Jackson", "Müller", "Straße", "Lee", "Abe", "Kim", "Dubois",
                "Nakamura", "Patel", "Smith", "Kowalski", "Rossi", "Hansen", "Novak", "Silva"]
    let orgs = ["Acme Corp", "Globex", "Initech", "Umbrella", "Stark Industries", "Wayne Enterprises"]
    let roles = ["Engineer", "Designer", "Product Manager", "CEO", "Investor", "Recruiter"]
    let tags = ["team", "team/eng", "friends", "work/acme", "family", "conf/2025"]
    let t0 = now()
    let docs = (0..<count).map { i -> SearchDocument in
        let name = "\(first[next(first.count)]) \(last[next(last.count)]) \(i % 97)"
        return SearchDocument(path: "People/\(i).md", name: name,
                              aliases: next(5) == 0 ? ["\(first[next(first.count)])y"] : [],
                              role: next(2) == 0 ? roles[next(roles.count)] : nil,
                              organization: next(3) > 0 ? orgs[next(orgs.count)] : nil,
                              tags: [tags[next(tags.count)]],
                              kind: next(10) == 0 ? .transcript : .person)
    }
    let t1 = now()
    let index = PeopleSearch(documents: docs)
    let t2 = now()
    print("people: \(count) docs, generate \(fmt(t1 - t0)) ms, index init \(fmt(t2 - t1)) ms")
    for q in ["s", "j", "jo", "x"] {
        let parsed = PeopleQuery(q)
        let a = now()
        let (found, _) = index.run(parsed, candidates: nil)
        let b = now()
        _ = index.hits(for: found, parsed, limit: 50)
        let c = now()
        print("  probe \"\(q)\": \(found.count) matches, scan+score \(fmt(b - a)) ms, rank+positions \(fmt(c - b)) ms")
    }
    let queries = ["jose garcia", "zoe nunez", "deandre jackson", "tag:team kim", "org:acme ma",
                   "engineer lee", "oystein hansen", "kind:transcript an", "sofia rossi 4", "xq"]
    for limit in [50, nil] as [Int?] {
        var fresh: [Double] = [], incremental: [Double] = [], first: [Double] = []
        for query in queries {
            var session = index.makeSession()
            var typed = ""
            for ch in query {
                typed.append(ch)
                let a = now()
                let x = index.search(typed, limit: limit)
                let b = now()
                let y = session.search(typed, limit: limit)
                let c = now()
                precondition(x == y, "session differs from fresh search at \(typed)")
                fresh.append(b - a)
                incremental.append(c - b)
                if typed.count == 1 { first.append(b - a) }
            }
        }
        let l = limit.map(String.init) ?? "all"
        print("  limit \(l): fresh p50 \(fmt(percentile(fresh, 0.5))) ms p95 \(fmt(percentile(fresh, 0.95))) ms"
              + " | session p50 \(fmt(percentile(incremental, 0.5))) ms p95 \(fmt(percentile(incremental, 0.95))) ms"
              + " | first keystroke max \(fmt(first.max() ?? 0)) ms  (\(fresh.count) keystrokes)")
    }
}

func fulltext(_ dir: String, _ queries: [String]) throws {
    let t0 = now()
    var docs: [(path: String, text: String)] = []
    var bytes = 0
    let files = FileManager.default.enumerator(atPath: dir)!
    while let f = files.nextObject() as? String {
        guard f.hasSuffix(".md") else { continue }
        let text = try String(contentsOfFile: dir + "/" + f, encoding: .utf8)
        bytes += text.utf8.count
        docs.append((f, text))
    }
    docs.sort { $0.path < $1.path }
    let t1 = now()
    print("fulltext: \(docs.count) docs, \(bytes / 1_000_000) MB, load \(fmt(t1 - t0)) ms")
    for q in queries {
        var times: [Double] = []
        var n = 0
        for _ in 0..<5 {
            let a = now()
            n = FullTextSearch.search(q, in: docs).count
            times.append(now() - a)
        }
        print("  \"\(q)\": \(n) lines, median \(fmt(percentile(times, 0.5))) ms")
    }
}

let args = CommandLine.arguments
switch args.count > 1 ? args[1] : "" {
case "people": people(args.count > 2 ? Int(args[2])! : 100_000)
case "fulltext": try fulltext(args[2], Array(args.dropFirst(3)))
default:
    print("usage: kith-search-bench people [N] | fulltext DIR QUERY...")
    exit(2)
}
