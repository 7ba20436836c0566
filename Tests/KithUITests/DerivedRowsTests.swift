import KithCore
import XCTest
@testable import KithUI

/// The list rows and the showing card the browser builds with the index in the background
/// (`DerivedRows`, `DocumentViews`, passed in `.indexLoaded` / `.indexUpdated`) show exactly
/// what rows and cards built on the UI thread show: over
/// seeded random edit sequences (people gaining and losing contacts and cadences, transcripts
/// added, renamed and deleted, people renamed), a session fed the background's rows and one
/// building them in place draw the same screens on every page and in every sort, keep the
/// same selections, and match the index's own answers.
final class DerivedRowsTests: XCTestCase {
    static let today = CalendarDate(year: 2025, month: 6, day: 1)!
    static let names = ["Ana Lima", "Bo Chen", "Zoë Ñúñez", "José Díaz", "王小明", "Åsa Berg", "Liam O'Brien", "Émile Roy"]
    /// A session's keys between updates: pages, sort, moves, the reader, the search box.
    static let keys: [[Key]] = [
        [.char("1")], [.char("2")], [.char("3")], [.char("s")], [.char("j")], [.char("j"), .char("j")], [.char("k")],
        [.tab, .char("j")], [.char("2"), .char("j"), .enter], [.char("3"), .enter], [.char("2"), .char("G")],
        [.char("/"), .char("a")], [.escape],
    ]

    func testRowsBuiltInTheBackgroundShowWhatRowsBuiltInPlaceShow() {
        var updates = 0, transcriptsSeen = 0, dueSeen = 0, prebuiltViews = 0
        for seed in UInt64(1)...6 {
            var vault = MemoryVault(seed: seed)
            let policy = ContactPolicy(staleDays: 60, tagCadences: ["team": 14])
            func start() -> AppState {
                var (s, _) = AppState.start(vaultName: "~/vault", today: Self.today, cols: 110, rows: 24)
                s.staleDays = policy.staleDays
                s.tagCadences = ["team": 14]
                return s
            }
            var index = vault.index()
            var background = KithApp.update(start(), .indexLoaded(index, search: SearchIndex(index),
                                                              rows: DerivedRows(index: index, policy: policy, today: Self.today))).0
            var inPlace = KithApp.update(start(), .indexLoaded(index)).0
            assertSame(background, inPlace, index, "seed \(seed) start")
            for step in 0..<30 {
                let keys = vault.pick(Self.keys)
                background = background.press(keys)
                inPlace = inPlace.press(keys)
                let what = vault.randomEdit()
                let next = vault.index()
                let rows = DerivedRows(index: next, policy: policy, today: Self.today)
                let search = background.search.updated(from: index, to: next)
                // The document showing, built in the background as LiveIndex does (none when
                // its note is gone: the UI then goes back and builds what it shows).
                let views = background.shownDocument.flatMap { key in
                    next.note(key.path).map { _ in
                        DocumentViews(building: key, index: next, search: search, policy: policy, today: Self.today)
                    }
                }
                prebuiltViews += views == nil ? 0 : 1
                background = KithApp.update(background, .indexUpdated(next, search: search, rows: rows, views: views,
                                                                       message: what)).0
                inPlace = KithApp.update(inPlace, .indexUpdated(next, message: what)).0
                index = next
                updates += 1
                transcriptsSeen += background.meetingRows.filter { !$0.participants.isEmpty }.count
                dueSeen += background.recentRows.filter { if case .due = $0 { return true } else { return false } }.count
                assertSame(background, inPlace, index, "seed \(seed) step \(step): \(what)")
            }
        }
        XCTAssertEqual(updates, 180)
        XCTAssertGreaterThan(transcriptsSeen, 100, "transcripts with participants were listed")
        XCTAssertGreaterThan(dueSeen, 50, "people were due")
        XCTAssertGreaterThan(prebuiltViews, 40, "cards and readers were built in the background")
    }

    /// Rows built for another contact policy (the config changed under the background) are
    /// not shown: the Due group follows the state's own policy.
    func testRowsBuiltForAnotherPolicyAreRebuilt() {
        let vault = MemoryVault(seed: 3)
        let index = vault.index()
        var (s, _) = AppState.start(vaultName: "~/vault", today: Self.today, cols: 110, rows: 24)
        s.staleDays = 10_000
        let stale = DerivedRows(index: index, policy: ContactPolicy(staleDays: 1), today: Self.today)
        XCTAssertTrue(stale.recent.contains { if case .due = $0 { return true } else { return false } })
        s = KithApp.update(s, .indexLoaded(index, rows: stale)).0
        XCTAssertFalse(s.recentRows.contains { if case .due = $0 { return true } else { return false } })
        XCTAssertFalse(KithApp.render(s.press(.char("2"))).text.contains("Due"))
    }

    private func assertSame(_ a: AppState, _ b: AppState, _ index: VaultIndex, _ what: String,
                            file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.peoplePaths, b.peoplePaths, what, file: file, line: line)
        XCTAssertEqual(a.recentRows, b.recentRows, what, file: file, line: line)
        XCTAssertEqual(a.meetingRows, b.meetingRows, what, file: file, line: line)
        XCTAssertEqual(a.nav, b.nav, what, file: file, line: line)
        XCTAssertEqual(KithApp.render(a).text, KithApp.render(b).text, "\(what): as shown", file: file, line: line)
        // What the index itself says, not only what the other way built.
        XCTAssertEqual(a.peoplePaths, index.people(sortedBy: a.sort, policy: a.contactPolicy, today: a.today).map(\.path),
                       what, file: file, line: line)
        XCTAssertEqual(a.meetingRows.map(\.path), index.transcripts.map(\.path), what, file: file, line: line)
        XCTAssertEqual(a.meetingRows.map(\.participants),
                       index.transcripts.map { t in index.participants(of: t.path).compactMap { index.note($0)?.name } },
                       what, file: file, line: line)
        XCTAssertEqual(a.recentRows.compactMap { if case .item(let i) = $0 { return i } else { return nil } },
                       index.timeline.filter { $0.date.map { $0 <= a.today } ?? true }, what, file: file, line: line)
        let due = index.duePeople(policy: a.contactPolicy, today: a.today)
            .filter { index.lastContact(of: $0.path, today: a.today) != nil }
        XCTAssertEqual(a.recentRows.compactMap { if case .due(let p) = $0 { return p } else { return nil } },
                       due.prefix(10).map(\.path), what, file: file, line: line)
        for page in ["1", "2", "3"] as [Character] {
            XCTAssertEqual(KithApp.render(a.press(.char(page))).text, KithApp.render(b.press(.char(page))).text,
                           "\(what): page \(page)", file: file, line: line)
        }
        var sa = a, sb = b
        for _ in PeopleSort.allCases {
            sa = sa.press(.char("s"))
            sb = sb.press(.char("s"))
            XCTAssertEqual(sa.peoplePaths, sb.peoplePaths, "\(what): sort \(sa.sort)", file: file, line: line)
            XCTAssertEqual(KithApp.render(sa).text, KithApp.render(sb).text, "\(what): sort \(sa.sort)", file: file, line: line)
        }
    }
}

/// A vault in memory: people with dated Recent Context, cadences and last contacts, transcripts
/// linking them, and seeded random edits.
private struct MemoryVault {
    var files: [String: String] = [:]
    var state: UInt64

    init(seed: UInt64) {
        state = seed &* 0x9E3779B97F4A7C15
        for name in DerivedRowsTests.names { files["People/\(name).md"] = person(name) }
        for k in 0..<8 { files[transcriptPath(k)] = transcript() }
        files["Notes/Plan.md"] = "# Plan\n\n[[Ana Lima]] and [[Org]]\n"
    }

    func index() -> VaultIndex {
        VaultIndex(root: "/vault", parsed: files.keys.sorted().map { NoteParser.parse(path: $0, bytes: Array(files[$0]!.utf8)) })
    }

    mutating func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }

    mutating func pick<T>(_ a: [T]) -> T { a[next(a.count)] }

    mutating func date() -> String { String(format: "2025-%02d-%02d", next(6) + 1, next(28) + 1) }

    func transcriptPath(_ k: Int) -> String { String(format: "Meetings/2025-%02d-%02d - Meeting %d.md", k % 5 + 1, k % 27 + 1, k) }

    mutating func person(_ name: String) -> String {
        let last = next(3) == 0 ? "last_contact: '\(date())'\n" : ""
        let cadence = next(4) == 0 ? "cadence: \(pick([7, 30, 365]))\n" : ""
        let tags = next(3) == 0 ? "tags: [team]\n" : ""
        var rc: [String] = []
        for _ in 0..<next(4) {
            let link = next(2) == 0 ? transcriptPath(next(10)).split(separator: "/").last!.dropLast(3).description : pick(DerivedRowsTests.names)
            rc.append("- \(date()): [[\(link)]] — talked \(next(100))")
        }
        return "---\ntype: people\n\(last)\(cadence)\(tags)---\n# \(name)\n\n## Recent Context\n\n" + rc.joined(separator: "\n") + "\n"
    }

    mutating func transcript() -> String {
        let links = (0..<(1 + next(3))).map { _ in "[[\(pick(DerivedRowsTests.names))]]" }.joined(separator: " ")
        let day = next(2) == 0 ? "2025-01-05" : date()
        return "---\ntype: transcript\ndate: \(day)\n---\n# Meeting\n\n- \(links) [[Missing]]\n"
    }

    /// One random edit; what it did.
    mutating func randomEdit() -> String {
        let paths = files.keys.sorted()
        switch next(6) {
        case 0, 1:
            let name = pick(DerivedRowsTests.names)
            let p = files.keys.first { $0.hasSuffix("/\(name).md") } ?? "People/\(name).md"
            files[p] = person(name)
            return "rewrite \(p)"
        case 2:
            let p = transcriptPath(next(12))
            files[p] = transcript()
            return "transcript \(p)"
        case 3:
            let p = pick(paths)
            files[p] = nil
            return "delete \(p)"
        case 4:
            // A rename: links by the old name stop resolving, participants' names change.
            let p = pick(paths.filter { $0.hasPrefix("People/") || $0.hasPrefix("Meetings/") })
            let moved = p.replacingOccurrences(of: ".md", with: " 2.md")
            files[moved] = files[p]
            files[p] = nil
            return "rename \(p)"
        default:
            let name = pick(DerivedRowsTests.names)
            files["People/\(name).md"] = person(name)
            return "create \(name)"
        }
    }
}
