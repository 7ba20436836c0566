import XCTest
import KithCore
@testable import KithUI

final class DocumentReaderTests: XCTestCase {
    static let notePath = "Notes/Sample.md"
    static let note = """
    ---
    status: active
    tags: [demo]
    ---
    # Sample

    Some **bold** and *italic* and `code [[Nope]]` text with #topic/sub and 1 #123.
    See [[Deandre Jackson|Dre]], [[Missing Person]], [[Cloud#Goals]], [[#Details]] and ![[diagram.png]].
    Markdown [the cloud](Cloud.md), [spaced](<Projects/Cloud.md>) and [site](https://example.com/a).
    %% hidden comment %%
    Visible <!-- hidden --> too.
    <!--
    multi-line comment [[Cloud]]
    -->

    ## Details
    ### Deeper

    - one
      - nested
        - deeper
    1. first
    2) second
    - [ ] todo
    - [x] done

    > quoted **text**
    > > [!note] Heads up

    ```swift
    let x = "[[Cloud]]"   // **not bold**
    ```

    | Name | 名前 | Score |
    | :--- | :---: | ---: |
    | Ann | 王小明 | 7 |
    | [[Cloud\\|Cl]] | a \\| b | 12 |

    ***
    snake_case_word stays
    """

    static func index() -> VaultIndex {
        DocVault.index([
            Self.notePath: Self.note,
            "People/Deandre Jackson.md": "---\ntype: people\n---\n# Deandre Jackson\n",
            "Projects/Cloud.md": "# Cloud\n\n## Goals\n\nShip.\n",
        ], attachments: ["Attachments/diagram.png"])
    }

    func doc() -> Document { ReaderBuilder.document(for: Self.notePath, in: Self.index()) }

    func line(_ d: Document, _ source: Int) -> StyledLine? { d.lines.first { $0.sourceLine == source } }

    func testSummaryRuleAndTitle() {
        let d = doc()
        XCTAssertEqual(d.title, "Sample")
        XCTAssertEqual(d.lines[0].text, "note · #demo #topic/sub · status active")  // inline tags count too
        XCTAssertTrue(d.lines[1].text.allSatisfy { $0 == "─" })
        XCTAssertEqual(d.lines[2].text, "Sample")
        XCTAssertEqual(d.lines[2].spans.first?.role, .title)
        XCTAssertEqual(d.lines[2].sourceLine, 5)
    }

    func testTranscriptSummaryNamesParticipants() {
        let idx = DocVault.seedVault()
        let d = ReaderBuilder.document(for: "Sources/Transcripts/2025/2025-10-30 - Intro 1-1 between Jason and Dre.md", in: idx)
        XCTAssertEqual(d.lines[0].text, "transcript · 2025-10-30 · with Deandre Jackson, Jason Vallery")
        XCTAssertEqual(d.lines[0].links.map(\.path), ["People/Deandre Jackson.md", "People/Jason Vallery.md"])
    }

    func testInlineMarkersBecomeRoles() {
        let l = line(doc(), 7)!
        XCTAssertEqual(l.text, "Some bold and italic and code [[Nope]] text with #topic/sub and 1 #123.")
        XCTAssertTrue(l.spans.contains(StyledSpan("bold", .bold)))
        XCTAssertTrue(l.spans.contains(StyledSpan("italic", .italic)))
        XCTAssertTrue(l.spans.contains(StyledSpan("code [[Nope]]", .code)))
        XCTAssertTrue(l.spans.contains(StyledSpan("#topic/sub", .tag)))
        XCTAssertFalse(l.spans.contains { $0.role == .tag && $0.text == "#123" }, "all-digit tags are not tags")
        XCTAssertTrue(l.links.isEmpty, "no links in inline code")
    }

    func testWikilinksResolvedUnresolvedHeadingsAndEmbeds() {
        let l = line(doc(), 8)!
        XCTAssertEqual(l.text, "See Dre, Missing Person, Cloud > Goals, Details and ⎘ diagram.png.")
        let byText = Dictionary(l.spans.filter { $0.link != nil }.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(byText["Dre"]?.link?.path, "People/Deandre Jackson.md")
        XCTAssertEqual(byText["Dre"]?.role, .link)
        XCTAssertEqual(byText["Missing Person"]?.role, .unresolved)
        XCTAssertEqual(byText["Missing Person"]?.link, LinkDestination(path: nil, raw: "Missing Person"))
        XCTAssertEqual(byText["Cloud > Goals"]?.link, LinkDestination(path: "Projects/Cloud.md", raw: "Cloud#Goals", line: 3))
        XCTAssertEqual(byText["Details"]?.link, LinkDestination(path: Self.notePath, raw: "#Details", line: 16))
        XCTAssertEqual(byText["⎘ diagram.png"]?.link?.path, "Attachments/diagram.png")
    }

    func testMarkdownLinksAndExternalURLs() {
        let l = line(doc(), 9)!
        XCTAssertEqual(l.text, "Markdown the cloud, spaced and site.")
        let links = l.spans.filter { $0.link != nil }
        XCTAssertEqual(links.map { $0.link?.path }, ["Projects/Cloud.md", "Projects/Cloud.md", nil])
        XCTAssertEqual(links[2].role, .link)
        XCTAssertEqual(links[2].link?.raw, "https://example.com/a")
        XCTAssertTrue(links[2].link!.isExternal)
        XCTAssertFalse(LinkDestination(path: nil, raw: "Missing Person").isExternal)
    }

    func testCommentsHidden() {
        let d = doc()
        XCTAssertNil(line(d, 10), "a line that is only a comment is dropped")
        XCTAssertEqual(line(d, 11)?.text, "Visible  too.")
        XCTAssertFalse(d.lines.contains { $0.text.contains("hidden") || $0.text.contains("multi-line") })
    }

    func testHeadingsWithoutHashes() {
        let d = doc()
        XCTAssertEqual(line(d, 16)?.text, "Details")
        XCTAssertEqual(line(d, 16)?.spans.first?.role, .heading)
        XCTAssertEqual(line(d, 17)?.text, "▸ Deeper")
        XCTAssertFalse(d.lines.dropFirst().contains { $0.text.hasPrefix("#") })
    }

    func testLists() {
        let d = doc()
        XCTAssertEqual((19...25).compactMap { line(d, $0)?.text }, [
            "• one", "  ◦ nested", "    ▪ deeper", "1. first", "2) second", "☐ todo", "☑ done",
        ])
        XCTAssertEqual(line(d, 20)?.hangingIndent, 4)
    }

    func testQuotesAndCallouts() {
        let d = doc()
        let q = line(d, 27)!
        XCTAssertEqual(q.text, "quoted text")
        XCTAssertEqual(q.gutter, [StyledSpan("│ ", .quote)], "the bar is drawn on every wrapped piece")
        XCTAssertEqual(q.spans.first?.role, .quote)
        XCTAssertTrue(q.spans.contains(StyledSpan("text", .bold)))
        // A callout nested in the quote: a box with its type and title, as wide as the view.
        XCTAssertEqual(line(d, 28)?.text, "╭─ Note · Heads up ")
        let wrapped = TextWrap.wrap(d.lines, width: 30)
        let box = wrapped.filter { $0.text.contains("╭") || $0.text.contains("╰") }.map(\.text)
        XCTAssertEqual(box, ["│ ╭─ Note · Heads up ────────╮", "│ ╰" + String(repeating: "─", count: 26) + "╯"])
        XCTAssertEqual(wrapped.first { $0.text.contains("Heads up") }?.spans.first { $0.text == "Heads up" }?.role, .heading)
    }

    func testFencedCodeVerbatimWithoutLinks() {
        let d = doc()
        XCTAssertNil(line(d, 30), "fence lines are not shown")
        let code = line(d, 31)!
        XCTAssertEqual(code.text, "let x = \"[[Cloud]]\"   // **not bold**")
        XCTAssertEqual(code.spans.map(\.role), [.code])
        XCTAssertTrue(code.links.isEmpty)
    }

    func testTableAlignedByDisplayWidth() {
        let d = doc()
        let rows = (34...37).compactMap { line(d, $0) }
        XCTAssertEqual(rows.map(\.text), [
            "Name │  名前  │ Score",
            "─────┼────────┼──────",
            "Ann  │ 王小明 │     7",
            "Cl   │ a | b  │    12",
        ])
        XCTAssertEqual(Set(rows.map { DisplayWidth.of($0.text) }).count, 1, "every row as wide")
        XCTAssertEqual(rows[0].spans.first?.role, .bold)
        XCTAssertEqual(rows[3].links.first?.path, "Projects/Cloud.md")
    }

    func testRuleAndIntraWordUnderscores() {
        let d = doc()
        XCTAssertTrue(line(d, 39)!.text.allSatisfy { $0 == "─" })
        XCTAssertEqual(line(d, 40)?.text, "snake_case_word stays")
    }

    func testEverySourceLineIsReal() {
        let d = doc()
        let count = Self.note.split(separator: "\n", omittingEmptySubsequences: false).count
        for l in d.lines { if let n = l.sourceLine { XCTAssertTrue((1...count).contains(n)) } }
    }

    func testMissingNoteAndAttachment() {
        let idx = Self.index()
        XCTAssertEqual(ReaderBuilder.document(for: "Nope.md", in: idx).lines.map(\.text), ["no such note: Nope.md"])
        XCTAssertEqual(ReaderBuilder.document(for: "Attachments/diagram.png", in: idx).title, "diagram.png")
    }
}
