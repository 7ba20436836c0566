import Foundation
import XCTest

/// `kith brief`, `kith orgs`, `kith meetings` and `people --json`'s `monthly`, as a script
/// reads them: JSON on the fixtures, today pinned.
final class CLIWorkflowsTests: XCTestCase {
    /// `Tests/Fixtures/SeedVault` (its `.md` describes it): the seed person and her meetings.
    static let seedVault = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/SeedVault").path

    func testBriefOfTheSeedPersonJSON() throws {
        let r = try CLI.run(["brief", "Deandre Jackson", "--json", "--vault", Self.seedVault, "--today", "2025-11-12"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let b = try r.object()
        // Who: her Profile's role line, split into role, organization and team.
        XCTAssertEqual(b.str("role"), "Technical Enablement Director")
        XCTAssertEqual(b.str("organization"), "VAST Data")
        XCTAssertEqual(b.str("team"), "Enablement (SE enablement)")
        XCTAssertEqual(b.str("relationship"), "Internal collaborator; 1:1 counterpart")
        XCTAssertEqual((b["details"] as? [Any])?.count, 0, "her note has no email or phone")
        XCTAssertEqual(b.str("last_contact"), "2025-10-30")
        XCTAssertEqual(b.int("cadence_days"), 90)
        XCTAssertEqual(b.str("due"), "2026-01-28")
        XCTAssertTrue(b["next_birthday"] is NSNull)
        // The last three interactions, newest first, with their summaries.
        let recent = try XCTUnwrap(b["recent"] as? [[String: Any]])
        XCTAssertEqual(recent.count, 3)
        XCTAssertEqual(recent.map { $0.str("date") }, ["2025-10-30", "2025-10-30", "2025-10-30"])
        XCTAssertEqual(recent.map { $0.str("summary") }, [
            "Intro 1-1 between Jason and Dre. Dre outlined SE enablement cadence and an S3/Object course he built...",
            "Intro 1:1 between Jason Vallery and Deandre (Dre) Jackson aligning on cloud enablement messaging and...",
            "Weekly SE community call focused on end-of-quarter execution, Tech Summit logistics/expense policy, ...",
        ])
        XCTAssertEqual(b.int("interactions"), 5)
        // Open items: the daily note's task that links her, then the Intro's action item that
        // names no one else; not the checked one, not Nidhi's, not Jeff's.
        let open = try XCTUnwrap(b["open_items"] as? [[String: Any]])
        XCTAssertEqual(open.map { $0.str("text") }, ["Send [[Deandre Jackson]] feedback on the S3/Object course",
                                                     "Dre to share the S3/Object course outline"])
        XCTAssertEqual(open.map { $0.str("path") }, ["Daily/2025-11-03.md",
            "Sources/Transcripts/2025/2025-10-30 - Intro 1-1 between Jason and Dre. Dre outlined SE enablement cadence and an S3Ob.md"])
        let decisions = try XCTUnwrap(b["decisions"] as? [[String: Any]])
        XCTAssertEqual(decisions.count, 10)
        XCTAssertEqual(decisions.first?.str("text"), "Anchor enablement on workload scenarios rather than generic object features.")
        // The people she met with most; the owner (Jason Vallery, tag `me`) is left out.
        let met = try XCTUnwrap(b["met_with"] as? [[String: Any]])
        XCTAssertEqual(met.map { $0.str("name") }, ["Lior Genzel", "Jeff Denworth", "Nidhi Shah"])
        XCTAssertEqual(met.map { $0.int("shared") }, [2, 1, 1])
        let topics = try XCTUnwrap(b["topics"] as? [String])
        XCTAssertEqual(topics.count, 16)
        XCTAssertEqual(topics.first, "SE enablement cadence and curriculum design (S3/Object)")
        // Dec 2024 … Nov 2025: the toolbox planning in September, four bullets in October.
        XCTAssertEqual(b["monthly"] as? [Int], [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 4, 0])
    }

    func testBriefTextAndContactDetailsBirthdayAndNextMeeting() throws {
        let text = try CLI.run(["brief", "Deandre Jackson", "--vault", Self.seedVault, "--today", "2025-11-12"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("Technical Enablement Director · VAST Data"), text.stdout)
        XCTAssertTrue(text.stdout.contains("Met with      Lior Genzel (2), Jeff Denworth (1), Nidhi Shah (1)"), text.stdout)
        XCTAssertFalse(text.stdout.contains("Jason Vallery ("), "the owner is not among the people met with")
        // The real-world sample's Ana Lima has contact details, a birthday and a meeting ahead.
        let ana = try CLI.run(["brief", "Ana Lima", "--json", "--vault", CLI.realWorldVault]).object()
        let details = try XCTUnwrap(ana["details"] as? [[String: Any]])
        XCTAssertEqual(details.map { $0.str("key") }, ["email", "phone", "url"])
        XCTAssertEqual(details.first?["values"] as? [String], ["ana@example.com"])
        XCTAssertEqual(ana.str("next_birthday"), "2027-04-12")
        XCTAssertEqual(ana.int("turns"), 37)
        XCTAssertEqual((ana["upcoming"] as? [String: Any])?.str("date"), "2026-12-02")
        // A name that is nobody's: one line on stderr, exit 1.
        let none = try CLI.sample(["brief", "Nobody Here"])
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.stderr, "kith: no note named \"Nobody Here\"\n")
        XCTAssertEqual(none.stdout, "")
    }

    func testOrgsJSONAndSorts() throws {
        let orgs = try CLI.sample(["orgs", "--json"]).objects()
        // Six organizations: five with a note (Customers/ or Organizations/), Norrland Freight
        // only from Tomás's Profile.
        XCTAssertEqual(orgs.map { $0.str("name") }, ["Brightwater Logistics", "Fernwood Labs", "Halcyon Cloud",
                                                     "Hikari Systems", "Kestrel Health", "Norrland Freight"])
        XCTAssertEqual(orgs.map { $0.int("people") }, [1, 6, 2, 2, 2, 1])
        XCTAssertEqual(orgs.map { $0.str("last_contact") }, ["2026-09-10", "2026-11-24", "2026-11-20", "2026-09-02",
                                                             "2026-10-22", "2026-11-20"])
        XCTAssertEqual(orgs.map { $0.int("due") }, [1, 0, 0, 1, 0, 0])
        XCTAssertEqual(orgs.map { $0.str("note") }, ["Customers/Brightwater Logistics.md", "Organizations/Fernwood Labs.md",
                                                     "Organizations/Halcyon Cloud.md", "Organizations/Hikari Systems.md",
                                                     "Customers/Kestrel Health.md", nil])
        let hikari = try XCTUnwrap(orgs[3]["members"] as? [[String: Any]])
        XCTAssertEqual(Set(hikari.compactMap { $0.str("name") }), ["王小明", "佐藤花子"])
        let byPeople = try CLI.sample(["orgs", "--json", "--sort", "people"]).objects()
        XCTAssertEqual(byPeople.first?.str("name"), "Fernwood Labs")
        let byDue = try CLI.sample(["orgs", "--sort", "due"]).stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(byDue[0].hasPrefix("ORGANIZATION"), byDue[0])
        XCTAssertTrue(byDue[1].hasPrefix("Brightwater Logistics") && byDue[2].hasPrefix("Hikari Systems"), byDue.joined(separator: "\n"))
    }

    func testPeopleMonthlyCountsFollowThePinnedDay() throws {
        func andre(_ extra: [String]) throws -> [Int]? {
            let people = try CLI.sample(["people", "--json"] + extra).objects()
            return people.first { $0.str("name") == "Andre Okafor" }?["monthly"] as? [Int]
        }
        // Dec 2025 … Nov 2026: the offsite of 2025-12-11, the kickoff of April, the 1:1 of June,
        // the review of 2026-11-04 and the two contacts of 2026-11-24; 2025-09-18 is outside.
        XCTAssertEqual(try andre([]), [1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 3])
        // Apr 2026 … Mar 2027 on another day.
        XCTAssertEqual(try andre(["--today", "2027-03-01"]), [1, 0, 1, 0, 0, 0, 0, 3, 0, 0, 0, 0])
        for p in try CLI.sample(["people", "--json"]).objects() {
            XCTAssertEqual((p["monthly"] as? [Int])?.count, 12, "\(p)")
        }
    }

    func testMeetingsNewestFirstWithTheirPeopleWithoutTheOwner() throws {
        let rows = try CLI.run(["meetings", "--json", "--vault", CLI.realWorldVault]).objects()
        XCTAssertEqual(Array(rows.prefix(5).map { $0.str("date") }),
                       ["2026-12-02", "2026-11-23", "2026-11-20", "2026-11-18", "2026-11-10"])
        XCTAssertEqual(Array(rows.prefix(5).map { $0.str("kind") }), ["meeting", "daily", "daily", "meeting", "meeting"])
        XCTAssertEqual(rows.first?["upcoming"] as? Bool, true)
        let sync = try XCTUnwrap(rows.first { $0.str("title") == "Product sync" })
        let people = (sync["people"] as? [[String: Any]])?.compactMap { $0.str("name") }
        XCTAssertEqual(people, ["Ana Lima", "Émile Dubois", "Samuel Okoye"], "Priya Nair, the owner, is left out")
        let dates = rows.compactMap { $0.str("date") }
        XCTAssertEqual(dates, dates.sorted(by: >))
        // Only those with a person.
        let kenji = try CLI.run(["meetings", "--json", "--person", "Kenji Sato", "--vault", CLI.realWorldVault]).objects()
        XCTAssertFalse(kenji.isEmpty)
        XCTAssertTrue(kenji.allSatisfy { (($0["people"] as? [[String: Any]]) ?? []).contains { $0.str("name") == "Kenji Sato" } })
    }
}
