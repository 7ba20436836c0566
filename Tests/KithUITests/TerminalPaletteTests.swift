import XCTest

@testable import KithUI

/// Theme colors as files name them, and the compiled-in dark palette.
final class TerminalPaletteTests: XCTestCase {
    func testColorParsing() {
        XCTAssertEqual(TerminalColor(parsing: "default"), .default)
        XCTAssertEqual(TerminalColor(parsing: "42"), .index(42))
        XCTAssertEqual(TerminalColor(parsing: "#5fd7ff"), .rgb(0x5f, 0xd7, 0xff))
        XCTAssertEqual(TerminalColor(parsing: "#FFF"), .rgb(255, 255, 255))
        XCTAssertEqual(TerminalColor(parsing: "bright-red"), .index(9))
        XCTAssertEqual(TerminalColor(parsing: "cyan"), .index(6))
        XCTAssertEqual(TerminalColor(parsing: "gray"), .index(8))
        XCTAssertNil(TerminalColor(parsing: "256"))
        XCTAssertNil(TerminalColor(parsing: "#12345"))
        XCTAssertNil(TerminalColor(parsing: "chartreuse"))
        XCTAssertEqual(TerminalColor.rgb(0x05, 0xd7, 0xff).description, "#05d7ff")
    }

    func testDarkPaletteCoversEveryRoleAndBand() {
        let p = TerminalPalette.dark
        for role in Role.allCases { XCTAssertNotNil(p.roles[role], "\(role)") }
        for band in Band.allCases { XCTAssertNotNil(p.bands[band], "\(band)") }
        let empty = TerminalPalette(roles: [:], bands: [:])
        XCTAssertEqual(empty.style(for: .link), RoleStyle())
        XCTAssertEqual(empty.background(for: .selection), .default)
    }
}
