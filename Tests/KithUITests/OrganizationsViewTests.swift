import KithCore
import XCTest
@testable import KithUI

/// Organizations (`4`): its sorts, Enter listing an organization's people behind a chip, and
/// the chip going with Esc or a click on it.
final class OrganizationsViewTests: XCTestCase {
    func started(cols: Int = 120, rows: Int = 40) throws -> AppState {
        try SampleVaultSnapshotTests.started(cols: cols, rows: rows).press(.char("4"))
    }

    func testWithoutOrganizationsTheWholeExplanationShowsAt80Columns() throws {
        let index = DocVault.index(["People/Ann.md": "---\ntype: people\n---\n# Ann\n"])
        var (s, _) = AppState.start(vaultName: "v", today: TestVault.today, cols: 80, rows: 24)
        s = KithApp.update(s, .indexLoaded(index)).0.press(.char("4"))
        let screen = (0..<24).map { KithApp.render(s).rowText($0) }.joined(separator: "\n")
        // Wrapped inside the box, not cut with an ellipsis.
        XCTAssertTrue(screen.contains("no organizations: a person's Profile (… at ORG), an org: property or an"), screen)
        XCTAssertTrue(screen.contains("organization note names one"), screen)
    }

    func testSortCyclesNamePeopleLastContactDue() throws {
        var s = try started()
        XCTAssertEqual(s.organizationRows.map(\.name).first, "Brightwater Logistics")
        var titles: [String] = []
        for _ in 0..<4 {
            s = s.press(.char("s"))
            titles.append(KithApp.render(s).rowText(1))
        }
        XCTAssertTrue(titles[0].contains("Organizations · by people"), titles[0])
        XCTAssertEqual(s.organizationRows.map(\.name).first, "Brightwater Logistics", "back to by name")
        XCTAssertTrue(titles[3].contains("Organizations · by name"), titles[3])
        let byPeople = try started().press(.char("s"))
        XCTAssertEqual(byPeople.organizationRows.map(\.name).first, "Fernwood Labs")
    }

    func testEnterListsItsPeopleBehindAChipThatEscClears() throws {
        let s = try started().press(.char("j"), .enter)
        let g = KithApp.render(s)
        XCTAssertTrue(g.rowText(1).contains("People · recent  org: Fernwood Labs ✕"), g.rowText(1))
        XCTAssertEqual(s.peoplePaths.count, 6)
        // Moving about keeps it; Esc clears it and says so.
        let moved = s.press(.char("j"), .char("j"))
        XCTAssertEqual(moved.peoplePaths.count, 6)
        let cleared = moved.press(.escape)
        XCTAssertEqual(cleared.peoplePaths.count, 15)
        XCTAssertFalse(KithApp.render(cleared).rowText(1).contains("✕"))
        XCTAssertTrue(KithApp.render(cleared).rowText(39).contains("filter cleared (org: Fernwood Labs)"))
    }

    func testAClickOnTheChipClearsIt() throws {
        let s = try started().press(.char("j"), .enter)
        let g = KithApp.render(s)
        let x = try XCTUnwrap(g.column(of: "org: Fernwood", row: 1))
        // A click on the list's title left of the chip does nothing.
        let before = KithApp.update(s, .mouse(MouseEvent(x: 3, y: 1, kind: .click))).0
        XCTAssertEqual(before.peoplePaths.count, 6)
        let clicked = KithApp.update(s, .mouse(MouseEvent(x: x + 2, y: 1, kind: .click))).0
        XCTAssertEqual(clicked.peoplePaths.count, 15)
    }
}
