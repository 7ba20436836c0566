import Foundation
import XCTest

/// Contact details in `kith show`, role and organization from properties in `people` and
/// `search`, and `kith upcoming`, on a vault written here (today pinned to 2026-12-20).
final class CLIContactsTests: XCTestCase {
    var root = ""
    var vault: String { root + "/vault" }
    var xdg: String { root + "/xdg" }

    static let files: [String: String] = [
        "People/Ana Lima.md": """
        ---
        tags: [people]
        hobbies: [climbing, chess]
        Company: "[[Obsidian]]"
        kids: 2
        role: Staff Engineer
        Birthday: 1990-12-22
        last_contact: 2026-12-01
        newsletter: true
        email: ana@example.com
        Anniversary: 2015-12-27
        ---
        # Ana Lima
        """,
        "People/Ben Cohen.md": """
        ---
        tags: [people]
        birthday: --01-03
        org: Acme
        ---
        # Ben Cohen

        ## Profile
        **Role**: CTO at Initech
        """,
        "People/Dan Roe.md": "---\ntags: [people]\nBirthday: \"[[July 22nd]]\"\n---\n# Dan Roe\n",
        "People/Zoë Ñúñez.md": "---\ntags: [people]\nbirthday: 2000-02-29\n---\n# Zoë Ñúñez\n",
        "Organizations/Obsidian.md": "# Obsidian\n",
        "Meetings/2026-12-28 - Planning.md": "---\ntype: meeting\n---\n# Planning\n\nWith [[Ana Lima]] and [[Zoë Ñúñez]].\n",
        "Meetings/2026-12-20 - Standup.md": "---\ntype: meeting\n---\nWith [[Ben Cohen]].\n",
        "Meetings/2026-11-02 - Retro.md": "---\ntype: meeting\n---\nWith [[Ben Cohen]].\n",
    ]

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "kith-e2e-contacts-\(UUID().uuidString)"
        for (path, text) in Self.files {
            let url = URL(fileURLWithPath: vault + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(atPath: xdg + "/kith", withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: root) }

    func kith(_ args: [String], config: String = "") throws -> CLIResult {
        try config.write(toFile: xdg + "/kith/config.toml", atomically: true, encoding: .utf8)
        return try CLI.run(args + ["--vault", vault], environment: ["XDG_CONFIG_HOME": xdg, "KITH_TODAY": "2026-12-20"])
    }

    /// The top-level keys of a pretty-printed JSON object, in order.
    func topKeys(_ json: String) -> [String] {
        json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { String($0.dropFirst(3).prefix { $0 != "\"" }) }
    }

    func testShowJSONListsPropertiesKnownKeysFirstWithKinds() throws {
        let r = try kith(["show", "Ana Lima", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let keys = topKeys(r.stdout)
        XCTAssertEqual(keys.firstIndex(of: "properties").map { keys[$0 - 1] }, "relationship")
        XCTAssertEqual(keys.firstIndex(of: "properties").map { keys[$0 + 1] }, "sections")
        let ana = try r.object()
        let props = ana.objects("properties")
        XCTAssertEqual(props.compactMap { $0.str("key") },
                       ["email", "Birthday", "Company", "role", "hobbies", "kids", "newsletter", "Anniversary"])
        XCTAssertEqual(props.compactMap { $0.str("kind") },
                       ["text", "date", "link", "text", "list", "number", "checkbox", "date"])
        XCTAssertEqual(props[2].str("value"), "[[Obsidian]]")
        XCTAssertEqual(props[2]["targets"] as? [String], ["Organizations/Obsidian.md"])
        XCTAssertEqual(props[4]["value"] as? [String], ["climbing", "chess"])
        XCTAssertEqual(ana.str("role"), "Staff Engineer")
        XCTAssertEqual(ana.str("organization"), "Obsidian")
        let keyOrder = r.stdout.split(separator: "\n").filter { $0.hasPrefix("      \"") }.prefix(4)
            .map { String($0.dropFirst(7).prefix { $0 != "\"" }) }
        XCTAssertEqual(keyOrder, ["key", "value", "kind", "targets"])

        let dan = try kith(["show", "Dan Roe", "--json"]).object().objects("properties")
        XCTAssertEqual(dan.first?.str("kind"), "link", "a link-valued birthday is not a date")
        XCTAssertEqual(dan.first?["targets"] as? [String], [])
        let ben = try kith(["show", "Ben Cohen", "--json"]).object()
        XCTAssertEqual(ben.str("role"), "CTO", "the Profile section wins")
        XCTAssertEqual(ben.objects("properties").map { "\($0.str("key") ?? ""):\($0.str("value") ?? ""):\($0.str("kind") ?? "")" },
                       ["birthday:--01-03:date", "org:Acme:text"])
    }

    func testShowTextPrintsPropertiesWithBirthdayAgeAndNextDate() throws {
        let r = try kith(["show", "Ana Lima"], config: "yearly = [\"anniversary\"]\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("""
            Properties
              email        ana@example.com
              Birthday     1990-12-22 · 35 · next Dec 22 (in 2d)
              Company      Obsidian
              role         Staff Engineer
              hobbies      climbing, chess
              kids         2
              newsletter   yes
              Anniversary  2015-12-27 · 10 years · next Dec 27 (in 7d)

            """), r.stdout)
        let zoe = try kith(["show", "Zoë Ñúñez", "--today", "2027-02-27"]).stdout
        XCTAssertTrue(zoe.contains("birthday  2000-02-29 · 26 · next Feb 28 (in 1d)"), zoe)
    }

    func testPeopleAndSearchUseTheOrganizationFromProperties() throws {
        let people = try kith(["people", "--json"]).objects()
        let ana = try XCTUnwrap(people.first { $0.str("name") == "Ana Lima" })
        XCTAssertEqual(ana.str("organization"), "Obsidian")
        XCTAssertEqual(ana.str("role"), "Staff Engineer")
        let text = try kith(["people"]).stdout
        XCTAssertTrue(text.split(separator: "\n").contains { $0.hasPrefix("Ana Lima") && $0.contains("Staff Engineer") && $0.contains("Obsidian") }, text)
        let found = try kith(["search", "org:obsidian", "--json"])
        XCTAssertEqual(found.status, 0, found.stderr)
        XCTAssertEqual(try found.objects().compactMap { $0.str("name") }, ["Ana Lima"])
    }

    func testUpcomingSoonestFirstAcrossTheYearBoundary() throws {
        let r = try kith(["upcoming", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let events = try r.objects()
        XCTAssertEqual(events.map { "\($0.str("date")!) \($0.str("kind")!) \($0.str("person")!)" }, [
            "2026-12-22 birthday Ana Lima",
            "2026-12-28 meeting Ana Lima",
            "2026-12-28 meeting Zoë Ñúñez",
            "2027-01-03 birthday Ben Cohen",
        ], "today's standup is a contact, not upcoming; a link birthday is no date")
        XCTAssertEqual(events[0].int("years"), 36)
        XCTAssertTrue(events[3].isNull("years"), "--01-03 has no year")
        XCTAssertEqual(events[1].str("label"), "2026-12-28 - Planning")
        XCTAssertEqual(events[1].str("person_path"), "People/Ana Lima.md")
        let keys = r.stdout.split(separator: "\n").filter { $0.hasPrefix("    \"") }.prefix(6)
            .map { String($0.dropFirst(5).prefix { $0 != "\"" }) }
        XCTAssertEqual(keys, ["date", "person", "person_path", "kind", "label", "years"])
    }

    func testUpcomingDaysYearlyKeysAndText() throws {
        XCTAssertEqual(try kith(["upcoming", "--days", "2", "--json"]).objects().count, 1)
        XCTAssertEqual(try kith(["upcoming", "--days", "0", "--json"]).stdout, "[]\n")
        let yearly = try kith(["upcoming", "--days", "7", "--json"], config: "yearly = [\"anniversary\"]\n").objects()
        let anniversary = try XCTUnwrap(yearly.first { $0.str("kind") == "yearly" })
        XCTAssertEqual(anniversary.str("date"), "2026-12-27")
        XCTAssertEqual(anniversary.str("label"), "Anniversary")
        XCTAssertEqual(anniversary.int("years"), 11)

        let text = try kith(["upcoming", "--days", "70"])
        XCTAssertEqual(text.stdout, """
            DATE         IN  PERSON     KIND      WHAT
            2026-12-22   2d  Ana Lima   birthday  turns 36
            2026-12-28   8d  Ana Lima   meeting   Planning
            2026-12-28   8d  Zoë Ñúñez  meeting   Planning
            2027-01-03  14d  Ben Cohen  birthday
            2027-02-28  70d  Zoë Ñúñez  birthday  turns 27

            """)
        let bad = try kith(["upcoming", "--days", "99999"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertEqual(bad.stderr, "kith: --days must be from 0 to 3660, not 99999\n")
    }
}
