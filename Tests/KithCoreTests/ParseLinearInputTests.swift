import XCTest
@testable import KithCore

/// Hostile inputs that a quadratic scan or a recursive descent would choke on. These assert
/// results; the scans being linear is what lets them finish at all within the test run.
final class ParseLinearInputTests: XCTestCase {
    func testOneMegabyteLine() {
        let text = String(repeating: "word ", count: 200_000) + "[[End]] #last"
        let note = parseNote(text)
        XCTAssertEqual(note.lineCount, 1)
        XCTAssertEqual(note.links.map(\.target), ["End"])
        XCTAssertEqual(note.inlineTags, ["last"])
    }

    func testThousandsOfUnclosedWikilinks() {
        let text = String(repeating: "[[a ", count: 50_000) + "[[Real]]"
        XCTAssertEqual(parseNote(text).links.map(\.target), ["Real"])
        XCTAssertEqual(parseNote(String(repeating: "[[", count: 100_000)).links, [])
        XCTAssertEqual(parseNote(String(repeating: "]]", count: 100_000) + "[[x]]").links.map(\.target), ["x"])
    }

    func testThousandsOfUnbalancedBackticks() {
        var text = ""
        for n in 1...400 { text += String(repeating: "`", count: n) + " [[L\(n)]] " }
        // Every run has a distinct length: no code spans, so every link counts.
        XCTAssertEqual(parseNote(text).links.count, 400)
        let singles = String(repeating: "` [[x]] ", count: 30_001)
        // Pairs form spans that hide every other link; the last backtick is literal.
        XCTAssertEqual(parseNote(singles).links.count, 15_001)
    }

    func testThousandsOfUnbalancedBrackets() {
        XCTAssertEqual(parseNote(String(repeating: "[", count: 200_000) + "[t](a.md)").links.map(\.target), ["a.md"])
        XCTAssertEqual(parseNote(String(repeating: "[a](", count: 100_000)).links, [])
        let nested = String(repeating: "[a](b", count: 20_000) + " x" + String(repeating: ")", count: 20_000)
        XCTAssertEqual(parseNote(nested).links, [])
        XCTAssertEqual(parseNote(String(repeating: "[a](<b ", count: 50_000)).links, [])
    }

    func testManyUnclosedComments() {
        let html = String(repeating: "x <!-- ", count: 50_000) + "[[Shown]]"
        XCTAssertEqual(parseNote(html).links.map(\.target), ["Shown"])
        let lines = (0..<20_000).map { "line <!-- \($0)" }.joined(separator: "\n") + "\n[[Last]]"
        XCTAssertEqual(parseNote(lines).links.map(\.target), ["Last"])
    }

    func testUnclosedFenceOverManyLines() {
        let text = "[[Before]]\n```\n" + String(repeating: "[[in]] #tag\n", count: 100_000)
        let note = parseNote(text)
        XCTAssertEqual(note.links.map(\.target), ["Before"])
        XCTAssertEqual(note.inlineTags, [])
    }

    func testManyHeadingsAndBullets() {
        var text = ""
        for i in 0..<20_000 { text += "## H\(i)\n- item \(i)\n" }
        let note = parseNote(text)
        XCTAssertEqual(note.sections.count, 20_000)
        XCTAssertEqual(note.bullets.count, 20_000)
        XCTAssertEqual(note.sections.last?.endLine, 40_000)
        XCTAssertEqual(note.sections[0].text, "- item 0")
    }

    func testDeepYAMLNestingDoesNotOverflow() {
        let deep = String(repeating: "{a: ", count: 5_000) + "x" + String(repeating: "}", count: 5_000)
        let note = parseNote("---\nk: \(deep)\n---\n[[Body]]")
        XCTAssertNotNil(note.frontmatter.error)
        XCTAssertEqual(note.links.map(\.target), ["Body"])
    }
}
