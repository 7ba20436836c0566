import Foundation
import KithCore
import XCTest
@testable import KithUI

/// The search structures derived from the previous ones when the index updates (as the live
/// index does in the background) answer exactly as structures built fresh over the new index:
/// people queries, full-text queries and every person's unlinked mentions, over seeded random
/// edit sequences to a vault written at test time.
final class SearchIndexUpdateTests: XCTestCase {
    static let names = ["Ana Lima", "Bo Chen", "Zoë Ñúñez", "José Díaz", "王小明", "Åsa Berg", "Liam O'Brien", "Émile Roy"]
    static let peopleQueries = ["a", "an", "ana", "li", "zoe", "jose d", "王", "org:acme", "tag:team", "eng", "o'b", "émile", "xyz"]
    static let textQueries = ["ana", "lima", "zoë", "meeting", "王小明", "talked", "nothing here"]

    func testDerivedSearchIndexAnswersAsAFreshOne() throws {
        var reusedPeople = 0, rebuiltPeople = 0
        for seed in UInt64(1)...5 {
            let vault = try EditVault(seed: seed)
            defer { vault.remove() }
            var index = try VaultLoader.load(root: vault.root)
            var search = SearchIndex(index)
            for step in 0..<40 {
                let (path, what) = try vault.randomEdit()
                let (next, summary) = index.updated(changing: [path])
                guard !summary.isEmpty else { continue }
                let derived = search.updated(from: index, to: next)
                if derived.people === search.people { reusedPeople += 1 } else { rebuiltPeople += 1 }
                index = next
                search = derived
                let fresh = try VaultLoader.load(root: vault.root)
                assertSameAnswers(derived, next, SearchIndex(fresh), fresh, "seed \(seed) step \(step): \(what)")
            }
        }
        // Edits both to people and to other notes happened: both ways of the people search ran.
        XCTAssertGreaterThan(reusedPeople, 20)
        XCTAssertGreaterThan(rebuiltPeople, 20)
    }

    func testTheSearchListFollowsAnUpdateBuiltInTheBackground() throws {
        let vault = try EditVault(seed: 9)
        defer { vault.remove() }
        let index = try VaultLoader.load(root: vault.root)
        var (s, _) = AppState.start(vaultName: "~/vault", today: CalendarDate(year: 2025, month: 6, day: 1)!, cols: 100, rows: 30)
        s = KithApp.update(s, .indexLoaded(index, search: SearchIndex(index))).0
        s = s.press(.char("/")).type("an")
        try vault.write("People/Anabel Ortiz.md", vault.person("Anabel Ortiz"))
        let (next, _) = index.updated(changing: ["People/Anabel Ortiz.md"])
        let derived = s.search.updated(from: index, to: next)
        s = KithApp.update(s, .indexUpdated(next, search: derived, message: "Anabel Ortiz.md added")).0
        s = s.type("a")
        guard case .search(let typed)? = s.overlay else { return XCTFail("no search") }
        XCTAssertTrue(typed.results.contains { $0.path == "People/Anabel Ortiz.md" })
        XCTAssertEqual(typed.results.map(\.path), SearchIndex(next).people!.search("ana").map(\.path))
    }

    /// `a` over the updated `index` answers as `b` over `fresh`, the same files loaded anew.
    private func assertSameAnswers(_ a: SearchIndex, _ index: VaultIndex, _ b: SearchIndex, _ fresh: VaultIndex,
                                   _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for q in Self.peopleQueries {
            XCTAssertEqual(a.people?.search(q), b.people?.search(q), "\(what): people \(q)", file: file, line: line)
        }
        for q in Self.textQueries {
            XCTAssertEqual(a.fullText(q, in: index), b.fullText(q, in: fresh), "\(what): text \(q)", file: file, line: line)
        }
        for p in index.people {
            XCTAssertEqual(index.unlinkedMentions(of: p.path, filter: a.mentions),
                           fresh.unlinkedMentions(of: p.path, filter: b.mentions), "\(what): mentions of \(p.path)",
                           file: file, line: line)
        }
    }
}

/// A small vault on disk whose notes mention people by name, with random edits.
private final class EditVault {
    let root: String
    private var state: UInt64

    init(seed: UInt64) throws {
        state = seed &* 0x9E3779B97F4A7C15
        root = NSTemporaryDirectory() + "kith-searchidx-\(seed)-\(UUID().uuidString)"
        for name in SearchIndexUpdateTests.names { try write("People/\(name).md", person(name)) }
        for k in 0..<10 { try write("Notes/n\(k).md", plain()) }
        for k in 0..<6 { try write("Meetings/2025-01-0\(k + 1) - Meeting.md", plain()) }
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }

    func pick<T>(_ a: [T]) -> T { a[next(a.count)] }

    func write(_ rel: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + rel)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func person(_ name: String) -> String {
        let alias = next(2) == 0 ? "aliases: [\(name.split(separator: " ").first!)y]\n" : ""
        let tags = next(2) == 0 ? "tags: [team]\n" : ""
        return "---\ntype: people\n\(alias)\(tags)---\n# \(name)\n\n## Recent Context\n\n## Profile\n\n**Role**: \(pick(["Engineer", "Designer", "CEO"])) at [[\(pick(["Acme", "Globex"]))]]\n\nWorks with \(pick(SearchIndexUpdateTests.names)).\n"
    }

    func plain() -> String {
        (0..<(1 + next(4))).map { _ in
            switch next(3) {
            case 0: return "Talked with \(pick(SearchIndexUpdateTests.names)) at the meeting."
            case 1: return "[[\(pick(SearchIndexUpdateTests.names))]] and \(pick(SearchIndexUpdateTests.names).uppercased())."
            default: return "Nothing about anyone \(next(100))."
            }
        }.joined(separator: "\n") + "\n"
    }

    /// One random edit; the path it touched and what it did.
    func randomEdit() throws -> (String, String) {
        let names = SearchIndexUpdateTests.names
        switch next(6) {
        case 0, 1:
            let p = "Notes/n\(next(14)).md"
            try write(p, plain()); return (p, "write \(p)")
        case 2:
            let name = pick(names)
            let p = "People/\(name).md"
            try write(p, person(name)); return (p, "person \(p)")
        case 3:
            let p = "People/New \(next(5)).md"
            try write(p, person(pick(names) + " Jr")); return (p, "new person \(p)")
        case 4:
            let p = "Meetings/2025-01-0\(next(9) + 1) - Meeting.md"
            try write(p, plain()); return (p, "meeting \(p)")
        default:
            let p = pick(["Notes/n\(next(14)).md", "People/New \(next(5)).md", "People/\(pick(names)).md"])
            try? FileManager.default.removeItem(atPath: root + "/" + p)
            return (p, "delete \(p)")
        }
    }
}
