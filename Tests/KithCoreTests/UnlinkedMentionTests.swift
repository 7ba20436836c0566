import XCTest
@testable import KithCore

/// Unlinked mentions: word-bounded, case- and accent-insensitive, not in code, links,
/// frontmatter or the person's own note.
final class UnlinkedMentionTests: XCTestCase {
    /// The mentions of `person` (with `aliases`) in one other note with `body`, as "line:matched".
    func mentions(_ body: String, person: String = "Ana Lima", aliases: [String] = []) -> [String] {
        let aliasYAML = aliases.isEmpty ? "" : "aliases: [\(aliases.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
        let personNote = parseNote("---\ntype: people\n\(aliasYAML)---\n# \(person)\n\(person) writes here.\n",
                                   path: "People/\(person).md")
        let other = parseNote(body, path: "Notes/Other.md")
        let index = VaultIndex(root: "/v", parsed: [personNote, other])
        return index.unlinkedMentions(of: "People/\(person).md").map { "\($0.line):\($0.matched)" }
    }

    func testCaseAccentsAndWordBoundaries() {
        XCTAssertEqual(mentions("met ana lima today\nANA LIMA again\nÁna Líma too"), ["1:ana lima", "2:ANA LIMA", "3:Ána Líma"])
        XCTAssertEqual(mentions("met José", person: "Jose"), ["1:José"])
        XCTAssertEqual(mentions("met Jose", person: "José"), ["1:Jose"])
        // Decomposed accents (NFD) fold the same.
        XCTAssertEqual(mentions("met Jose\u{301}", person: "José"), ["1:Jose\u{301}"])
        XCTAssertEqual(mentions("Banana\nAnalyst\nana's idea\n(Ana)\nAna2", person: "Ana"), ["3:ana", "4:Ana"])
        XCTAssertEqual(mentions("Ana Lima's plan, Ana Lima."), ["1:Ana Lima"])
        XCTAssertEqual(mentions("Ana Limas\nXAna Lima"), [])
    }

    func testMultiWordNamesAcrossSpacesAndPunctuation() {
        XCTAssertEqual(mentions("Ana  Lima\nAna\tLima\nAna\nLima\nAna-Lima"), ["1:Ana  Lima", "2:Ana\tLima"])
        XCTAssertEqual(mentions("Liam O’Brien called; liam o'brien again", person: "Liam O'Brien"), ["1:Liam O’Brien"])
        XCTAssertEqual(mentions("Mary-Jane Watson came", person: "Mary-Jane Watson"), ["1:Mary-Jane Watson"])
    }

    func testAliasesLongestFirst() {
        XCTAssertEqual(mentions("Dre said\nAna Lima said", aliases: ["Dre", "Ana"]), ["1:Dre", "2:Ana Lima"])
        // One-letter aliases are ignored (they would match every article).
        XCTAssertEqual(mentions("a cat", aliases: ["A"]), [])
    }

    func testNotInCodeLinksURLsTagsOrFrontmatter() {
        let body = """
            ---
            title: About Ana Lima
            ---
            `Ana Lima` in code
            ```
            Ana Lima in a fence
            ```
            ~~~~python
            Ana Lima in a tilde fence
            ~~~~
            [[Ana Lima]] and [[Notes/x|Ana Lima]] and [Ana Lima](https://x.y) and ![[Ana Lima.png]]
            https://example.com/ana-lima #ana
            after the fence, Ana Lima
            """
        XCTAssertEqual(mentions(body), ["13:Ana Lima"])
        XCTAssertEqual(mentions("see https://x.y/ana and #ana", person: "Ana"), [])
        XCTAssertEqual(mentions("%% Ana Lima %% <!-- Ana Lima --> %% Ana Lima to the end"), [])
    }

    func testALinkedNoteStillListsItsPlainMention() {
        // As Obsidian: each unlinked occurrence counts, even in a note that links the person.
        XCTAssertEqual(mentions("[[Ana Lima]] is here\nlater Ana Lima spoke\n[[Ana Lima]] then Ana Lima"),
                       ["2:Ana Lima", "3:Ana Lima"])
    }

    func testCJKNamesNeedNoSpaces() {
        XCTAssertEqual(mentions("佐藤さんと王小明が来た", person: "王小明"), ["1:王小明"])
        XCTAssertEqual(mentions("王小明さん", person: "王小明"), ["1:王小明"])
    }

    func testOwnNoteAndColumnAndSnippet() throws {
        let person = parseNote("---\ntype: people\n---\n# Ana Lima\nAna Lima is me.\n", path: "People/Ana Lima.md")
        let other = parseNote("# Notes\n  Lunch with Ána Lima on Friday.  \n", path: "Notes/Lunch.md")
        let index = VaultIndex(root: "/v", parsed: [person, other])
        let m = index.unlinkedMentions(of: "People/Ana Lima.md")
        XCTAssertEqual(m.map { [$0.path, "\($0.line)", "\($0.column)", $0.snippet, $0.matched] },
                       [["Notes/Lunch.md", "2", "14", "Lunch with Ána Lima on Friday.", "Ána Lima"]])
    }

    func testSampleVault() throws {
        let i = try VaultLoader.load(root: SampleVaultIndexTests.root)
        // SampleVault.md, "Unlinked mentions": 王小明 is named plainly in 佐藤花子's note (line 18).
        let wang = i.unlinkedMentions(of: "People/王小明.md")
        XCTAssertTrue(wang.contains { $0.path == "Contacts/佐藤花子.md" && $0.line == 18 })
        XCTAssertFalse(wang.contains { $0.path == "People/王小明.md" })
        // Zoë's own link on line 34 of the co-sell sync does not hide the plain name before it.
        let zoe = i.unlinkedMentions(of: "People/Zoë Ñúñez.md")
        XCTAssertEqual(zoe.count, 8)
        XCTAssertTrue(zoe.contains { $0.path.hasSuffix("2026-11-17 - Halcyon co-sell sync.md") && $0.line == 34 })
    }

    func testFilterGivesTheSameMentionsAndSkipsNotesWithoutTheName() throws {
        let i = try VaultLoader.load(root: SampleVaultIndexTests.root)
        let filter = MentionFilter(i)
        XCTAssertTrue(filter.fits(i))
        for p in i.people {
            XCTAssertEqual(i.unlinkedMentions(of: p.path, filter: filter), i.unlinkedMentions(of: p.path), p.name)
        }
        // Tricky spellings on both sides: accents, ß, typographic apostrophes, possessives.
        let people = ["Liam O'Brien", "Jürgen Straße", "Zoë Ñúñez", "Ana"]
        var parsed = people.map { parseNote("---\ntype: people\n---\n# \($0)\n", path: "People/\($0).md") }
        parsed.append(parseNote("Liam O’Brien, JURGEN STRASSE and zoe nunez met Ana's team\n", path: "Notes/a.md"))
        parsed.append(parseNote("nobody here at all\n", path: "Notes/b.md"))
        let v = VaultIndex(root: "/v", parsed: parsed)
        let f = MentionFilter(v)
        for p in people {
            let path = "People/\(p).md"
            XCTAssertEqual(v.unlinkedMentions(of: path, filter: f).map(\.path), ["Notes/a.md"], p)
        }
        let b = try XCTUnwrap(v.notes.firstIndex { $0.path == "Notes/b.md" })
        let terms = MentionTerm.terms(for: ["Ana"])
        XCTAssertFalse(f.mayContain(note: b, try XCTUnwrap(MentionFilter.hashes(of: terms[0]))))
        // A filter built over another index is not used (and does no harm).
        XCTAssertFalse(f.fits(i))
        XCTAssertEqual(i.unlinkedMentions(of: "People/Zoë Ñúñez.md", filter: f).count, 8)
    }
}
