import XCTest
import KithCore
@testable import KithUI

/// What Obsidian's reading view shows (vault-format.md, "Rendering"), rendered from the same
/// tokens the index reads: HTML, block IDs, autolinks, bare URLs, callouts, query blocks,
/// comments, footnotes, math, entities and emphasis.
final class DocumentRenderingTests: XCTestCase {
    static let note = """
    # Hub

    Edit on <span class="git-footer">GitHub</span> ^github
    one<br>two<br/>three
    <b>bold</b> <strong>strong</strong> <i>it</i> <em>em</em> <code>x</code> <a href="https://a.example">site</a> <u>under</u> <x-unknown>kept</x-unknown>
    auto <https://b.example/path> and mail <me@example.com>, bare https://c.example/a_(b). and www.d.example.
    In _Live Preview_, *star* __under bold__ ~~gone~~ ==marked== snake_case_word
    fish &amp; chips &mdash; &#x263A; &bogus;
    math $x^2 + y_1$ and money $5 and $10; footnote[^1] and [^missing].
    <!-- hidden --> %% also hidden %% shown
    See [[Other]] and [[Other#Part]] and [[Other#^blk]].

    > [!tip]- Folded title
    > body **text**
    > > [!warning]
    > > inner

    > [!faq] Question?
    > answer

    ```dataview
    LIST FROM "People"
    ```

    ```base
    views: []
    ```

    $$
    E = mc^2 [[NotALink]]
    $$

    | Key | Value |
    | --- | --- |
    | a | one<br>two |
    | b | <p/>para |

    [^1]: The footnote [[Other]].
    """

    static func index() -> VaultIndex {
        DocVault.index(["Hub.md": Self.note, "Other.md": "# Other\n\n## Part\n\ntext ^blk\n"])
    }

    func doc() -> Document { ReaderBuilder.document(for: "Hub.md", in: Self.index()) }

    func lines(_ d: Document, _ n: Int) -> [StyledLine] { d.lines.filter { $0.sourceLine == n } }

    func text(_ d: Document, _ n: Int) -> [String] { lines(d, n).map(\.text) }

    func testInlineHTMLIsRenderedOrDroppedToItsText() {
        let d = doc()
        XCTAssertEqual(text(d, 3), ["Edit on GitHub"], "span dropped to its text, block ID hidden")
        XCTAssertEqual(text(d, 4), ["one", "two", "three"], "<br> breaks the line")
        let l = lines(d, 5)[0]
        XCTAssertEqual(l.text, "bold strong it em x site under kept")
        for (t, role) in [("bold", Role.bold), ("strong", .bold), ("it", .italic), ("em", .italic), ("x", .code)] {
            XCTAssertTrue(l.spans.contains(StyledSpan(t, role)), t)
        }
        XCTAssertEqual(l.spans.first { $0.text == "site" }?.link, LinkDestination(path: nil, raw: "https://a.example"))
        XCTAssertTrue(l.spans.first { $0.text == "site" }!.link!.isExternal)
    }

    func testAutolinksAndBareURLsAreExternalLinks() {
        let l = lines(doc(), 6)[0]
        XCTAssertEqual(l.text, "auto https://b.example/path and mail me@example.com, bare https://c.example/a_(b). and www.d.example.")
        XCTAssertEqual(l.links.map(\.raw), ["https://b.example/path", "mailto:me@example.com", "https://c.example/a_(b)",
                                            "https://www.d.example"])
        XCTAssertTrue(l.links.allSatisfy(\.isExternal))
    }

    func testEmphasisRoles() {
        let l = lines(doc(), 7)[0]
        XCTAssertEqual(l.text, "In Live Preview, star under bold gone marked snake_case_word")
        XCTAssertTrue(l.spans.contains(StyledSpan("Live Preview", .italic)))
        XCTAssertTrue(l.spans.contains(StyledSpan("star", .italic)))
        XCTAssertTrue(l.spans.contains(StyledSpan("under bold", .bold)))
        XCTAssertTrue(l.spans.contains(StyledSpan("gone", .dim)))
        XCTAssertTrue(l.spans.contains(StyledSpan("marked", .match)))
        // A no-break space is whitespace: `_x_` after it is emphasis (Obsidian's help writes "In\u{A0}_Live_").
        XCTAssertTrue(InlineRenderer.spans("In\u{A0}_Live Preview_, x", from: "", in: nil).contains(StyledSpan("Live Preview", .italic)))
    }

    func testEntitiesMathAndFootnotes() {
        let d = doc()
        XCTAssertEqual(text(d, 8), ["fish & chips — ☺ &bogus;"])
        let l = lines(d, 9)[0]
        XCTAssertEqual(l.text, "math x^2 + y_1 and money $5 and $10; footnote[1] and [missing].")
        XCTAssertTrue(l.spans.contains(StyledSpan("x^2 + y_1", .code)))
        XCTAssertEqual(l.links, [LinkDestination(path: "Hub.md", raw: "^1", line: 38)], "a reference leads to its note")
        XCTAssertEqual(text(d, 38), ["[1] The footnote Other."])
    }

    func testCommentsHiddenAndLinkTargetsFound() {
        let d = doc()
        XCTAssertEqual(text(d, 10), ["  shown"])
        XCTAssertEqual(lines(d, 11)[0].links.map(\.line), [nil, 3, 5], "heading and block ID lines in the target")
    }

    func testCalloutsAreBoxedWithTypeAndTitleNestedAndFolded() {
        let d = doc()
        XCTAssertEqual(text(d, 13), ["╭─ ▾ Tip · Folded title "])
        XCTAssertEqual(text(d, 15), ["╭─ Warning "], "no title: the type")
        XCTAssertEqual(text(d, 18), ["╭─ Question · Question? "], "an alias shows its type")
        let wrapped = TextWrap.wrap(d.lines, width: 40).map(\.text)
        let start = wrapped.firstIndex { $0.contains("Folded title") }!
        XCTAssertEqual(Array(wrapped[start..<start + 6]), [
            "╭─ ▾ Tip · Folded title ───────────────╮",
            "│ body text                            │",
            "│ ╭─ Warning ────────────────────────╮ │",
            "│ │ inner                            │ │",
            "│ ╰──────────────────────────────────╯ │",
            "╰──────────────────────────────────────╯",
        ])
        let long = TextWrap.wrap([d.lines.first { $0.text.contains("Question?") }!], width: 18).map(\.text)
        XCTAssertEqual(long, ["╭─ Question ·────╮", "│  Question?     │"], "a long title goes on inside the box")
        for w in [12, 25, 80] { XCTAssertTrue(TextWrap.wrap(d.lines, width: w).allSatisfy { DisplayWidth.of($0.text) <= w }) }
    }

    func testQueryBlocksAreLabelledAndDimNeverRun() {
        let d = doc()
        XCTAssertEqual(text(d, 21), ["dataview query"])
        XCTAssertEqual(lines(d, 22).first?.spans, [StyledSpan("LIST FROM \"People\"", .dim)])
        XCTAssertEqual(text(d, 25), ["base query"])
        XCTAssertEqual(lines(d, 30).first?.spans, [StyledSpan("E = mc^2 [[NotALink]]", .code)], "display math is code")
    }

    /// Rows grow to their tallest cell; columns are as wide as their widest line (`Key`).
    func testTableCellsBreakOnBrAndP() {
        XCTAssertEqual(text(doc(), 35) + text(doc(), 36), ["a   │ one", "    │ two", "b   │ para"])
    }

    /// The index and the renderer read the same tokens: what one shows as a link the other counts.
    func testIndexAgreesWithTheRenderer() {
        let idx = Self.index()
        let indexed = idx.note("Hub.md")!.parsed.links.map(\.target)
        XCTAssertEqual(indexed, ["Other", "Other", "Other", "Other"], "no links from code, math, comments or URLs")
        let rendered = doc().lines.flatMap(\.links).filter { !$0.isExternal && $0.path != "Hub.md" }
        XCTAssertEqual(rendered.count, indexed.count)
    }
}
