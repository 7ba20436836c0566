import KithCore
import XCTest
@testable import KithUI

/// The card's Properties block and the Recent view's Upcoming group, on `ContactVault`
/// (today 2026-12-20).
final class ContactCardTests: XCTestCase {
    let index = ContactVault.index()

    func card(_ name: String, yearly: [String] = []) -> Document {
        CardBuilder.card(for: "People/\(name).md", in: index, today: ContactVault.today,
                         policy: ContactPolicy(yearlyKeys: yearly))
    }

    /// The Properties heading and the lines below it, up to the next blank line.
    func properties(_ doc: Document) -> [StyledLine] {
        guard let start = doc.lines.firstIndex(where: { $0.text == "Properties" }) else { return [] }
        return Array(doc.lines[start...].prefix { !$0.text.isEmpty })
    }

    func testContactDetailsComeFirstAlignedWithBirthdayAgeAndNextDate() {
        let doc = card("Ana Lima")
        XCTAssertEqual(properties(doc).map(\.text), [
            "Properties",
            "email        ana@example.com",
            "phone        +49 151 2345 678",
            "website      https://ana.dev",
            "Birthday     1990-12-22 · 35 · next Dec 22 (in 2d)",
            "Company      Obsidian",
            "role         Staff Engineer",
            "hobbies      climbing, chess",
            "anniversary  2015-12-27",
        ])
        XCTAssertEqual(doc.lines.first?.text, "Staff Engineer · Obsidian", "role and organization from properties")
        let recent = doc.lines.firstIndex { $0.text.hasPrefix("Recent Context") || $0.text.hasPrefix("Interactions") }!
        XCTAssertGreaterThan(recent, doc.lines.firstIndex { $0.text == "Properties" }!, "properties come first")
        let birthday = properties(doc)[4]
        XCTAssertEqual(birthday.spans.first { $0.text == "1990-12-22" }?.role, .date)
        XCTAssertEqual(birthday.sourceLine, 6, "e edits the note at the property")
        XCTAssertEqual(birthday.hangingIndent, 13)
    }

    func testYearlyKeysFromTheConfigShowTheYearsAndNextDate() {
        XCTAssertEqual(properties(card("Ana Lima", yearly: ["Anniversary"])).last?.text,
                       "anniversary  2015-12-27 · 10 years · next Dec 27 (in 7d)")
    }

    func testLinksInPropertiesAreTheCardsFirstSelectableItems() throws {
        let doc = card("Ana Lima")
        let lines = properties(doc)
        let company = try XCTUnwrap(lines[5].spans.first { $0.text == "Obsidian" })
        XCTAssertEqual(company.role, .link)
        XCTAssertEqual(company.link?.path, "Organizations/Obsidian.md")
        XCTAssertEqual(lines[3].spans.last?.link?.raw, "https://ana.dev")
        XCTAssertTrue(lines[3].spans.last?.link?.isExternal == true)

        // Tab focuses the card on its first link (the website); j, Enter opens the organization.
        var s = ContactVault.state(cols: 120, rows: 40).press(.char("/")).type("ana lima").press(.enter, .tab)
        XCTAssertEqual(s.nav.person, "People/Ana Lima.md")
        XCTAssertEqual(s.nav.focus, .card)
        // An external link goes to the runtime, which opens it in the browser.
        let (opened, effects) = KithApp.update(s, .key(.enter))
        XCTAssertEqual(effects, [.openLink(url: "https://ana.dev")])
        s = opened.press(.char("j"), .enter)
        XCTAssertEqual(s.nav.page, .reader(path: "Organizations/Obsidian.md"))
    }

    func testALinkValuedBirthdayIsShownAsWrittenNotAsADate() throws {
        let line = try XCTUnwrap(properties(card("Dan Roe")).last)
        XCTAssertEqual(line.text, "Birthday  July 22nd")
        let link = try XCTUnwrap(line.spans.last)
        XCTAssertEqual(link.role, .unresolved)
        XCTAssertEqual(link.link?.raw, "July 22nd")
    }

    func testTheProfileSectionWinsAndAYearlessBirthdayShowsTheNextDate() {
        let doc = card("Ben Cohen")
        XCTAssertEqual(doc.lines.first?.text, "CTO · Initech")
        XCTAssertEqual(properties(doc).map(\.text), ["Properties", "birthday  --01-03 · next Jan 3 (in 14d)", "org       Acme"])
    }

    func testMultiLineNestedAndWideValuesStayOneAlignedLineEach() {
        let person = """
            ---
            tags: [people]
            notes: |
              Likes hiking.
              Prefers email.
            address:
              city: Lisbon
              zip: "1100"
            favourite programming language: Swift
            住所: 東京
            ---
            # Rui
            """
        let index = VaultIndex(root: "/v", parsed: [NoteParser.parse(path: "People/Rui.md", bytes: Array(person.utf8))])
        let doc = CardBuilder.card(for: "People/Rui.md", in: index, today: ContactVault.today)
        XCTAssertEqual(properties(doc).map(\.text), [
            "Properties",
            "address         {city: Lisbon, zip: 1100}",
            "notes           Likes hiking. Prefers email.",
            "favourite programming language  Swift",
            "住所            東京",
        ])
    }

    // MARK: Recent

    func testUpcomingGroupSoonestFirstAboveDueEnterOpensCardOrMeeting() throws {
        let s = ContactVault.state(cols: 120, rows: 40, yearly: ["anniversary"]).press(.char("2"))
        let upcoming = s.recentRows.compactMap { row -> String? in
            guard case .upcoming(let u) = row else { return nil }
            return "\(u.date) \(u.kind.rawValue) \(u.people.map { $0.dropFirst(7).dropLast(3) }.joined(separator: "+")) \(u.years ?? -1)"
        }
        XCTAssertEqual(upcoming, ["2026-12-20 birthday Cleo Park 41", "2026-12-22 birthday Ana Lima 36",
                                  "2026-12-23 meeting Ana Lima+Ben Cohen+Zoë Ñúñez -1",
                                  "2026-12-27 yearly Ana Lima 11"])
        XCTAssertEqual(s.recentRows.first, .upcomingHeader(4))
        let due = try XCTUnwrap(s.recentRows.firstIndex { if case .dueHeader = $0 { return true } else { return false } })
        XCTAssertEqual(due, 5, "the Due group follows")
        XCTAssertEqual(s.nav.recent.selected, 1, "the soonest is selected first")

        let cleo = s.press(.enter)
        XCTAssertEqual(cleo.nav.page, .people)
        XCTAssertEqual(cleo.nav.person, "People/Cleo Park.md")
        XCTAssertEqual(cleo.nav.focus, .card)
        XCTAssertEqual(cleo.press(.backspace).nav.page, .recent, "back returns to Recent")

        let meeting = s.press(.char("j"), .char("j"), .enter)
        XCTAssertEqual(meeting.nav.page, .reader(path: "Meetings/2026-12-23 - Planning.md"))

        XCTAssertEqual(KithApp.update(s.press(.char("j")), .key(.char("e"))).1,
                       [.edit(path: "People/Ana Lima.md", line: 6)], "e edits the birthday's line")
        XCTAssertEqual(KithApp.update(s.press(.char("j"), .char("j")), .key(.char("e"))).1,
                       [.edit(path: "Meetings/2026-12-23 - Planning.md", line: nil)])
    }

    func testTheSelectedUpcomingRowStaysSelectedWhenTheVaultChanges() throws {
        var s = ContactVault.state(cols: 120, rows: 40).press(.char("2"), .char("j"), .char("j"))
        guard case .upcoming(let before)? = s.recentRows[safe: s.nav.recent.selected] else {
            return XCTFail("no Upcoming row selected")
        }
        XCTAssertEqual(before.kind, .meeting)
        // Someone whose birthday is tomorrow arrives: a row above the selection.
        let newcomer = ("People/Ivo Berg.md", "---\ntags: [people]\nbirthday: 1970-12-21\n---\n")
        let files = ContactVault.files + [newcomer]
        let next = VaultIndex(root: "/vault", parsed: files.map { NoteParser.parse(path: $0.0, bytes: Array($0.1.utf8)) })
        s = KithApp.update(s, .indexUpdated(next, message: "Ivo Berg.md added")).0
        XCTAssertEqual(s.recentRows[safe: s.nav.recent.selected], .upcoming(before))
        XCTAssertTrue(KithApp.render(s).text.contains("turns 56"))
    }

    func testNoUpcomingGroupWhenNothingIsComing() {
        var s = ContactVault.state(cols: 120, rows: 40)
        s = KithApp.update(s, .indexLoaded(VaultIndex(root: "/v", parsed: [
            NoteParser.parse(path: "People/A.md", bytes: Array("---\ntags: [people]\nbirthday: --06-01\n---\n".utf8)),
        ]))).0
        XCTAssertFalse(s.recentRows.contains { if case .upcomingHeader = $0 { return true } else { return false } })
    }

    func testGoldenScreens() {
        for (c, r) in SnapshotTests.sizes {
            let recent = ContactVault.state(cols: c, rows: r, yearly: ["anniversary"]).press(.char("2"))
            assertSnapshot(KithApp.render(recent), named: "upcoming-recent-\(c)x\(r)")
            var card = ContactVault.state(cols: c, rows: r).press(.char("/")).type("ana lima").press(.enter)
            if card.nav.focus != .card { card = card.press(.tab) }
            assertSnapshot(KithApp.render(card), named: "contact-card-\(c)x\(r)")
        }
    }
}
