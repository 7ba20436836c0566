import Foundation
import XCTest

/// `kith stale` with cadences (own, per tag from the config, `--days` overriding), and the
/// cadence fields and unlinked mentions of `kith show`, on the sample vault (today 2026-11-25).
final class CLIStayInTouchTests: XCTestCase {
    var xdg = ""

    override func setUpWithError() throws {
        xdg = NSTemporaryDirectory() + "kith-e2e-touch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: xdg + "/kith", withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: xdg) }

    func kith(_ args: [String], config: String = "") throws -> CLIResult {
        try config.write(toFile: xdg + "/kith/config.toml", atomically: true, encoding: .utf8)
        return try CLI.run(args + ["--vault", CLI.sampleVault], environment: ["XDG_CONFIG_HOME": xdg])
    }

    func testStaleHonoursOwnCadenceMostOverdueFirst() throws {
        let r = try kith(["stale", "--today", "2026-11-25", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let people = try r.objects()
        // SampleVault.md: José García's own 30d makes him due (46 days over) though 76 < 90.
        XCTAssertEqual(people.compactMap { $0.str("name") }, ["José García", "佐藤花子"])
        let jose = people[0]
        XCTAssertEqual(jose.int("cadence_days"), 30)
        XCTAssertEqual(jose.str("cadence_source"), "frontmatter")
        XCTAssertEqual(jose.str("due"), "2026-10-10")
        XCTAssertEqual(jose.int("overdue_days"), 46)
        XCTAssertEqual(people[1].str("cadence_source"), "default")
        XCTAssertEqual(people[1].int("overdue_days"), 104 - 90)
        let keys = ["name", "path", "last_contact", "last_contact_derived", "last_contact_source", "days_since",
                    "cadence_days", "cadence_source", "due", "overdue_days", "role", "organization", "tags"]
        XCTAssertEqual(try JSONKeys.order(r.stdout, count: keys.count), keys)

        let text = try kith(["stale", "--today", "2026-11-25"])
        let lines = text.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].contains("CADENCE") && lines[0].contains("OVERDUE"), lines[0])
        let joseLine = try XCTUnwrap(lines.first { $0.hasPrefix("José García") })
        XCTAssertTrue(joseLine.contains("30d (frontmatter)") && joseLine.contains("46d"), joseLine)
    }

    func testTagCadenceFromConfigAndDaysOverride() throws {
        // Zoë (tag partner, 8 days since) is due under a weekly partner cadence; the config's
        // stale_days moves everyone else.
        let config = "stale_days = 100\n[cadence]\npartner = \"1w\"\n"
        let r = try kith(["stale", "--today", "2026-11-25", "--json"], config: config)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.isEmpty, r.stderr)
        let people = try r.objects()
        XCTAssertEqual(people.compactMap { $0.str("name") }, ["José García", "佐藤花子", "Zoë Ñúñez"])
        let zoe = try XCTUnwrap(people.first { $0.str("name") == "Zoë Ñúñez" })
        XCTAssertEqual(zoe.str("cadence_source"), "tag:partner")
        XCTAssertEqual(zoe.int("overdue_days"), 1)
        XCTAssertEqual(people[1].int("overdue_days"), 4, "佐藤花子: 104 days against stale_days 100")
        // --days gives everyone the same limit: cadences and stale_days are ignored.
        let forced = try kith(["stale", "--today", "2026-11-25", "--days", "90", "--json"], config: config).objects()
        XCTAssertEqual(forced.compactMap { $0.str("name") }, ["佐藤花子"])
        XCTAssertTrue(forced.allSatisfy { $0.str("cadence_source") == "override" })
        let help = try kith(["stale", "--help"])
        let flat = help.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        XCTAssertTrue(flat.contains("overrides every cadence and stale_days"), help.stdout)
    }

    func testShowJSONHasCadenceAndUnlinkedMentions() throws {
        let r = try kith(["show", "zoe nunez", "--today", "2026-11-25", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let zoe = try r.object()
        XCTAssertEqual(zoe.int("cadence_days"), 90)
        XCTAssertEqual(zoe.str("due"), "2027-02-15")
        XCTAssertEqual(zoe.int("overdue_days"), 8 - 90)
        let mentions = try XCTUnwrap(zoe["unlinked_mentions"] as? [[String: Any]])
        // SampleVault.md, "Unlinked mentions": the eight speaker lines of the Halcyon transcripts.
        XCTAssertEqual(mentions.count, 8)
        XCTAssertEqual(mentions.map { $0.int("line") ?? 0 }, [32, 36, 42, 30, 34, 40, 30, 34])
        let first = mentions[0]
        XCTAssertEqual(first.str("path"), "Sources/Transcripts/2025/2025-07-09 - Halcyon partnership intro.md")
        XCTAssertEqual(first.int("column"), 3)
        XCTAssertEqual(first.str("matched"), "Zoë Ñúñez")
        XCTAssertTrue(first.str("text")?.hasPrefix("**Zoë Ñúñez**: Happy to be here.") == true)

        let text = try kith(["show", "王小明", "--today", "2026-11-25"])
        XCTAssertTrue(text.stdout.contains("Contacts/佐藤花子.md:18"), text.stdout)
        XCTAssertTrue(text.stdout.contains("Cadence       90d  due 2026-12-01  in 6d"), text.stdout)
        // Other notes have no person keys.
        let project = try kith(["show", "Roadmap", "--json"]).object()
        XCTAssertNil(project["unlinked_mentions"])
        XCTAssertNil(project["cadence_days"])
    }
}

/// Top-level keys of the first object in JSON text, in the order written (Foundation's
/// parser loses the order).
enum JSONKeys {
    static func order(_ json: String, count: Int) throws -> [String] {
        var keys: [String] = []
        for line in json.split(separator: "\n") where line.hasPrefix("    \"") {
            let key = line.dropFirst(5).prefix { $0 != "\"" }
            keys.append(String(key))
            if keys.count == count { break }
        }
        return keys
    }
}
