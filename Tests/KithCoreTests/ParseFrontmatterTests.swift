import XCTest
@testable import KithCore

final class ParseFrontmatterTests: XCTestCase {
    private func front(_ text: String) -> Frontmatter { parseNote(text).frontmatter }

    func testSeedFrontmatter() {
        let f = front(SeedNote.text)
        XCTAssertNil(f.error)
        XCTAssertEqual(f.bodyStartLine, 10)
        XCTAssertEqual(f.properties["type"], .scalar("people"))
        XCTAssertEqual(f.properties["title"], .scalar("Deandre Jackson"))
        XCTAssertEqual(f.properties["last_contact"]?.date, CalendarDate(year: 2025, month: 10, day: 30))
        XCTAssertEqual(f.properties["tags"], .list([.scalar("type/people"), .scalar("generated")]))
        XCTAssertEqual(f.properties.count, 5)
    }

    func testBareAndQuotedDatesStayText() {
        let f = front("---\na: 2025-10-30\nb: '2025-10-30'\nc: \"2025-10-30\"\n---\n")
        XCTAssertEqual(f.properties["a"], .scalar("2025-10-30"))
        XCTAssertEqual(f.properties["b"], .scalar("2025-10-30"))
        XCTAssertEqual(f.properties["c"], .scalar("2025-10-30"))
        XCTAssertEqual(f.properties["a"]?.date, CalendarDate(year: 2025, month: 10, day: 30))
    }

    func testScalarsAreNotTypeResolved() {
        let f = front("---\nb: true\nn: 12\nf: 1.5e3\nx: 0x1F\nempty:\ntilde: ~\nnull1: null\nq: ''\nqnull: 'null'\n---\n")
        XCTAssertEqual(f.properties["b"], .scalar("true"))
        XCTAssertEqual(f.properties["n"], .scalar("12"))
        XCTAssertEqual(f.properties["f"], .scalar("1.5e3"))
        XCTAssertEqual(f.properties["x"], .scalar("0x1F"))
        XCTAssertEqual(f.properties["empty"], .null)
        XCTAssertEqual(f.properties["tilde"], .null)
        XCTAssertEqual(f.properties["null1"], .null)
        XCTAssertEqual(f.properties["q"], .scalar(""))
        XCTAssertEqual(f.properties["qnull"], .scalar("null"), "a quoted null is text")
    }

    func testTagsForms() {
        XCTAssertEqual(front("---\ntags: project\n---").properties["tags"]?.strings, ["project"])
        XCTAssertEqual(front("---\ntags: [a, b/c]\n---").properties["tags"]?.strings, ["a", "b/c"])
        XCTAssertEqual(front("---\ntags:\n  - a\n  - '#b'\n---").properties["tags"]?.strings, ["a", "#b"])
        XCTAssertEqual(front("---\ntags: ['#x', \"#y\"]\n---").properties["tags"]?.strings, ["#x", "#y"])
        XCTAssertEqual(front("---\naliases: [Dre]\n---").properties["aliases"]?.strings, ["Dre"])
    }

    func testKeysAsWrittenAndCaseInsensitiveLookup() {
        let f = front("---\nTags: a\nProject Name: Big one\n---")
        XCTAssertEqual(f.properties["Tags"], .scalar("a"))
        XCTAssertEqual(f["tags"], .scalar("a"))
        XCTAssertEqual(f.properties["Project Name"], .scalar("Big one"))
    }

    func testNestedValues() {
        let f = front("---\nmeta:\n  owner: Ann\n  ids: [1, 2]\nlist:\n  - a\n  - [b, c]\n  - k: v\n---")
        XCTAssertEqual(f.properties["meta"], .map(["owner": .scalar("Ann"), "ids": .list([.scalar("1"), .scalar("2")])]))
        XCTAssertEqual(f.properties["list"], .list([.scalar("a"), .list([.scalar("b"), .scalar("c")]),
                                                   .map(["k": .scalar("v")])]))
    }

    func testBlockScalarsAndComments() {
        let f = front("---\n# a comment\nabout: |\n  line one\n  line two\nfold: >\n  a\n  b\nx: y # trailing\n---")
        XCTAssertNil(f.error)
        XCTAssertEqual(f.properties["about"], .scalar("line one\nline two\n"))
        XCTAssertEqual(f.properties["fold"], .scalar("a b\n"))
        XCTAssertEqual(f.properties["x"], .scalar("y"))
    }

    func testBOMAndCRLF() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: X\r\ntags:\r\n- a\r\n---\r\n# H\r\n[[L]]\r\n".utf8)
        let note = NoteParser.parse(path: "n.md", bytes: bytes)
        XCTAssertNil(note.frontmatter.error)
        XCTAssertEqual(note.frontmatter.properties["title"], .scalar("X"))
        XCTAssertEqual(note.frontmatter.properties["tags"], .list([.scalar("a")]))
        XCTAssertEqual(note.frontmatter.bodyStartLine, 6)
        XCTAssertEqual(note.sections.map(\.title), ["H"])
        XCTAssertEqual(note.links.map(\.line), [7])
        XCTAssertFalse(note.text.hasPrefix("\u{FEFF}"))
        XCTAssertFalse(note.hadInvalidUTF8)
        XCTAssertEqual(note.line(2), "title: X")
    }

    func testDelimiterVariants() {
        XCTAssertEqual(front("--- \ntitle: X\n---  \nbody").properties["title"], .scalar("X"))
        let dots = front("---\ntitle: X\n...\nbody")
        XCTAssertEqual(dots.properties["title"], .scalar("X"))
        XCTAssertEqual(dots.bodyStartLine, 4)
        // Only the very first line opens frontmatter.
        let late = front("\n---\ntitle: X\n---\n")
        XCTAssertTrue(late.properties.isEmpty)
        XCTAssertNil(late.error)
        XCTAssertEqual(late.bodyStartLine, 1)
        XCTAssertTrue(front("----\ntitle: X\n----\n").properties.isEmpty)
    }

    func testEmptyBlock() {
        let f = front("---\n---\n[[A]]")
        XCTAssertTrue(f.properties.isEmpty)
        XCTAssertNil(f.error)
        XCTAssertEqual(f.bodyStartLine, 3)
        XCTAssertNil(front("---\n\n# only a comment\n---\n").error)
    }

    func testInvalidYAMLKeepsBodyAndReportsLine() {
        let note = parseNote("---\ntitle: ok\nkey: value: other\nmore: x\n---\nBody [[Link]]\n")
        XCTAssertTrue(note.frontmatter.properties.isEmpty)
        XCTAssertEqual(note.frontmatter.error?.line, 3)
        XCTAssertTrue(note.frontmatter.error?.message.contains("mapping values") ?? false)
        XCTAssertFalse(note.frontmatter.error?.message.contains("\n") ?? true)
        XCTAssertEqual(note.frontmatter.bodyStartLine, 6)
        XCTAssertEqual(note.links.map(\.target), ["Link"])

        let unclosedFlow = parseNote("---\na: 1\nb: [x, y\n---\n[[L]]")
        XCTAssertNotNil(unclosedFlow.frontmatter.error)
        XCTAssert((2...4).contains(unclosedFlow.frontmatter.error?.line ?? 0))
        XCTAssertEqual(unclosedFlow.links.count, 1)
    }

    func testDuplicateKeysAreAnError() {
        let f = front("---\na: 1\nb: 2\na: 3\n---")
        XCTAssertTrue(f.properties.isEmpty)
        XCTAssertNotNil(f.error)
        XCTAssertTrue(f.error?.message.contains("a") ?? false)
    }

    func testTopLevelMustBeAMapping() {
        let list = front("---\n- a\n- b\n---\n")
        XCTAssertTrue(list.properties.isEmpty)
        XCTAssertEqual(list.error?.line, 2)
        XCTAssertTrue(list.error?.message.contains("mapping") ?? false)
        XCTAssertEqual(front("---\n\njust text\n---\n").error?.line, 3)
    }

    func testNeverClosed() {
        let note = parseNote("---\ntitle: X\n\n# Heading\n[[A]]")
        XCTAssertEqual(note.frontmatter.error, FrontmatterError(line: 1, message: "frontmatter is never closed"))
        XCTAssertTrue(note.frontmatter.properties.isEmpty)
        XCTAssertEqual(note.frontmatter.bodyStartLine, 1)
        XCTAssertEqual(note.links.map(\.line), [5])
        XCTAssertEqual(note.sections.map(\.title), ["Heading"])
    }

    func testAnchorsAndAliasesWork() {
        let f = front("---\nbase: &b hello\ncopy: *b\nlist: &l [x, y]\nagain: *l\n---")
        XCTAssertNil(f.error)
        XCTAssertEqual(f.properties["copy"], .scalar("hello"))
        XCTAssertEqual(f.properties["again"], .list([.scalar("x"), .scalar("y")]))
    }

    func testAliasBombIsRefused() {
        var yaml = "---\na0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            let items = Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ")
            yaml += "a\(i): &a\(i) [\(items)]\n"
        }
        yaml += "---\n[[Body]]\n"
        let note = parseNote(yaml)
        XCTAssertTrue(note.frontmatter.properties.isEmpty)
        XCTAssertTrue(note.frontmatter.error?.message.contains("alias") ?? false)
        XCTAssertEqual(note.links.map(\.target), ["Body"])
    }

    func testAliasAsKeyWithAliasesIsRefused() {
        let f = front("---\na: &a [x, y]\n*a : 1\n---")
        XCTAssertTrue(f.properties.isEmpty)
        XCTAssertEqual(f.error?.line, 3)
    }

    func testManyAliasesAreRefused() {
        var yaml = "---\nv: &v x\nl:\n"
        for _ in 0..<150 { yaml += "  - *v\n" }
        yaml += "---\n"
        XCTAssertTrue(front(yaml).error?.message.contains("aliases") ?? false)
    }

    func testDeepFlowNestingIsRefused() {
        let deep = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        let f = front("---\nok: 1\na: \(deep)\n---\n")
        XCTAssertTrue(f.properties.isEmpty)
        XCTAssertEqual(f.error?.line, 3)
        XCTAssertTrue(f.error?.message.contains("deeper") ?? false)
    }

    func testDeepBlockNestingIsRefused() {
        var yaml = "---\n"
        for depth in 0..<1_000 { yaml += String(repeating: " ", count: depth) + "k\(depth):\n" }
        yaml += "---\n"
        XCTAssertTrue(front(yaml).error?.message.contains("deeper") ?? false)
        let dashes = front("---\na:\n" + String(repeating: "- ", count: 5_000) + "x\n---\n")
        XCTAssertTrue(dashes.error?.message.contains("deeper") ?? false)
    }

    func testModerateNestingIsFine() {
        let nest = String(repeating: "[", count: 50) + "x" + String(repeating: "]", count: 50)
        XCTAssertNil(front("---\na: \(nest)\n---\n").error)
    }

    func testFrontmatterLinks() {
        let text = """
        ---
        title: X
        participants:
          - '[[Deandre Jackson]]'
          - "[[Jeff Denworth|Jeff]]"
        categories: "[[People]]"
        meta:
          owner: "[[Org/Owner#Team]]"
        note: plain text with [[Inline]] and [[Two]]
        ---
        Body [[B]]
        """
        XCTAssertEqual(linkSummary(text), [
            "frontmatter:Deandre Jackson@4", "frontmatter:Jeff Denworth|Jeff@5", "frontmatter:People@6",
            "frontmatter:Org/Owner#Team@8", "frontmatter:Inline@9", "frontmatter:Two@9", "wiki:B@11",
        ])
    }

    func testFrontmatterLinksOnFastPath() {
        let text = "---\nparticipants: ['[[Deandre Jackson]]', '[[Ann]]']\ncategories: \"[[People]]\"\n---\n"
        XCTAssertEqual(linkSummary(text), ["frontmatter:Deandre Jackson@2", "frontmatter:Ann@2",
                                           "frontmatter:People@3"])
    }

    func testInvalidFrontmatterHasNoFrontmatterLinks() {
        XCTAssertEqual(linkSummary("---\na: '[[X]]'\na: 2\n---\n[[Y]]"), ["wiki:Y@5"])
    }
}
