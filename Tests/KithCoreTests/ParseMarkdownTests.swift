import XCTest
@testable import KithCore

final class ParseMarkdownTests: XCTestCase {
    // MARK: The seed note

    func testSeedSections() {
        let note = parseNote(SeedNote.text)
        XCTAssertEqual(note.lineCount, 67)
        XCTAssertEqual(note.sections.map(\.title), ["Deandre Jackson", "Recent Context", "Profile", "Key Facts",
                                                    "Topics", "Key Decisions", "Related Projects", "Related"])
        XCTAssertEqual(note.sections.map(\.level), [1, 2, 2, 2, 2, 2, 2, 2])
        XCTAssertEqual(note.sections.map(\.line), [11, 13, 21, 31, 44, 48, 61, 65])
        XCTAssertEqual(note.sections.map(\.endLine), [67, 20, 30, 43, 47, 60, 64, 67])
        let recent = note.sections[1]
        XCTAssertTrue(recent.text.hasPrefix("- 2025-10-30: [[Sources/Transcripts/2025/"))
        XCTAssertTrue(recent.text.hasSuffix("(via Jeff Denworth)"))
        XCTAssertTrue(note.sections[2].text.hasPrefix("**Role**: Technical Enablement Director"))
        XCTAssertEqual(note.sections[7].text, "<!-- Wikilinks to related entities -->")
        XCTAssertTrue(note.sections[0].text.hasPrefix("## Recent Context"))
    }

    func testSeedBulletsAndLinks() {
        let note = parseNote(SeedNote.text)
        XCTAssertEqual(note.bullets.count, 4 + 3 + 10 + 10 + 1)
        XCTAssertEqual(note.bullets[0].line, 15)
        XCTAssertEqual(note.bullets[0].indent, 0)
        XCTAssertTrue(note.bullets[0].text.hasPrefix("2025-10-30: [[Sources/Transcripts/2025/2025-10-30 - Intro"))
        XCTAssertEqual(note.bullets.last?.text, "[[Cloud]]")
        XCTAssertEqual(note.bullets.last?.line, 63)
        XCTAssertTrue(note.bullets.contains { $0.text.hasPrefix("✅ Anchor enablement") })
        XCTAssertEqual(note.links.map(\.line), [15, 17, 18, 19, 63])
        let first = note.links[0]
        XCTAssertEqual(first.target, "Sources/Transcripts/2025/2025-10-30 - Intro 1-1 between Jason and Dre. "
                       + "Dre outlined SE enablement cadence and an S3Ob.md")
        XCTAssertEqual(first.label, "Intro 1-1 between Jason and Dre. Dre outlined SE enablement cadence and an S3Ob")
        XCTAssertEqual(note.links[4].target, "Cloud")
        XCTAssertEqual(note.inlineTags, [])
        XCTAssertFalse(note.hadInvalidUTF8)
    }

    // MARK: Sections

    func testHeadingRules() {
        let text = "# One #\n## Two ##   \n#NotHeading\n####### Seven\n   ### Indented\n    # Code\n#\n## Closing# kept"
        let note = parseNote(text)
        XCTAssertEqual(note.sections.map(\.title), ["One", "Two", "Indented", "", "Closing# kept"])
        XCTAssertEqual(note.sections.map(\.level), [1, 2, 3, 1, 2])
        XCTAssertEqual(note.inlineTags, ["NotHeading"])
    }

    func testSectionEndsAndText() {
        let text = "intro\n# A\n\ntext a\n\n## B\nb1\n\n### C\nc\n## D\n\n# E\ne\n\n"
        let s = parseNote(text).sections
        XCTAssertEqual(s.map(\.title), ["A", "B", "C", "D", "E"])
        XCTAssertEqual(s.map(\.endLine), [12, 10, 10, 12, 15])
        XCTAssertEqual(s[0].text, "text a\n\n## B\nb1\n\n### C\nc\n## D")
        XCTAssertEqual(s[1].text, "b1\n\n### C\nc")
        XCTAssertEqual(s[3].text, "")
        XCTAssertEqual(s[4].text, "e")
    }

    func testHeadingsInCodeAreNotSections() {
        let text = "```\n# not\n```\n~~~~\n## not\n~~~~\n\n    # indented code\n# yes"
        XCTAssertEqual(parseNote(text).sections.map(\.title), ["yes"])
    }

    func testFrontmatterIsNotASection() {
        let note = parseNote("---\ntitle: X\n---\n# H\nbody")
        XCTAssertEqual(note.sections.count, 1)
        XCTAssertEqual(note.sections[0].line, 4)
        XCTAssertEqual(note.sections[0].text, "body")
    }

    // MARK: Bullets

    func testBulletMarkersAndIndent() {
        let text = "- dash\n* star\n+ plus\n1. one\n2) two\n  - two spaces\n\t- tab\n\t  - tab and two\n- [ ] task\n- [x] done\n-\n-nospace\n10.nospace"
        let b = parseNote(text).bullets
        XCTAssertEqual(b.map(\.text), ["dash", "star", "plus", "one", "two", "two spaces", "tab", "tab and two",
                                       "[ ] task", "[x] done", ""])
        XCTAssertEqual(b.map(\.indent), [0, 0, 0, 0, 0, 2, 4, 6, 0, 0, 0])
        XCTAssertEqual(b.map(\.line), Array(1...11))
    }

    func testThematicBreaksAreNotBullets() {
        XCTAssertEqual(parseNote("text\n\n***\n* * *\n- - -\n___\n- real").bullets.map(\.text), ["real"])
    }

    func testBulletsInCodeAndCommentsAreNotBullets() {
        let text = "```\n- in fence\n```\n\n    - indented code\n\n%% - comment %%\n<!--\n- html\n-->\n- real"
        XCTAssertEqual(parseNote(text).bullets.map(\.text), ["real"])
    }

    func testBulletsInBlockquotes() {
        let b = parseNote("> [!note] Title\n> - quoted item\n>   - nested").bullets
        XCTAssertEqual(b.map(\.text), ["quoted item", "nested"])
        XCTAssertEqual(b.map(\.indent), [0, 2])
    }

    func testFenceInsideBlockquote() {
        XCTAssertEqual(linkSummary("> ```\n> [[in]]\n> ```\n> [[out]]"), ["wiki:out@4"])
        XCTAssertEqual(linkSummary("> ```\n> [[in]]\n\n[[after quote]]"), ["wiki:after quote@4"])
    }

    // MARK: Inline tags

    func testInlineTags() {
        let note = parseNote("#start text #mid, (#paren) ,#comma #a/b #kebab-case #snake_case #café #日本語 #y1984\n- #inbullet\n# Heading #intitle")
        XCTAssertEqual(note.inlineTags, ["start", "mid", "paren", "comma", "a/b", "kebab-case", "snake_case", "café",
                                         "日本語", "y1984", "inbullet", "intitle"])
    }

    func testNotTags() {
        let text = "#1984 #2024 a#b http://x.com/#frag [l](#Heading) `#code` %%#comment%% \\#escaped # space ## h\n```\n#fenced\n```"
        XCTAssertEqual(parseNote(text).inlineTags, [])
    }

    func testTagStopsAtPunctuation() {
        XCTAssertEqual(parseNote("#tag. #other! #x:y").inlineTags, ["tag", "other", "x"])
    }

    // MARK: Text, lines, UTF-8

    func testLineStartsAndLines() {
        let note = parseNote("a\r\nbé\n\nlast")
        XCTAssertEqual(note.lineStarts, [0, 3, 7, 8])
        XCTAssertEqual(note.line(1), "a")
        XCTAssertEqual(note.line(2), "bé")
        XCTAssertEqual(note.line(4), "last")
        XCTAssertEqual(parseNote("a\nb\n").lineStarts, [0, 2])
        XCTAssertEqual(parseNote("").lineStarts, [0])
        XCTAssertEqual(parseNote("a\r\n").text, "a\r\n", "CRLF is kept in the text")
    }

    func testInvalidUTF8IsReplaced() {
        let bytes: [UInt8] = Array("# Tïtle\n".utf8) + [0xFF, 0xC3, 0x28] + Array(" [[Link]] #tag\n".utf8)
        let note = NoteParser.parse(path: "bad.md", bytes: bytes)
        XCTAssertTrue(note.hadInvalidUTF8)
        XCTAssertTrue(note.text.contains("\u{FFFD}"))
        XCTAssertEqual(note.sections.map(\.title), ["Tïtle"])
        XCTAssertEqual(note.links.map(\.target), ["Link"])
        XCTAssertEqual(note.links.map(\.line), [2])
        XCTAssertEqual(note.inlineTags, ["tag"])
        XCTAssertEqual(note.lineStarts.count, note.lineCount)
        XCTAssertEqual(note.path, "bad.md")
    }

    func testBOMOnlyIsStripped() {
        let note = NoteParser.parse(path: "b.md", bytes: [0xEF, 0xBB, 0xBF] + Array("#t".utf8))
        XCTAssertEqual(note.text, "#t")
        XCTAssertFalse(note.hadInvalidUTF8)
        XCTAssertEqual(note.inlineTags, ["t"])
    }

    func testTruncatedMultibyteAtEnd() {
        let note = NoteParser.parse(path: "t.md", bytes: Array("#tag é".utf8).dropLast())
        XCTAssertTrue(note.hadInvalidUTF8)
        XCTAssertEqual(note.inlineTags, ["tag"])
    }
}
