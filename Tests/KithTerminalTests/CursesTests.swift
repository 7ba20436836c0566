import Foundation
import CNcursesw
import Glibc
import KithUI
import XCTest

@testable import KithTerminal

/// Everything that starts curses, in one XCTestCase (curses has one current screen; XCTest runs
/// a case's tests one after another). Terminals write to /dev/null; cells are read back from
/// curses' own screen with `mvwin_wch`/`getcchar`.
final class CursesTests: XCTestCase {
    private var files: [UnsafeMutablePointer<FILE>] = []

    override func tearDown() {
        for f in files { fclose(f) }
        files = []
    }

    private func makeTerminal(_ term: String = "xterm-256color", options: Terminal.Options = .init(),
                              input: UnsafeMutablePointer<FILE>? = nil) throws -> Terminal {
        let i = try XCTUnwrap(input ?? fopen("/dev/null", "r"))
        let o = try XCTUnwrap(fopen("/dev/null", "w"))
        files += input == nil ? [i, o] : [o]
        return Terminal(term: term, input: i, output: o, options: options)
    }

    private struct ReadCell {
        var text: String
        var attrs: attr_t
        var pair: Int32
    }

    private func cell(_ x: Int, _ y: Int) -> ReadCell {
        var cc = cchar_t()
        _ = mvwin_wch(kith_stdscr(), Int32(y), Int32(x), &cc)
        var wch = [wchar_t](repeating: 0, count: 8)
        var attrs: attr_t = 0
        var pair: Int32 = 0
        _ = kith_getcchar(&cc, &wch, &attrs, &pair)
        let scalars = wch.prefix { $0 != 0 }.compactMap { UnicodeScalar(UInt32(bitPattern: $0)) }
        var s = ""
        s.unicodeScalars.append(contentsOf: scalars)
        return ReadCell(text: s, attrs: attrs & kith_a_attributes() & ~kith_a_color(), pair: pair)
    }

    private func row(_ y: Int, width: Int) -> String {
        var s = ""
        var x = 0
        while x < width {
            let c = cell(x, y)
            s += c.text
            x += max(1, DisplayWidth.of(c.text))
        }
        return s
    }

    private func colors(ofPair pair: Int32) -> (fg: Int32, bg: Int32) {
        var fg: Int32 = 0, bg: Int32 = 0
        extended_pair_content(pair, &fg, &bg)
        return (fg, bg)
    }

    // MARK: Start

    func testStartsOnNamedTerminalAndReportsSize() throws {
        let t = try makeTerminal(options: .init(noColor: false))
        try t.start()
        defer { t.stop() }
        XCTAssertTrue(t.isStarted)
        XCTAssertGreaterThan(t.size.cols, 0)
        XCTAssertGreaterThan(t.size.rows, 0)
        XCTAssertEqual(t.colorDepth, .xterm256)
        XCTAssertThrowsError(try t.start()) { XCTAssertEqual($0 as? Terminal.StartError, .alreadyStarted) }
    }

    func testUnknownTerminalIsAClearError() throws {
        let t = try makeTerminal("no-such-terminal-kith")
        XCTAssertThrowsError(try t.start()) { error in
            XCTAssertEqual(error as? Terminal.StartError, .unknownTerminal("no-such-terminal-kith"))
            XCTAssertTrue("\(error)".contains("unknown terminal type 'no-such-terminal-kith'"))
            XCTAssertFalse("\(error)".contains("\n"))
        }
        XCTAssertFalse(t.isStarted)
    }

    func testDumbTerminalIsRefused() throws {
        let t = try makeTerminal("dumb")
        XCTAssertThrowsError(try t.start()) {
            XCTAssertEqual($0 as? Terminal.StartError, .unsupportedTerminal("dumb"))
        }
        // A good terminal still starts afterwards.
        let u = try makeTerminal()
        try u.start()
        u.stop()
    }

    // MARK: Drawing

    func testDrawPutsCharactersInTheirCells() throws {
        let t = try makeTerminal()
        try t.start()
        defer { t.stop() }
        var g = CellGrid(width: 20, height: 4)
        g.put("abc", x: 0, y: 0)
        g.put("café é", x: 0, y: 1)  // precomposed é, then e + combining acute
        g.put("中文x", x: 2, y: 2)
        g.put("a😀b", x: 0, y: 3)
        t.draw(g)
        XCTAssertEqual(cell(0, 0).text, "a")
        XCTAssertEqual(cell(2, 0).text, "c")
        XCTAssertEqual(cell(3, 1).text, "é")
        XCTAssertEqual(cell(5, 1).text, "e\u{301}")
        XCTAssertEqual(cell(2, 2).text, "中")
        XCTAssertEqual(cell(4, 2).text, "文")
        XCTAssertEqual(cell(6, 2).text, "x")
        XCTAssertEqual(cell(1, 3).text, "😀")
        XCTAssertEqual(cell(3, 3).text, "b")
        for y in 0..<4 {
            XCTAssertEqual(row(y, width: 20), g.rowText(y), "row \(y)")
        }
    }

    func testDiffDrawTouchesOnlyChangedCellsAndEqualsAFullDraw() throws {
        var a = CellGrid(width: 12, height: 3)
        a.put("hello world", x: 0, y: 0)
        a.put("中文中文", x: 0, y: 1)
        a.put("keep", x: 0, y: 2)
        var b = a
        b.put("HELLO", x: 0, y: 0)
        b.put("x中文", x: 0, y: 1)  // shifts wide characters by one cell
        b[11, 2] = Cell("!", style: CellStyle(.match, band: .selection))

        let t = try makeTerminal()
        try t.start()
        t.draw(a)
        // A mark in an unchanged cell survives the next frame: unchanged cells are not drawn.
        var cc = cchar_t()
        _ = kith_setcchar(&cc, [0x23, 0], 0, 0)
        _ = mvwadd_wch(kith_stdscr(), 2, 5, &cc)
        t.draw(b)
        XCTAssertEqual(cell(5, 2).text, "#")
        var blank = cchar_t()
        _ = kith_setcchar(&blank, [0x20, 0], 0, 0)
        _ = mvwadd_wch(kith_stdscr(), 2, 5, &blank)  // undo the mark before comparing
        let diffed = (0..<3).map { row($0, width: 12) }
        let diffedMatch = cell(11, 2)
        t.stop()

        let u = try makeTerminal()
        try u.start()
        defer { u.stop() }
        u.draw(b)
        XCTAssertEqual(diffed, (0..<3).map { row($0, width: 12) })
        // Cell 5 of row 1 is a stray "" (the old 中's right half): drawn blank.
        XCTAssertEqual(diffed, ["HELLO world ", "x中文 文    ", "keep       !"])
        XCTAssertEqual(diffedMatch.pair, cell(11, 2).pair)
        XCTAssertEqual(diffedMatch.attrs, cell(11, 2).attrs)
    }
}

extension CursesTests {
    // MARK: Styles

    func testRoleColorsAndAttributesAreApplied() throws {
        var palette = TerminalPalette.dark
        palette.roles[.link] = RoleStyle(.index(45), [.underline])
        palette.roles[.match] = RoleStyle(.rgb(0xff, 0x00, 0xff), [.bold])
        palette.bands[.selection] = .index(24)
        let t = try makeTerminal(options: .init(palette: palette, noColor: false))
        try t.start()
        defer { t.stop() }
        var g = CellGrid(width: 10, height: 2)
        g.put("ab", x: 0, y: 0, style: CellStyle(.link))
        g.put("m", x: 3, y: 0, style: CellStyle(.match, band: .selection))
        g.put("t", x: 0, y: 1)
        t.draw(g)
        let link = cell(0, 0)
        XCTAssertEqual(colors(ofPair: link.pair).fg, 45)
        XCTAssertEqual(colors(ofPair: link.pair).bg, -1)
        XCTAssertNotEqual(link.attrs & kith_a_underline(), 0)
        XCTAssertEqual(link.attrs & kith_a_bold(), 0)
        let match = cell(3, 0)
        XCTAssertEqual(colors(ofPair: match.pair).fg, 201)  // #ff00ff in the 256-color cube
        XCTAssertEqual(colors(ofPair: match.pair).bg, 24)
        XCTAssertNotEqual(match.attrs & kith_a_bold(), 0)
        XCTAssertEqual(cell(1, 0).pair, link.pair, "one pair per (fg, bg)")
        XCTAssertEqual(cell(0, 1).pair, 0, "plain text uses the default pair")
        XCTAssertEqual(cell(0, 1).attrs, 0)
    }

    func testNoColorUsesAttributesOnlyAndReverseSelection() throws {
        let t = try makeTerminal(options: .init(noColor: true))
        try t.start()
        defer { t.stop() }
        XCTAssertEqual(t.colorDepth, .none)
        var g = CellGrid(width: 10, height: 2)
        g.put("link", x: 0, y: 0, style: CellStyle(.link))
        g.put("sel", x: 0, y: 1, style: CellStyle(.heading, band: .selection))
        t.draw(g)
        XCTAssertEqual(cell(0, 0).pair, 0)
        XCTAssertEqual(cell(0, 1).pair, 0)
        XCTAssertNotEqual(cell(0, 1).attrs & kith_a_reverse(), 0)
        XCTAssertNotEqual(cell(0, 1).attrs & kith_a_bold(), 0, "the role's attributes stay")
    }

    func testEightColorTerminalDegrades() throws {
        let t = try makeTerminal("screen", options: .init(noColor: false))
        try t.start()
        defer { t.stop() }
        XCTAssertEqual(t.colorDepth, .ansi8)
        var g = CellGrid(width: 40, height: 2)
        g.put("link", x: 0, y: 0, style: CellStyle(.link))  // #5fd7d7 → cyan
        g.put("err", x: 5, y: 0, style: CellStyle(.error))  // #ff5f5f → red
        g.put("sel", x: 0, y: 1, style: CellStyle(.text, band: .selection))
        // More styles than TERM=screen's 64 pairs would allow with every band.
        var x = 10
        for role in Role.allCases {
            for band in Band.allCases where x < 40 {
                g[x, 0] = Cell("r", style: CellStyle(role, band: band))
                x += 1
            }
        }
        t.draw(g)
        XCTAssertEqual(colors(ofPair: cell(0, 0).pair).fg, 6)
        XCTAssertEqual(colors(ofPair: cell(5, 0).pair).fg, 1)
        XCTAssertNotEqual(cell(0, 1).attrs & kith_a_reverse(), 0, "a themed dark band becomes reverse")
        XCTAssertLessThan(t.nextPair, kith_color_pairs())
    }

    func testCursorIsShownWhereTheGridAsks() throws {
        let t = try makeTerminal()
        try t.start()
        defer { t.stop() }
        var g = CellGrid(width: 10, height: 3)
        g.cursor = (4, 2)
        t.draw(g)
        var y: Int32 = 0, x: Int32 = 0
        kith_getyx(kith_stdscr(), &y, &x)
        XCTAssertEqual([x, y], [4, 2])
        XCTAssertEqual(t.cursorShown, true)
        g.cursor = nil
        t.draw(g)
        XCTAssertEqual(t.cursorShown, false)
    }

    // MARK: Input

    /// A terminal whose input is `bytes`, through a pipe.
    private func terminalReading(_ bytes: String) throws -> Terminal {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        let data = Array(bytes.utf8)
        _ = data.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        close(fds[1])
        let input = try XCTUnwrap(fdopen(fds[0], "r"))
        files.append(input)
        return try makeTerminal(input: input)
    }

    func testDecodesKeysFromInput() throws {
        let t = try terminalReading("a\u{4}é中\u{1B}x\u{1B}OA\r\t\u{7F}\u{1B}[Z\u{1B}")
        try t.start()
        defer { t.stop() }
        var keys: [Key] = []
        while let e = t.readEvent(timeoutMs: 200) {
            if case .key(let k) = e { keys.append(k) }
        }
        XCTAssertEqual(keys, [.char("a"), .ctrl("d"), .char("é"), .char("中"), .alt(.char("x")), .up,
                              .enter, .tab, .backspace, .backTab, .escape])
    }

    func testCopyWritesOSC52ToTheTerminalAndNotToTheLinuxConsole() throws {
        let path = NSTemporaryDirectory() + "kith-osc52-\(getpid()).out"
        defer { unlink(path) }
        let i = try XCTUnwrap(fopen("/dev/null", "r")), o = try XCTUnwrap(fopen(path, "w"))
        files += [i, o]
        let t = Terminal(term: "xterm-256color", input: i, output: o)
        XCTAssertEqual(t.copyToClipboard("x"), .unsupported("the terminal is not started"))
        try t.start()
        t.draw(CellGrid(width: 10, height: 2))
        XCTAssertEqual(t.copyToClipboard("[[Zoë Ñúñez]]"), .sent)
        t.stop()
        fflush(o)
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        let osc = Data("\u{1B}]52;c;".utf8) + Data("[[Zoë Ñúñez]]".utf8).base64EncodedData() + Data([0x07])
        XCTAssertNotNil(written.range(of: osc), "the OSC 52 sequence, base64 of the UTF-8 text, ended by BEL")

        let j = try XCTUnwrap(fopen("/dev/null", "r")), p = try XCTUnwrap(fopen("/dev/null", "w"))
        files += [j, p]
        let console = Terminal(term: "linux", input: j, output: p)
        try console.start()
        guard case .unsupported(let why) = console.copyToClipboard("x") else { return XCTFail("sent to the Linux console") }
        XCTAssertTrue(why.contains("Linux console"), why)
        console.stop()
    }
}
