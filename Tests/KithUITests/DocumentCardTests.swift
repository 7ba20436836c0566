import XCTest
import KithCore
@testable import KithUI

final class DocumentCardTests: XCTestCase {
    let person = "People/Deandre Jackson.md"
    let today = CalendarDate(year: 2025, month: 11, day: 25)!

    func card(_ index: VaultIndex? = nil, today: CalendarDate? = nil, staleDays: Int = 90) -> Document {
        CardBuilder.card(for: person, in: index ?? DocVault.seedVault(), today: today ?? self.today, staleDays: staleDays)
    }

    func line(_ doc: Document, startingWith prefix: String) -> StyledLine? {
        doc.lines.first { $0.text.hasPrefix(prefix) }
    }

    func testHeaderLinesInOrderAndWithoutLinks() {
        let doc = card()
        XCTAssertEqual(doc.title, "Deandre Jackson")
        XCTAssertEqual(Array(doc.lines.prefix(7).map(\.text)), [
            "Technical Enablement Director · VAST Data (Enablement (SE enablement))",
            "Internal collaborator; 1:1 counterpart",
            "last contact 2025-10-30 · 3w ago",
            "cadence 90d (default) · due 2026-01-28 (in 64d)",
            // Contacts per month, the last twelve: the four Recent Context bullets of October
            // (the busiest month, a full block) and the Kickoff transcript of September.
            "contacts ▁▁▁▁▁▁▁▁▁▃█▁ Dec 2024–Nov 2025 · 5 in 12 months",
            "tags #type/people #generated",
            "aliases Dre",
        ])
        XCTAssertEqual(doc.lines[0].spans.first?.role, .title)
        XCTAssertTrue(doc.lines.prefix(7).allSatisfy { $0.links.isEmpty })
        XCTAssertEqual(doc.lines[2].sourceLine, 4, "last_contact is on frontmatter line 4")
        XCTAssertEqual(doc.lines[0].sourceLine, 25, "the Role line of Profile")
    }

    func testFirstSelectableItemIsFirstRecentContextEntry() {
        let doc = card()
        let first = doc.selectableItems.first
        XCTAssertEqual(first?.destination.path, "Sources/Transcripts/2025/2025-10-30 - Intro 1-1 between Jason and Dre.md")
        let entryLine = doc.lines[first!.firstLine]
        XCTAssertEqual(entryLine.sourceLine, 17)
        // The summary without the title the link shows already.
        XCTAssertTrue(entryLine.text.hasPrefix("2025-10-30  Intro 1-1 between Jason and Dre  Dre outlined SE enablement"), entryLine.text)
    }

    func testRecentContextEntries() {
        let doc = card()
        XCTAssertNotNil(line(doc, startingWith: "Recent Context (4)"))
        let entries = doc.lines.filter { [17, 19, 20, 21].contains($0.sourceLine ?? 0) }
        XCTAssertEqual(entries.count, 4)
        // Second entry: the label repeated the date; it is shown once.
        XCTAssertTrue(entries[1].text.hasPrefix("2025-10-30  Intro 1-1 between Jason and Dre  Intro 1:1"))
        // Third: unresolved, with the raw link and no path.
        let weekly = entries[2].spans.first { $0.link != nil }!
        XCTAssertEqual(weekly.role, .unresolved)
        XCTAssertNil(weekly.link?.path)
        XCTAssertEqual(weekly.link?.raw, "2025-10-30 - Weekly SE community call covering end-of-quarter push")
        XCTAssertTrue(entries[2].text.hasSuffix("(via SRE)"))
        XCTAssertEqual(entries[2].spans.last?.role, .dim)
        // Fourth resolves by name.
        let jeff = entries[3].spans.first { $0.link != nil }!
        XCTAssertEqual(jeff.role, .link)
        XCTAssertEqual(jeff.link?.path, "Sources/Transcripts/2025/2025-10-27 - Jason and Jeff aligned on near-term focus.md")
        XCTAssertEqual(entries[0].spans.first?.role, .date)
        XCTAssertEqual(entries[0].hangingIndent, 12)
    }

    func testSectionsInFileOrderWithUnknownOneAndNoEmptyOnes() {
        let doc = card()
        let headings = doc.lines.filter { $0.spans.first?.role == .heading }.map { $0.spans[0].text }
        XCTAssertEqual(headings, ["Recent Context", "Profile", "Key Facts", "Topics", "Key Decisions", "Gift Ideas",
                                  "Related Projects", "Backlinks", "Met with", "Also in", "Unlinked mentions"])
        XCTAssertFalse(doc.lines.contains { $0.text.contains("Wikilinks to related") }, "comment hidden, empty Related left out")
        XCTAssertFalse(doc.lines.contains { $0.text.hasPrefix("Role:") }, "role shown in the header, not twice")
        let gift = line(doc, startingWith: "• Likes")!
        XCTAssertEqual(gift.text, "• Likes single-origin coffee")
        XCTAssertTrue(gift.spans.contains { $0.text == "single-origin" && $0.role == .bold })
        XCTAssertEqual(gift.sourceLine, 49)
        let related = line(doc, startingWith: "Related Projects")!
        XCTAssertEqual(related.text, "Related Projects   Cloud")
        XCTAssertEqual(related.links.first?.path, "Projects/Cloud.md")
        XCTAssertFalse(doc.lines.contains { $0.text == "Deandre Jackson" }, "the # title is the pane title")
    }

    func testBacklinksGroupedByKindWithCounts() {
        let doc = card()
        let texts = doc.lines.map(\.text)
        let start = texts.firstIndex(of: "Backlinks (5)")!
        XCTAssertEqual(Array(texts[start...].prefix(10)), [
            "Backlinks (5)",
            "Transcripts (2)",
            "  2025-09-01 - Kickoff  Attendees: Deandre Jackson, Jason Vallery",
            "  2025-10-30 - Intro 1-1 between Jason and Dre  participants: Deandre Jackson, Jason Vallery",
            "People (1)",
            "  Jason Vallery  Works with Deandre Jackson.",
            "Projects (1)",
            "  Cloud  Owner: Deandre Jackson",
            "Notes (1)",
            "  Ideas  Ask Dre about the course.",
        ])
        let kickoff = doc.lines[start + 2]
        XCTAssertEqual(kickoff.links, [LinkDestination(path: "Sources/Transcripts/2025/2025-09-01 - Kickoff.md",
                                                       raw: "Sources/Transcripts/2025/2025-09-01 - Kickoff.md", line: 6)])
        XCTAssertEqual(kickoff.spans.last?.role, .dim)
    }

    func testPropertyBacklinksShowKeyAndValuesAndDailyNotesHaveTheirOwnGroup() {
        var files = DocVault.seedFiles
        files["Meetings/2025-11-02 - Sync.md"] =
            "---\ntype: meeting\nattendees:\n  # who came\n  - \"[[Deandre Jackson]]\"\n  - '[[Jason Vallery]]'\n---\n# Sync\n"
        files["Notes/Plan.md"] = "---\npeople: \"[[Deandre Jackson|Dre]], Kenji Sato\"\nurl: https://x.example/a:b\n---\n# Plan\n"
        files["Journal/2025-11-03.md"] = "Coffee with [[Deandre Jackson]].\n"
        let texts = card(DocVault.index(files)).lines.map(\.text)
        let start = texts.firstIndex(of: "Backlinks (8)")!
        XCTAssertEqual(Array(texts[start...].prefix(14)), [
            "Backlinks (8)",
            "Transcripts (3)",
            "  2025-11-02 - Sync  attendees: Deandre Jackson",
            "  2025-09-01 - Kickoff  Attendees: Deandre Jackson, Jason Vallery",
            "  2025-10-30 - Intro 1-1 between Jason and Dre  participants: Deandre Jackson, Jason Vallery",
            "People (1)",
            "  Jason Vallery  Works with Deandre Jackson.",
            "Projects (1)",
            "  Cloud  Owner: Deandre Jackson",
            "Daily notes (1)",
            "  2025-11-03  Coffee with Deandre Jackson.",
            "Notes (2)",
            "  Ideas  Ask Dre about the course.",
            "  Plan  people: Dre, Kenji Sato",
        ])
    }

    func testMetWithAndAlsoIn() {
        let texts = card().lines.map(\.text)
        let met = texts.firstIndex(of: "Met with (1)")!
        XCTAssertEqual(texts[met + 1], "Jason Vallery (3)")
        let also = texts.firstIndex(of: "Also in (1)")!
        XCTAssertEqual(texts[also + 1], "2025-09-01  Kickoff")
    }

    func testStaleAndDerivedLastContact() {
        let stale = card(today: CalendarDate(year: 2026, month: 3, day: 1)!)
        let l = line(stale, startingWith: "last contact")!
        XCTAssertEqual(l.text, "last contact 2025-10-30 · 4mo ago")
        XCTAssertEqual(l.spans[1].role, .stale)
        XCTAssertEqual(line(card(staleDays: 30), startingWith: "last contact")!.spans[1].role, .date)

        let noDate = DocVault.seedPerson.replacingOccurrences(of: "last_contact: '2025-10-30'\n", with: "")
        let idx = DocVault.index([person: noDate,
                                   "Sources/Transcripts/2025/2025-10-30 - Intro 1-1 between Jason and Dre.md": DocVault.introTranscript])
        let derived = line(card(idx), startingWith: "last contact")!
        XCTAssertEqual(derived.text, "last contact 2025-10-30 · 3w ago (from an interaction)")
        XCTAssertNil(derived.sourceLine)
    }

    func testNeverContactedAndNoRecentContext() {
        let idx = DocVault.index(["People/Ann.md": "---\ntype: people\n---\n# Ann\n\n## Notes\n\nLikes tea.\n"])
        let doc = CardBuilder.card(for: "People/Ann.md", in: idx, today: today)
        XCTAssertEqual(doc.lines.map(\.text), ["last contact never", "cadence 90d (default) · due now",
                                               "contacts ▁▁▁▁▁▁▁▁▁▁▁▁ Dec 2024–Nov 2025 · none in 12 months", "",
                                               "Recent Context", "nothing written yet", "", "Notes", "Likes tea."])
        XCTAssertEqual(doc.lines[0].spans[1].role, .stale)
    }

    func testInteractionsTakeRecentContextsPlaceWhenItIsEmpty() {
        let idx = DocVault.index([
            "People/Ann.md": "---\ntype: people\n---\n# Ann\n\n## Notes\n\nLikes tea.\n",
            "Daily/2025-11-20.md": "met:: [[Ann]] at the station. Long chat.\n",
            "Meetings/2025-11-18 Sync.md": "---\ntype: meeting\ndate: 2025-11-18\nattendees:\n  - \"[[Ann]]\"\n---\nShipped the flow.\n",
        ])
        let texts = CardBuilder.card(for: "People/Ann.md", in: idx, today: today).lines.map(\.text)
        XCTAssertFalse(texts.contains("nothing written yet"), texts.joined(separator: "\n"))
        XCTAssertFalse(texts.contains { $0.hasPrefix("Also in") })
        let heading = texts.firstIndex(of: "Interactions (2)")!
        XCTAssertTrue(texts[heading + 1].hasPrefix("2025-11-20  daily note"), texts[heading + 1])
        XCTAssertTrue(texts[heading + 2].hasPrefix("2025-11-18  "), texts[heading + 2])
        // Before what the note says and its backlinks, not after them.
        XCTAssertLessThan(heading, texts.firstIndex(of: "Notes")!)
        XCTAssertLessThan(heading, texts.firstIndex { $0.hasPrefix("Backlinks") }!)
    }

    func testNonPersonFallsBackToReader() {
        let idx = DocVault.seedVault()
        let path = "Projects/Cloud.md"
        XCTAssertEqual(CardBuilder.card(for: path, in: idx, today: today), ReaderBuilder.document(for: path, in: idx))
    }
}
