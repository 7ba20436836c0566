import KithUI
import XCTest

@testable import KithTerminal

/// How palette colors become the terminal's color numbers, and glyphs curses can draw.
final class PaletteTests: XCTestCase {
    override func setUp() { Terminal.setUTF8Locale() }

    func testMappingTo256() {
        XCTAssertEqual(ColorMapping.number(for: .rgb(255, 0, 0), depth: .xterm256), 196)
        XCTAssertEqual(ColorMapping.number(for: .rgb(0x5f, 0xd7, 0xff), depth: .xterm256), 81)
        XCTAssertEqual(ColorMapping.number(for: .rgb(0x30, 0x30, 0x30), depth: .xterm256), 236)
        XCTAssertEqual(ColorMapping.number(for: .index(24), depth: .xterm256), 24)
        XCTAssertEqual(ColorMapping.number(for: .default, depth: .xterm256), -1)
        for i in 16...255 {
            let (r, g, b) = ColorMapping.rgb(ofIndex: UInt8(i))
            let back = ColorMapping.number(for: .rgb(r, g, b), depth: .xterm256)
            XCTAssertEqual(ColorMapping.rgb(ofIndex: UInt8(back)).0, r, "index \(i)")
        }
    }

    func testMappingToAnsiKeepsHue() {
        XCTAssertEqual(ColorMapping.number(for: .rgb(0x5f, 0xd7, 0xd7), depth: .ansi8), 6)
        XCTAssertEqual(ColorMapping.number(for: .rgb(0xff, 0x5f, 0x5f), depth: .ansi8), 1)
        XCTAssertEqual(ColorMapping.number(for: .rgb(0xff, 0x5f, 0x5f), depth: .ansi16), 9)
        XCTAssertEqual(ColorMapping.number(for: .rgb(0xd7, 0xaf, 0x5f), depth: .ansi16), 3)
        XCTAssertEqual(ColorMapping.number(for: .rgb(0x00, 0x00, 0x87), depth: .ansi16), 4)
        XCTAssertEqual(ColorMapping.number(for: .index(244), depth: .ansi16), 8)
        XCTAssertEqual(ColorMapping.number(for: .index(12), depth: .ansi8), 4)
        XCTAssertEqual(ColorMapping.number(for: .index(12), depth: .ansi16), 12)
        XCTAssertEqual(ColorMapping.number(for: .rgb(1, 2, 3), depth: .none), -1)
    }

    func testDirectColor() {
        XCTAssertEqual(ColorMapping.number(for: .rgb(0x12, 0x34, 0x56), depth: .direct), 0x123456)
        XCTAssertEqual(ColorMapping.number(for: .index(3), depth: .direct), 3)
        XCTAssertEqual(ColorMapping.number(for: .rgb(0, 0, 0), depth: .direct), 8)
        XCTAssertEqual(ColorDepth(colors: 0x100_0000), .direct)
        XCTAssertEqual(ColorDepth(colors: 256), .xterm256)
        XCTAssertEqual(ColorDepth(colors: 8), .ansi8)
        XCTAssertEqual(ColorDepth(colors: 0), .none)
    }

    func testGlyphStandIns() {
        XCTAssertEqual(Terminal.glyph("a", width: 1).first, [0x61])
        XCTAssertNil(Terminal.glyph("中", width: 2).second)
        // C says 1 cell, the grid says 2: base character plus a blank keeps the columns.
        let heart = Terminal.glyph("❤️", width: 2)
        XCTAssertEqual(heart.first, [0x2764])
        XCTAssertEqual(heart.second, [0x20])
        // A wide character in a one-cell slot becomes a replacement character.
        XCTAssertEqual(Terminal.glyph("中", width: 1).first, [0xFFFD])
        // A lone combining mark gets a base.
        XCTAssertEqual(Terminal.glyph("\u{301}", width: 1).first, [0x20, 0x301])
    }
}

extension PaletteTests {
    func testGraysStayVisibleOnAnsiTerminals() {
        XCTAssertEqual(ColorMapping.number(for: .index(240), depth: .ansi8), 7)
        XCTAssertEqual(ColorMapping.number(for: .index(240), depth: .ansi16), 8)
        XCTAssertEqual(ColorMapping.number(for: .index(233), depth: .ansi8), 0)
        XCTAssertTrue(ColorMapping.isMidGray(.index(240)))
        XCTAssertFalse(ColorMapping.isMidGray(.index(252)))
        XCTAssertFalse(ColorMapping.isMidGray(.rgb(0x5f, 0xd7, 0xd7)))
        XCTAssertEqual(ColorMapping.number(for: .rgb(0x87, 0xd7, 0x00), depth: .ansi8), 2)
    }
}
