import XCTest
@testable import KithCore

final class SearchFoldingTests: XCTestCase {
    func testFoldsCaseAndAccents() {
        XCTAssertEqual(TextFolding.fold("Zoë Ñúñez"), "zoe nunez")
        XCTAssertEqual(TextFolding.fold("José"), "jose")
        XCTAssertEqual(TextFolding.fold("Øystein"), "oystein")
        XCTAssertEqual(TextFolding.fold("Straße"), "strasse")
        XCTAssertEqual(TextFolding.fold("Ærø"), "aero")
        XCTAssertEqual(TextFolding.fold("Łukasz"), "lukasz")
        XCTAssertEqual(TextFolding.fold("Ｋｉｔｈ１２"), "kith12")
        XCTAssertEqual(TextFolding.fold("東京タワー"), "東京タワー")
        XCTAssertEqual(TextFolding.fold("plain ASCII"), "plain ascii")
    }

    func testDecomposedAccentsAreDropped() {
        XCTAssertEqual(TextFolding.fold("Jose\u{301}"), "jose")
    }

    func testKeepingCase() {
        XCTAssertEqual(TextFolding.fold("Zoë Ñúñez", keepingCase: true), "Zoe Nunez")
    }

    func testMappingPointsAtOriginalCharacters() {
        let folded = TextFolding.foldWithMapping("Straße!")
        XCTAssertEqual(folded.text, "strasse!")
        XCTAssertEqual(folded.characterIndices, [0, 1, 2, 3, 4, 4, 5, 6])
        let decomposed = TextFolding.foldWithMapping("e\u{301}a")
        XCTAssertEqual(decomposed.text, "ea")
        XCTAssertEqual(decomposed.characterIndices, [0, 1])
    }

    func testStripAccentIsOneToOne() {
        XCTAssertEqual(TextFolding.stripAccent("É"), "E")
        XCTAssertEqual(TextFolding.stripAccent("ß"), "s")
        XCTAssertEqual(TextFolding.stripAccent("ø"), "o")
        XCTAssertEqual(TextFolding.stripAccent("東"), "東")
    }
}
