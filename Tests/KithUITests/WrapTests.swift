import XCTest
import KithCore
@testable import KithUI

final class WrapTests: XCTestCase {
    func line(_ spans: [StyledSpan], indent: Int = 0, source: Int? = 7) -> StyledLine {
        StyledLine(spans, hangingIndent: indent, sourceLine: source)
    }

    func testWordWrapWithHangingIndentKeepsRolesAndSourceLine() {
        let l = line([StyledSpan("• ", .dim), StyledSpan("alpha beta ", .text), StyledSpan("gamma", .bold),
                      StyledSpan(" delta epsilon", .text)], indent: 2)
        let out = TextWrap.wrap([l], width: 12)
        XCTAssertEqual(out.map(\.text), ["• alpha beta", "  gamma", "  delta", "  epsilon"])
        XCTAssertEqual(out.map(\.isContinuation), [false, true, true, true])
        XCTAssertTrue(out.allSatisfy { $0.sourceLine == 7 })
        XCTAssertTrue(out[1].spans.contains(StyledSpan("gamma", .bold)))
    }

    func testShortLineUnchangedAndZeroWidthEmpty() {
        let l = line([StyledSpan("short", .text)])
        XCTAssertEqual(TextWrap.wrap([l], width: 10), [l])
        XCTAssertEqual(TextWrap.wrap([l], width: 0), [])
        XCTAssertEqual(TextWrap.wrap([l], width: -3), [])
        XCTAssertEqual(TextWrap.wrap([StyledLine()], width: 5), [StyledLine()])
    }

    func testLongWordIsBroken() {
        let out = TextWrap.wrap([line([StyledSpan("abcdefghijklmnop", .text)])], width: 5)
        XCTAssertEqual(out.map(\.text), ["abcde", "fghij", "klmno", "p"])
    }

    func testCJKWrapsAnywhereByDisplayWidth() {
        let out = TextWrap.wrap([line([StyledSpan("王小明是存储架构师", .text)])], width: 7)
        XCTAssertEqual(out.map(\.text), ["王小明", "是存储", "架构师"])
        XCTAssertTrue(out.allSatisfy { DisplayWidth.of($0.text) <= 7 })
    }

    func testEmojiAndFlagsNeverSplit() {
        let text = "ok 👩‍💻👩‍💻 🇯🇵🇯🇵 done"
        for width in 2...12 {
            let out = TextWrap.wrap([line([StyledSpan(text, .text)])], width: width)
            XCTAssertTrue(out.allSatisfy { DisplayWidth.of($0.text) <= width }, "width \(width)")
            XCTAssertEqual(out.map(\.text).joined().filter { !$0.isWhitespace }, text.filter { !$0.isWhitespace })
        }
        // One cell cannot hold a wide glyph: it shows as a one-cell stand-in, never overflowing.
        let one = TextWrap.wrap([line([StyledSpan("王", .text)])], width: 1)
        XCTAssertEqual(one.map(\.text), ["…"])
    }

    func testLinkSplitAcrossLinesIsOneSelectableItem() {
        let dest = LinkDestination(path: "T.md", raw: "T")
        let l = line([StyledSpan("2025-10-30", .date), StyledSpan("  ", .text),
                      StyledSpan("Intro between Jason and Dre", .link, link: dest), StyledSpan("  summary", .text)], indent: 12)
        let out = TextWrap.wrap([l], width: 30)
        XCTAssertEqual(out.map(\.text), ["2025-10-30  Intro between", "            Jason and Dre", "            summary"])
        XCTAssertEqual(out[0].links, [dest])
        XCTAssertEqual(out[1].links, [dest])
        let items = Document.selectableItems(wrapped: out)
        XCTAssertEqual(items.count, 1)
        XCTAssertEqual(items[0].destination, dest)
        XCTAssertEqual(items[0].ranges, [SelectableRange(line: 0, spans: 2..<3, columns: 12..<25),
                                         SelectableRange(line: 1, spans: 1..<2, columns: 12..<25)])
        XCTAssertEqual(items[0].firstLine, 0)
        XCTAssertEqual(items[0].lastLine, 1)
    }

    func testSameDestinationOnNextUnwrappedLineIsAnotherItem() {
        let dest = LinkDestination(path: "T.md", raw: "T")
        let lines = [line([StyledSpan("first", .link, link: dest)]), line([StyledSpan("second", .link, link: dest)])]
        XCTAssertEqual(Document.selectableItems(wrapped: TextWrap.wrap(lines, width: 40)).count, 2)
        // And two links on one line with text between them are two items.
        let two = line([StyledSpan("a", .link, link: dest), StyledSpan(" and ", .text), StyledSpan("b", .link, link: dest)])
        XCTAssertEqual(Document.selectableItems(wrapped: [two]).count, 2)
    }

    func testRuleIsCutNotWrapped() {
        let out = TextWrap.wrap([BlockRenderer.rule()], width: 10)
        XCTAssertEqual(out.map(\.text), [String(repeating: "─", count: 10)])
    }

    /// Property: for every width, no line is wider, nothing but spaces is lost, sourceLines
    /// stay, and selectable items keep their order and destinations.
    func testSeedCardAndReaderNeverExceedWidth() {
        let idx = DocVault.seedVault()
        let docs = [CardBuilder.card(for: "People/Deandre Jackson.md", in: idx, today: CalendarDate(year: 2025, month: 11, day: 25)!),
                    ReaderBuilder.document(for: "People/Deandre Jackson.md", in: idx),
                    ReaderBuilder.document(for: DocumentReaderTests.notePath, in: DocumentReaderTests.index())]
        for doc in docs {
            let unwrappedItems = doc.selectableItems.map(\.destination)
            // Frames (quote bars, callout borders) are drawn on every wrapped piece: leave them out.
            let frame = "─┼│╭╮╰╯"
            let content = doc.lines.map { $0.text.filter { !$0.isWhitespace && !frame.contains($0) } }.joined()
            for width in 1...130 {
                let out = TextWrap.wrap(doc.lines, width: width)
                for l in out { XCTAssertLessThanOrEqual(DisplayWidth.of(l.text), width, "width \(width): \(l.text)") }
                XCTAssertEqual(Set(out.compactMap(\.sourceLine)), Set(doc.lines.compactMap(\.sourceLine)))
                if width >= 2 {
                    let wrapped = out.map { $0.text.filter { !$0.isWhitespace && !frame.contains($0) } }.joined()
                    XCTAssertEqual(wrapped, content, "width \(width)")
                }
                if width >= 20 {
                    XCTAssertEqual(Document.selectableItems(wrapped: out).map(\.destination), unwrappedItems, "width \(width)")
                }
            }
        }
    }
}
