import XCTest
@testable import KithCore

final class ParseLinkTests: XCTestCase {
    func testWikilinkForms() {
        XCTAssertEqual(linkSummary("[[Name]]"), ["wiki:Name@1"])
        XCTAssertEqual(linkSummary("[[Name.md]]"), ["wiki:Name.md@1"])
        XCTAssertEqual(linkSummary("[[folder/Name]]"), ["wiki:folder/Name@1"])
        XCTAssertEqual(linkSummary("[[Name|label]]"), ["wiki:Name|label@1"])
        XCTAssertEqual(linkSummary("[[Name#Heading]]"), ["wiki:Name#Heading@1"])
        XCTAssertEqual(linkSummary("[[Name#H1#H2]]"), ["wiki:Name#H1#H2@1"])
        XCTAssertEqual(linkSummary("[[Name#^block-id]]"), ["wiki:Name#^block-id@1"])
        XCTAssertEqual(linkSummary("[[Name#Heading|shown]]"), ["wiki:Name#Heading|shown@1"])
        XCTAssertEqual(linkSummary("[[ Name | label ]]"), ["wiki:Name|label@1"])
        XCTAssertEqual(linkSummary("[[a|b|c]]"), ["wiki:a|b|c@1"], "label is everything after the first pipe")
    }

    func testSameNoteLink() {
        let link = parseNote("see [[#Heading]]").links[0]
        XCTAssertEqual(link.target, "")
        XCTAssertEqual(link.subpath, "Heading")
        XCTAssertTrue(link.isSameNote)
        XCTAssertEqual(link.raw, "#Heading")
    }

    func testEmbeds() {
        XCTAssertEqual(linkSummary("![[Name]]"), ["embed:Name@1"])
        XCTAssertEqual(linkSummary("![[photo.png|200]]"), ["embed:photo.png|200@1"])
        XCTAssertEqual(linkSummary("x ![[Note#Part]] y [[Other]]"), ["embed:Note#Part@1", "wiki:Other@1"])
    }

    func testEscapedPipeInTable() {
        let text = "| who | link |\n| --- | --- |\n| a | [[Name\\|label]] |\n"
        let links = parseNote(text).links
        XCTAssertEqual(links.count, 1)
        XCTAssertEqual(links[0].target, "Name")
        XCTAssertEqual(links[0].label, "label")
        XCTAssertEqual(links[0].raw, "Name\\|label")
        XCTAssertEqual(links[0].line, 3)
        XCTAssertEqual(linkSummary("[[Name#Heading\\|label]]"), ["wiki:Name#Heading|label@1"])
    }

    func testEmptyWikilinksAreNotLinks() {
        XCTAssertEqual(linkSummary("[[]] [[ ]] [[#]] [[|x]]"), [])
    }

    func testNoNewlineInsideWikilink() {
        XCTAssertEqual(linkSummary("[[a\nb]]"), [])
        XCTAssertEqual(linkSummary("[[a [[b]]"), ["wiki:b@1"], "an unclosed [[ before another is literal")
    }

    func testRawKeepsInsideAsWritten() {
        XCTAssertEqual(parseNote("[[ Name#H | L ]]").links[0].raw, " Name#H | L ")
    }

    func testMarkdownLinks() {
        let link = parseNote("[text](My%20Note.md)").links[0]
        XCTAssertEqual(link.style, .markdown)
        XCTAssertEqual(link.target, "My Note.md")
        XCTAssertEqual(link.label, "text")
        XCTAssertEqual(link.raw, "My%20Note.md")
        XCTAssertNil(link.subpath)
        XCTAssertEqual(linkSummary("[t](<My Note.md>)"), ["markdown:My Note.md|t@1"])
        XCTAssertEqual(linkSummary("[t](Folder/Note.md#Some%20Heading)"), ["markdown:Folder/Note.md#Some Heading|t@1"])
        XCTAssertEqual(linkSummary("[t](Note.md \"A title\")"), ["markdown:Note.md|t@1"])
        XCTAssertEqual(linkSummary("[t](<My Note.md> 'title')"), ["markdown:My Note.md|t@1"])
        XCTAssertEqual(linkSummary("![alt](photo.png)"), ["markdown:photo.png|alt@1"])
        XCTAssertEqual(linkSummary("[x](#Heading)"), ["markdown:#Heading|x@1"])
        XCTAssertEqual(linkSummary("[a [b] c](b(c).md)"), ["markdown:b(c).md|a [b] c@1"])
        XCTAssertEqual(linkSummary("([t](Note.md))"), ["markdown:Note.md|t@1"])
        XCTAssertEqual(linkSummary("[t](%E6%97%A5%E6%9C%AC.md)"), ["markdown:日本.md|t@1"])
    }

    func testExternalMarkdownLinksAreNotLinks() {
        XCTAssertEqual(linkSummary("[a](https://example.com/x.md)"), [])
        XCTAssertEqual(linkSummary("[a](mailto:someone@example.com)"), [])
        XCTAssertEqual(linkSummary("[a](obsidian://open?vault=V&file=Note.md)"), [])
        XCTAssertEqual(linkSummary("[a](<obsidian://open?file=My Note.md>)"), [])
        XCTAssertEqual(linkSummary("[a](//cdn.example.com/x.png)"), [])
        XCTAssertEqual(linkSummary("[a]()"), [])
        XCTAssertEqual(parseNote("[a](https://x.com/#frag) #tag").inlineTags, ["tag"])
    }

    func testMalformedMarkdownLinks() {
        XCTAssertEqual(linkSummary("[a] (Note.md)"), [], "a space between ] and ( is no link")
        XCTAssertEqual(linkSummary("[a](Note.md"), [])
        XCTAssertEqual(linkSummary("[a](My Note.md)"), [], "spaces need <>")
        XCTAssertEqual(linkSummary("[[x](Note.md)"), ["markdown:Note.md|x@1"])
    }

    func testFencedCodeIsNotLinks() {
        let text = """
        [[before]]
        ```md
        [[inside]] [a](b.md) #tag
        ```
        ~~~
        [[tilde]]
        ~~~
        ````
        ```
        [[nested]]
        ```
        ````
        [[after]]
        """
        XCTAssertEqual(linkSummary(text), ["wiki:before@1", "wiki:after@13"])
        XCTAssertEqual(parseNote(text).inlineTags, [])
    }

    func testFenceClosesOnlyWithSameCharAndLength() {
        let text = "```\n~~~\n[[in1]]\n``\n[[in2]]\n```\n[[out]]"
        XCTAssertEqual(linkSummary(text), ["wiki:out@7"])
    }

    func testUnclosedFenceRunsToEnd() {
        XCTAssertEqual(linkSummary("[[a]]\n```\n[[b]]\n\n[[c]]"), ["wiki:a@1"])
    }

    func testIndentedCode() {
        let text = "para\n\n    [[code]]\n\tand [[tab]]\n\nback [[out]]"
        XCTAssertEqual(linkSummary(text), ["wiki:out@6"])
        // An indented line continuing a paragraph is text, not code.
        XCTAssertEqual(linkSummary("para\n    [[lazy]]"), ["wiki:lazy@2"])
        // Inside a list, indentation is nesting.
        XCTAssertEqual(linkSummary("- item\n\n    - [[nested]]\n        [[deep]]"), ["wiki:nested@3", "wiki:deep@4"])
    }

    func testInlineCode() {
        XCTAssertEqual(linkSummary("`[[a]]` [[b]]"), ["wiki:b@1"])
        XCTAssertEqual(linkSummary("``code with ` [[a]]`` [[b]]"), ["wiki:b@1"])
        XCTAssertEqual(linkSummary("``not closed by one ` [[a]]"), ["wiki:a@1"], "an unmatched run is literal")
        XCTAssertEqual(linkSummary("`[a](b.md)` [c](d.md)"), ["markdown:d.md|c@1"])
        XCTAssertEqual(linkSummary("\\`[[a]]`"), ["wiki:a@1"], "an escaped backtick opens nothing")
    }

    func testPercentComments() {
        XCTAssertEqual(linkSummary("a %%[[hidden]]%% [[shown]]"), ["wiki:shown@1"])
        XCTAssertEqual(linkSummary("%%\n[[hidden]]\n# Not a heading\n%% [[after]]"), ["wiki:after@4"])
        XCTAssertTrue(parseNote("%%\n# Not a heading\n- not a bullet\n%%").sections.isEmpty)
        XCTAssertTrue(parseNote("%%\n- not a bullet\n%%").bullets.isEmpty)
        XCTAssertEqual(linkSummary("x %% open\n[[hidden]]"), [], "an unclosed comment runs to the end")
        XCTAssertEqual(linkSummary("`%%` [[shown]] `%%`"), ["wiki:shown@1"], "%% in code opens nothing")
    }

    func testHTMLComments() {
        XCTAssertEqual(linkSummary("a <!-- [[hidden]] --> [[shown]]"), ["wiki:shown@1"])
        XCTAssertEqual(linkSummary("<!--\n[[hidden]]\n-->\n[[shown]]"), ["wiki:shown@4"])
        XCTAssertEqual(linkSummary("text <!-- never closed [[a]]\n[[b]]"), ["wiki:a@1", "wiki:b@2"],
                       "an unclosed inline <!-- is literal")
        XCTAssertEqual(linkSummary("<!-- block never closed\n[[a]]"), [], "an HTML block runs to the end")
    }

    func testEscapedLinks() {
        XCTAssertEqual(linkSummary("\\[\\[Name\\]\\] and \\[x](y.md)"), [])
        XCTAssertEqual(linkSummary("\\[[Name]]"), [], "an escaped first bracket leaves no [[")
        XCTAssertEqual(linkSummary("\\![[Name]]"), ["wiki:Name@1"], "escaping ! leaves a plain link")
    }

    func testLineNumbersCountFrontmatter() {
        let text = """
        ---
        title: X
        related: "[[Front]]"
        ---

        # Title [[InHeading]]

        - bullet [[InBullet]]
        text [a](b.md) and [[Two]]
        """
        XCTAssertEqual(linkSummary(text), ["frontmatter:Front@3", "wiki:InHeading@6", "wiki:InBullet@8",
                                           "markdown:b.md|a@9", "wiki:Two@9"])
    }

    func testCRLFLineNumbers() {
        XCTAssertEqual(linkSummary("a\r\n[[b]]\r\n\r\n[[c]]\r\n"), ["wiki:b@2", "wiki:c@4"])
    }

    func testManyLinksInFileOrder() {
        let text = (1...10_000).map { "[[N\($0)]]" }.joined(separator: " ")
        let links = parseNote(text).links
        XCTAssertEqual(links.count, 10_000)
        XCTAssertEqual(links.first?.target, "N1")
        XCTAssertEqual(links.last?.target, "N10000")
    }
}
