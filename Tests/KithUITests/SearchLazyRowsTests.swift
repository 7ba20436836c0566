import KithCore
import XCTest
@testable import KithUI

/// The search box builds only the rows it shows, yet every row the user can reach (moving the
/// selection down to the last match) is the row the fully sorted list has there.
final class SearchLazyRowsTests: XCTestCase {
    static func index() -> VaultIndex {
        let first = ["Ana", "Anna", "José", "Zoë", "Jon", "Émile", "Åsa", "Maria", "Dana", "Kai"]
        let last = ["García", "Ñúñez", "Lee", "Abe", "Kim", "Dubois", "Berg", "Nakamura"]
        var files: [(String, String)] = []
        for i in 0..<400 {
            let name = "\(first[i * 7 % first.count]) \(last[i * 3 % last.count]) \(i % 13)"
            files.append(("People/\(name) \(i).md", "---\ntype: people\n---\n# \(name)\n\n**Role**: Engineer at Acme\n"))
        }
        return VaultIndex(root: "/vault", parsed: files.map { NoteParser.parse(path: $0.0, bytes: Array($0.1.utf8)) })
    }

    func testEveryReachableRowEqualsTheFullySortedList() throws {
        let index = Self.index()
        var (s, _) = AppState.start(vaultName: "~/vault", today: CalendarDate(year: 2025, month: 6, day: 1)!, cols: 100, rows: 24)
        s = KithApp.update(s, .indexLoaded(index)).0
        for query in ["", "a", "an", "e k"] {
            var t = s.press(.char("/")).type(query)
            let full: [(String, [Int])] = query.isEmpty
                ? t.peoplePaths.map { ($0, []) }
                : SearchIndex(index).people!.search(query).map { ($0.path, $0.positions) }
            XCTAssertGreaterThan(full.count, 30, query)
            guard case .search(let opened)? = t.overlay else { return XCTFail("no search") }
            // One screen built, not every match.
            XCTAssertLessThan(opened.results.count, full.count, query)
            let screen = KithApp.render(t)
            XCTAssertTrue((0..<24).contains { screen.rowText($0).contains("\(full.count) of 400") }, query)
            let height = Layout(t).searchBox.inner.height
            for step in 0..<full.count + 3 {
                guard case .search(let box)? = t.overlay else { return XCTFail("no search") }
                XCTAssertEqual(box.selected, min(step, full.count - 1), query)
                let shown = box.results.dropFirst(box.top).prefix(height).map { ($0.path, $0.positions) }
                let want = full.dropFirst(box.top).prefix(height)
                XCTAssertEqual(shown.map(\.0), want.map(\.0), "\(query) at \(box.top)")
                XCTAssertEqual(shown.map(\.1), want.map(\.1), "\(query) at \(box.top)")
                t = t.press(.ctrl("n"))
            }
            // Enter opens the last match, which was never on the first screen.
            t = t.press(.enter)
            XCTAssertEqual(t.nav.person, full.last?.0, query)
        }
    }
}
