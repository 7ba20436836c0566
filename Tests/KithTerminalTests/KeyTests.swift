import CNcursesw
import KithUI
import XCTest

@testable import KithTerminal

final class KeyTests: XCTestCase {
    func testControlCodes() {
        XCTAssertEqual(Key(controlCode: 4), .ctrl("d"))
        XCTAssertEqual(Key(controlCode: 1), .ctrl("a"))
        XCTAssertEqual(Key(controlCode: 26), .ctrl("z"))
        XCTAssertEqual(Key(controlCode: 9), .tab)
        XCTAssertEqual(Key(controlCode: 13), .enter)
        XCTAssertEqual(Key(controlCode: 10), .enter)
        XCTAssertEqual(Key(controlCode: 127), .backspace)
        XCTAssertEqual(Key(controlCode: 8), .backspace)
        XCTAssertEqual(Key(controlCode: 27), .escape)
        XCTAssertEqual(Key(controlCode: 0), .ctrl(" "))
        XCTAssertEqual(Key(controlCode: 31), .ctrl("_"))
        XCTAssertEqual(Key(controlCode: 0x61), .char("a"))
        XCTAssertEqual(Key(controlCode: 0xE9), .char("é"))
        XCTAssertEqual(Key(controlCode: 0x4E2D), .char("中"))
        XCTAssertEqual(Key(controlCode: 0x1F600), .char("😀"))
    }

    func testCursesKeyCodes() {
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_UP, name: nil), .up)
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_DOWN, name: nil), .down)
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_LEFT, name: nil), .left)
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_RIGHT, name: nil), .right)
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_HOME, name: nil), .home)
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_END, name: nil), .end)
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_PPAGE, name: nil), .pageUp)
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_NPAGE, name: nil), .pageDown)
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_ENTER, name: nil), .enter)
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_BACKSPACE, name: nil), .backspace)
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_BTAB, name: nil), .backTab)
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_DC, name: nil), .delete)
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_IC, name: nil), .insert)
        XCTAssertEqual(KeyDecoding.key(keyCode: kith_key_f(1), name: nil), .f(1))
        XCTAssertEqual(KeyDecoding.key(keyCode: kith_key_f(12), name: nil), .f(12))
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_SLEFT, name: nil), .left)
        XCTAssertNil(KeyDecoding.key(keyCode: KEY_MAX + 5, name: "kFOO3"))
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_MAX + 5, name: "kUP3"), .alt(.up))
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_MAX + 5, name: "kLFT5"), .left)
        XCTAssertEqual(KeyDecoding.key(keyCode: KEY_MAX + 5, name: "kNXT3"), .alt(.pageDown))
    }

    func testMouseStates() {
        XCTAssertEqual(KeyDecoding.mouse(bstate: kith_button1_clicked(), x: 3, y: 4), MouseEvent(x: 3, y: 4, kind: .click))
        XCTAssertEqual(KeyDecoding.mouse(bstate: kith_button1_double_clicked(), x: 0, y: 0)?.kind, .doubleClick)
        XCTAssertEqual(KeyDecoding.mouse(bstate: kith_button1_pressed(), x: 0, y: 0)?.kind, .press)
        XCTAssertEqual(KeyDecoding.mouse(bstate: kith_button1_released(), x: 0, y: 0)?.kind, .release)
        XCTAssertEqual(KeyDecoding.mouse(bstate: kith_button4_pressed(), x: 0, y: 0)?.kind, .wheelUp)
        XCTAssertEqual(KeyDecoding.mouse(bstate: kith_button5_pressed(), x: 0, y: 0)?.kind, .wheelDown)
        XCTAssertNil(KeyDecoding.mouse(bstate: 0, x: 0, y: 0))
    }

    func testNames() {
        let cases: [(Key, String)] = [
            (.char("a"), "a"), (.char("G"), "G"), (.char(" "), "Space"), (.ctrl("d"), "C-d"),
            (.enter, "Enter"), (.backTab, "S-Tab"), (.escape, "Esc"), (.alt(.char("x")), "M-x"),
            (.alt(.enter), "M-Enter"), (.pageDown, "PgDn"), (.f(5), "F5"), (.ctrl(" "), "C-Space"),
            (.char("é"), "é"), (.up, "Up"), (.delete, "Del"), (.backspace, "Backspace"),
        ]
        for (key, name) in cases {
            XCTAssertEqual(key.name, name)
            XCTAssertEqual(Key(name: name), key, "round trip of \(name)")
        }
    }

    func testParsingAliases() {
        XCTAssertEqual(Key(name: "Ctrl-D"), .ctrl("d"))
        XCTAssertEqual(Key(name: "^d"), .ctrl("d"))
        XCTAssertEqual(Key(name: "C-i"), .tab)
        XCTAssertEqual(Key(name: "C-m"), .enter)
        XCTAssertEqual(Key(name: "Alt-x"), .alt(.char("x")))
        XCTAssertEqual(Key(name: "return"), .enter)
        XCTAssertEqual(Key(name: "PageUp"), .pageUp)
        XCTAssertEqual(Key(name: "shift-tab"), .backTab)
        XCTAssertEqual(Key(name: "f12"), .f(12))
        XCTAssertEqual(Key(name: "?"), .char("?"))
        XCTAssertEqual(Key(name: "^"), .char("^"))
        XCTAssertNil(Key(name: ""))
        XCTAssertNil(Key(name: "C-"))
        XCTAssertNil(Key(name: "Hyper-x"))
        XCTAssertNil(Key(name: "F99"))
    }
}
