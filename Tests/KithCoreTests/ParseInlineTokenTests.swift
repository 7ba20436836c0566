import XCTest
@testable import KithCore

/// The one inline grammar as tokens (`NoteSyntax`), and what it means for the index's links.
final class ParseInlineTokenTests: XCTestCase {
    func kinds(_ text: String) -> [String] {
        let s = NoteSyntax(inline: text)
        return s.tokens.map { "\($0.kind):\(s.string($0.inner))" }
    }

    func testTokensWithRanges() {
        XCTAssertEqual(kinds("a [[B|c]] ![[d.png]] [e](F.md) ![g](h.png) <https://i.x> https://j.x `k` $l$ #m ^n"), [
            "wikilink:B|c", "embed:d.png", "markdownLink:e", "image:g", "autolink:https://i.x", "url:https://j.x",
            "code:k", "math:l", "tag:m", "blockID:n",
        ])
        XCTAssertEqual(kinds("<b>x</b> &amp; \\* [^1] %%c%% <!--d-->"), [
            "html(closing: false):b", "html(closing: true):b", "entity:amp", "escape:*", "footnote:1", "comment:c", "comment:d",
        ])
        XCTAssertEqual(kinds("**a** _b_ ~~c~~ ==d=="), [
            "emphasisOpen(KithCore.InlineToken.Emphasis.bold):", "emphasisClose(KithCore.InlineToken.Emphasis.bold):",
            "emphasisOpen(KithCore.InlineToken.Emphasis.italic):", "emphasisClose(KithCore.InlineToken.Emphasis.italic):",
            "emphasisOpen(KithCore.InlineToken.Emphasis.strike):", "emphasisClose(KithCore.InlineToken.Emphasis.strike):",
            "emphasisOpen(KithCore.InlineToken.Emphasis.highlight):", "emphasisClose(KithCore.InlineToken.Emphasis.highlight):",
        ])
        XCTAssertEqual(kinds("snake_case_word $5 and $10 a * b 2 * 3"), [], "no emphasis, math or tags here")
        // Prose with nothing but a bare URL: found wherever its `://` or `www.` stands, and a
        // `.` or `:` alone is no URL.
        XCTAssertEqual(kinds("Met at 10:30. See www.example.com/a. Then https://b.example.org: done."),
                       ["url:www.example.com/a", "url:https://b.example.org"])
        XCTAssertEqual(kinds("www.x.org"), ["url:www.x.org"])
        XCTAssertEqual(kinds("Time: 10:30. Dots... and a colon: nothing else. ww.x"), [])
    }

    func testTokensCarryTheIndexLinks() {
        let s = NoteSyntax(inline: "[[A#H|l]] [t](B%20C.md) [x](https://y.z)")
        XCTAssertEqual(s.tokens.map { $0.link?.target }, ["A", "B C.md", nil])
        XCTAssertEqual(s.tokens.map { $0.link }.compactMap { $0 }, parseNote("[[A#H|l]] [t](B%20C.md) [x](https://y.z)").links)
    }

    func testNotNoteLinks() {
        XCTAssertEqual(linkSummary("$[[math]]$ <span title=\"[[attr]]\">x</span> <https://a.b/[[c]]> [[real]]"),
                       ["wiki:real@1"], "math, tag attributes and autolinks hold no links")
        XCTAssertEqual(parseNote("https://x.y/a#frag <https://x.y/#b> #tag").inlineTags, ["tag"])
    }

    func testLinesKnowTheirBlocks() {
        let s = NoteSyntax(text: "# T\n\n    code\n\n- [ ] item\n> > quote\n```dataview\nLIST\n```\n$$\nx\n$$\n<!--\nc\n-->after")
        XCTAssertEqual(s.lines.map(\.block), [.heading(level: 1), .blank, .indentedCode, .blank, .listItem, .paragraph,
                                              .fenceOpen(math: false), .code, .fenceClose, .fenceOpen(math: true), .code,
                                              .fenceClose, .paragraph, .comment, .comment])
        XCTAssertEqual(s.string(s.line(1)!.content), "T")
        XCTAssertEqual(s.string(s.line(3)!.content), "code")
        XCTAssertEqual(s.string(s.line(5)!.marker), "-")
        XCTAssertEqual(s.line(6)!.quoteDepth, 2)
        XCTAssertEqual(s.string(s.line(7)!.content), "dataview")
        XCTAssertEqual(s.string(s.line(15)!.content), "after")
    }
}
