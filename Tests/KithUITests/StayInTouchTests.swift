import KithCore
import XCTest
@testable import KithUI

/// Cadences on the card, the Due group of the Recent view, the `stale` sort and the card's
/// unlinked mentions, on the sample vault (today 2026-11-25, 120×40).
final class StayInTouchTests: XCTestCase {
    private func start(cols: Int = 120, rows: Int = 40) throws -> AppState {
        try SampleVaultSnapshotTests.started(cols: cols, rows: rows)
    }

    private func openCard(_ name: String) throws -> AppState {
        try start().press(.char("/")).type(name).press(.enter)
    }

    func testCardShowsCadenceAndDueDate() throws {
        let s = try openCard("jose garcia")
        let doc = try XCTUnwrap(s.currentDocument)
        // SampleVault.md: cadence 30d, last contact 2026-09-10 → due 2026-10-10, 46 days late.
        let line = try XCTUnwrap(doc.lines.first { $0.text.hasPrefix("cadence") })
        XCTAssertEqual(line.text, "cadence 30d · due 2026-10-10 (46d overdue)")
        XCTAssertEqual(line.spans.first { $0.text == "2026-10-10" }?.role, .stale)
        XCTAssertNotNil(line.sourceLine, "the frontmatter cadence line")
        // A tag cadence from the config names the tag.
        var tagged = try start()
        tagged.tagCadences = ["partner": 7]
        tagged = tagged.press(.char("/")).type("zoe nunez").press(.enter)
        XCTAssertEqual(tagged.currentDocument?.lines.first { $0.text.hasPrefix("cadence") }?.text,
                       "cadence 1w (#partner) · due 2026-11-24 (1d overdue)")
    }

    func testRecentViewListsWhoIsDueAndEnterOpensThem() throws {
        let s = try start().press(.char("2"))
        let g = KithApp.render(s)
        let text = (0..<g.height).map { g.rowText($0) }
        let header = try XCTUnwrap(text.firstIndex { $0.contains("Due · 2 people past their cadence") })
        // Most overdue relative to each cadence: José (30d, 46 late), 佐藤花子 (90d, 14). Marcus Bell's
        // last_contact (2025-05-22) is behind the 2026-10-22 retro that links him: not due.
        XCTAssertTrue(text[header + 1].contains("José García") && text[header + 1].contains("46d overdue · cadence 30d"),
                      text[header + 1])
        XCTAssertTrue(text[header + 2].contains("佐藤花子") && text[header + 2].contains("14d overdue"))
        XCTAssertFalse(text.contains { $0.contains("Marcus Bell") && $0.contains("overdue") })
        XCTAssertFalse(text[header...].prefix(3).contains { $0.contains("Mara Lindqvist") }, "the owner is never due")
        let dayHeader = try XCTUnwrap(text.firstIndex { $0.contains("2026-11-24") })
        XCTAssertGreaterThan(dayHeader, header + 2, "the day groups follow")
        XCTAssertTrue(text[0...3].joined().contains("interactions"), "the count still counts interactions")
        let overdue = try XCTUnwrap(text[header + 1].range(of: "46d"))
        XCTAssertEqual(g[text[header + 1].distance(from: text[header + 1].startIndex, to: overdue.lowerBound), header + 1].style.role, .due)
        // The first due person is selected first; j moves to the next; Enter opens the card.
        XCTAssertEqual(s.recentRows[s.nav.recent.selected], .due("People/José García.md"))
        let opened = s.press(.char("j"), .enter)
        XCTAssertEqual(opened.nav.page, .people)
        XCTAssertEqual(opened.nav.person, "Contacts/佐藤花子.md")
        XCTAssertEqual(KithApp.update(s, .key(.char("e"))).1, [.edit(path: "People/José García.md", line: nil)])
    }

    func testStaleSortIsRelativeToCadence() throws {
        let s = try start().press(.char("s"), .char("s"))
        XCTAssertEqual(s.sort, .stale)
        XCTAssertEqual(Array(s.peoplePaths.prefix(4)), ["People/José García.md", "Contacts/佐藤花子.md",
                                                         "People/王小明.md", "Contacts/Nadia Petrova.md"])
        XCTAssertEqual(s.peoplePaths.last, "People/Mara Lindqvist.md", "contacted yesterday: the least overdue")
        let g = KithApp.render(s)
        // The stale sort shows how far past the cadence and the cadence, and its header says so.
        XCTAssertTrue(g.rowText(1).contains("People · stale · +overdue/cadence"), g.rowText(1))
        let jose = try XCTUnwrap((0..<g.height).first { g.rowText($0).contains("José García") })
        XCTAssertTrue(g.rowText(jose).contains("+46d/30d"), "76 days since, 46 past a 30-day cadence: \(g.rowText(jose))")
        XCTAssertEqual(g[try XCTUnwrap(g.column(of: "+46d/30d", row: jose)), jose].style.role, .stale)
        let wang = try XCTUnwrap((0..<g.height).first { g.rowText($0).contains("王小明") })
        XCTAssertTrue(g.rowText(wang).contains("in 6d/90d"), "84 days is inside the default 90: \(g.rowText(wang))")
        XCTAssertEqual(g[try XCTUnwrap(g.column(of: "in 6d", row: wang)), wang].style.role, .dim)
        // Met in the 2026-11-20 daily note: 5 days of his 90.
        let tomas = try XCTUnwrap((0..<g.height).first { g.rowText($0).contains("Tomás Ferreira") })
        XCTAssertTrue(g.rowText(tomas).contains("in 85d/90d"), g.rowText(tomas))
    }

    func testNeverContactedSaysNeverInTheStaleSort() throws {
        let index = DocVault.index(["People/Ann.md": "---\ntype: people\n---\n# Ann\n",
                                    "People/Bo.md": "---\ntype: people\nlast_contact: \(TestVault.today.adding(days: -3))\n---\n# Bo\n"])
        var (s, _) = AppState.start(vaultName: "v", today: TestVault.today, cols: 100, rows: 30)
        s = KithApp.update(s, .indexLoaded(index)).0
        s = s.press(.char("s"), .char("s"))
        XCTAssertEqual(s.peoplePaths, ["People/Bo.md", "People/Ann.md"], "never contacted last")
        let g = KithApp.render(s)
        let ann = try XCTUnwrap((0..<g.height).first { g.rowText($0).contains("Ann") })
        XCTAssertTrue(g.rowText(ann).contains("never/90d"), g.rowText(ann))
    }

    func testCardListsUnlinkedMentionsEnterReadsAndEEditsAtTheLine() throws {
        let s = try openCard("zoe nunez")
        let doc = try XCTUnwrap(s.currentDocument)
        let heading = try XCTUnwrap(doc.lines.firstIndex { $0.text == "Unlinked mentions (8)" })
        let first = doc.lines[heading + 1]
        XCTAssertTrue(first.text.hasPrefix("Halcyon partnership intro  Zoë Ñúñez: Happy to be here."), first.text)
        XCTAssertEqual(first.spans.first { $0.text == "Zoë Ñúñez" }?.role, .match)
        let link = try XCTUnwrap(first.links.first)
        XCTAssertEqual(link.path, "Sources/Transcripts/2025/2025-07-09 - Halcyon partnership intro.md")
        XCTAssertEqual(link.line, 32)
        // Walk the card's links to the first mention, then Enter and e.
        var card = s.press(.tab)
        let items = try XCTUnwrap(card.currentView).items
        let target = try XCTUnwrap(items.firstIndex { $0.destination == link })
        card = card.press(Array(repeating: Key.char("j"), count: target - (card.nav.card.item ?? 0)))
        XCTAssertEqual(card.nav.card.item, target)
        XCTAssertEqual(KithApp.update(card, .key(.char("e"))).1, [.edit(path: link.path!, line: 32)])
        let reader = card.press(.enter)
        XCTAssertEqual(reader.nav.page, .reader(path: link.path!))
        let view = try XCTUnwrap(reader.currentView)
        let shown = view.lines.dropFirst(reader.nav.reader.top).prefix(reader.docHeight).compactMap(\.sourceLine)
        XCTAssertTrue(shown.contains(32), "the reader shows line 32")
    }
}

extension StayInTouchTests {
    func testDueGroupListsTenAndEnterOnMoreListsTheRest() throws {
        // Twelve people, contacted 100…111 days ago: all past the default 90 days.
        var files: [String: String] = [:]
        for i in 0..<12 {
            let last = TestVault.today.adding(days: -(100 + i))
            files["People/P\(i).md"] = "---\ntype: people\nlast_contact: \(last)\n---\n# P\(i)\n"
        }
        files["People/Fresh.md"] = "---\ntype: people\nlast_contact: \(TestVault.today)\n---\n# Fresh\n"
        var (s, _) = AppState.start(vaultName: "v", today: TestVault.today, cols: 100, rows: 30)
        s = KithApp.update(s, .indexLoaded(DocVault.index(files))).0
        let due = s.recentRows.prefix { if case .day = $0 { return false } else { return true } }
        XCTAssertEqual(due.first, .dueHeader(12))
        XCTAssertEqual(due.dropFirst().prefix(10).map { row -> String in
            if case .due(let p) = row { return p } else { return "" }
        }, (0..<10).reversed().map { "People/P\($0 + 2).md" }, "most overdue first")
        XCTAssertEqual(due.last, .dueMore(2))
        let recent = s.press(.char("2"))
        let g = KithApp.render(recent)
        XCTAssertTrue((0..<g.height).contains { g.rowText($0).contains("… 2 more · ⏎ lists them") })
        // The "more" row is selectable and Enter lists the rest, the first of them selected.
        let more = try XCTUnwrap(recent.recentRows.firstIndex(of: .dueMore(2)))
        let atMore = recent.press(Array(repeating: Key.char("j"), count: 10))
        XCTAssertEqual(atMore.nav.recent.selected, more)
        let expanded = atMore.press(.enter)
        XCTAssertEqual(expanded.nav.page, .recent, "Enter on the row stays in Recent")
        XCTAssertEqual(expanded.recentRows[more], .due("People/P1.md"))
        XCTAssertEqual(expanded.recentRows[more + 1], .due("People/P0.md"))
        XCTAssertFalse(expanded.recentRows.contains(.dueMore(2)))
        XCTAssertEqual(expanded.nav.recent.selected, more)
        let h = KithApp.render(expanded)
        XCTAssertTrue((0..<h.height).contains { h.rowText($0).contains("P0") })
    }
}
