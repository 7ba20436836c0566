import Foundation
import XCTest
@testable import KithCore

/// Contact details read from properties and profiles, and their vCard 4.0 and CSV forms: what
/// an address book importing `kith export` gets.
final class ContactExportTests: XCTestCase {
    static let files: [(String, String)] = [
        ("People/Ana Lima.md", """
        ---
        tags: [people, friend]
        Company: "[[Obsidian]]"
        role: Staff Engineer
        Birthday: 1990-12-22
        phone: "+49 151 2345 678"
        email: [ana@example.com, "[work](mailto:ana@obsidian.md)", "not an address"]
        website: ana.dev
        url: "[blog](https://blog.ana.dev)"
        aliases: [Ana, "Lima, A."]
        ---
        # Ana Lima
        """),
        ("People/Ben Cohen.md", """
        ---
        tags: [people]
        birthday: --01-03
        e-mail: "ben@acme.io; b.cohen@acme.io"
        homepage: "[[Ben's page]]"
        ---
        # Ben Cohen

        ## Profile
        **Role**: CTO at Initech
        """),
        ("People/王小明.md", "---\ntags: [people]\nfirst_name: 小明\nsurname: 王\n---\n# 王小明\n"),
        ("People/Cher.md", "---\ntags: [people]\n---\n# Cher\n"),
        ("Organizations/Obsidian.md", "# Obsidian\n"),
    ]

    static let index = VaultIndex(root: "/vault", parsed: files.map { NoteParser.parse(path: $0.0, bytes: Array($0.1.utf8)) })

    func details(_ path: String) throws -> ContactDetails {
        ContactDetails(try XCTUnwrap(Self.index.note(path), path))
    }

    func testDetailsComeFromPropertiesAndProfile() throws {
        let ana = try details("People/Ana Lima.md")
        XCTAssertEqual(ana.emails, ["ana@example.com", "ana@obsidian.md"], "a Markdown mailto link counts; prose does not")
        XCTAssertEqual(ana.phones, ["+49 151 2345 678"])
        XCTAssertEqual(ana.urls, ["https://ana.dev", "https://blog.ana.dev"], "a bare domain gets https://")
        XCTAssertEqual(ana.organization, "Obsidian", "the link shows as the note it leads to")
        XCTAssertEqual(ana.role, "Staff Engineer")
        XCTAssertEqual(ana.birthday, YearlyDate(parsing: "1990-12-22"))
        XCTAssertEqual([ana.givenName, ana.familyName], ["Ana", "Lima"])
        let ben = try details("People/Ben Cohen.md")
        XCTAssertEqual(ben.emails, ["ben@acme.io", "b.cohen@acme.io"], "one string, two addresses")
        XCTAssertEqual(ben.urls, [], "a wikilink is not a web address")
        XCTAssertEqual([ben.role, ben.organization], ["CTO", "Initech"], "the Profile section wins")
        XCTAssertEqual(ben.birthday.map { [$0.year, $0.month, $0.day] }, [nil, 1, 3])
        let wang = try details("People/王小明.md")
        XCTAssertEqual([wang.givenName, wang.familyName], ["小明", "王"], "name properties win over splitting")
        let cher = try details("People/Cher.md")
        XCTAssertNil(cher.givenName)
        XCTAssertNil(cher.familyName)
    }

    /// The content lines of a vCard, unfolded (RFC 6350 §3.2).
    func unfolded(_ card: String) -> [String] {
        card.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    func testVCardHasTheFieldsEscapedWithBirthdaysInBothForms() throws {
        let ana = unfolded(VCard.card(try details("People/Ana Lima.md")))
        XCTAssertEqual(ana.first, "BEGIN:VCARD")
        XCTAssertEqual(ana[1], "VERSION:4.0")
        XCTAssertEqual(ana.last, "END:VCARD")
        for line in ["FN:Ana Lima", "N:Lima;Ana;;;", "NICKNAME:Ana,Lima\\, A.", "EMAIL:ana@example.com", "EMAIL:ana@obsidian.md",
                     "TEL:+49 151 2345 678", "ORG:Obsidian", "TITLE:Staff Engineer", "BDAY:19901222", "URL:https://ana.dev",
                     "CATEGORIES:people,friend", "NOTE:Vault note: People/Ana Lima.md"] {
            XCTAssertTrue(ana.contains(line), "\(line) in\n\(ana.joined(separator: "\n"))")
        }
        let ben = unfolded(VCard.card(try details("People/Ben Cohen.md")))
        XCTAssertTrue(ben.contains("BDAY:--0103"), "no year: --MMDD")
        XCTAssertEqual(ben.filter { $0.hasPrefix("UID:urn:uuid:") }.count, 1)
        XCTAssertEqual(unfolded(VCard.card(try details("People/Cher.md"))).first { $0.hasPrefix("N:") }, "N:Cher;;;;")
        // The same path gives the same UID (re-imports update), another path another.
        XCTAssertEqual(VCard.card(try details("People/Ben Cohen.md")), VCard.card(try details("People/Ben Cohen.md")))
        XCTAssertNotEqual(ben.first { $0.hasPrefix("UID:") }, ana.first { $0.hasPrefix("UID:") })
    }

    func testTextValuesEscapeBackslashCommaSemicolonAndNewlines() {
        XCTAssertEqual(VCard.escaped("a\\b, c; d\ne\r\nf"), "a\\\\b\\, c\\; d\\ne\\nf")
        XCTAssertEqual(VCard.escaped("tab\there"), "tab here", "no control characters in a content line")
    }

    func testLongLinesFoldAt75OctetsNeverInsideACharacter() {
        let value = String(repeating: "Zoë Ñúñez 王小明 🎉 ", count: 8)
        let folded = VCard.folded("NOTE:" + value)
        XCTAssertTrue(folded.hasSuffix("\r\n"))
        let physical = folded.components(separatedBy: "\r\n").dropLast()
        XCTAssertGreaterThan(physical.count, 3)
        for (i, line) in physical.enumerated() {
            XCTAssertLessThanOrEqual(line.utf8.count, 75, "line \(i): \(line)")
            XCTAssertEqual(i > 0, line.hasPrefix(" "), "continuations start with one space")
            // A character cut in two would have decoded as U+FFFD.
            XCTAssertFalse(line.unicodeScalars.contains("\u{FFFD}"), line)
        }
        XCTAssertEqual(folded.replacingOccurrences(of: "\r\n ", with: ""), "NOTE:" + value + "\r\n", "unfolds to the original")
        XCTAssertEqual(VCard.folded("FN:Ana"), "FN:Ana\r\n")
    }

    func testCSVQuotesAsRFC4180WithAHeaderRow() throws {
        let table = ContactCSV.table([try details("People/Ana Lima.md"), try details("People/Ben Cohen.md")])
        let lines = table.components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], ContactCSV.columns.joined(separator: ","))
        XCTAssertEqual(lines[1], "Ana Lima,Ana,Lima,ana@example.com; ana@obsidian.md,+49 151 2345 678,"
                       + "https://ana.dev; https://blog.ana.dev,Obsidian,Staff Engineer,1990-12-22,\"Ana; Lima, A.\","
                       + "people; friend,People/Ana Lima.md")
        XCTAssertTrue(lines[2].contains(",--01-03,"), lines[2])
        XCTAssertEqual(lines.last, "", "every record ends with CRLF")
        XCTAssertEqual(ContactCSV.quoted("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(ContactCSV.quoted("two\nlines"), "\"two\nlines\"")
        XCTAssertEqual(ContactCSV.quoted("plain"), "plain")
    }
}
