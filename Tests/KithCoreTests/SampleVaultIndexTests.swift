import XCTest
@testable import KithCore

/// The index over `Tests/Fixtures/SampleVault`, checked against `Tests/Fixtures/SampleVault.md`.
final class SampleVaultIndexTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/SampleVault").path
    nonisolated(unsafe) static var cached: VaultIndex?

    var index: VaultIndex {
        get throws {
            if let i = Self.cached { return i }
            let i = try VaultLoader.load(root: Self.root)
            Self.cached = i
            return i
        }
    }

    func testCountsAndHiddenFoldersIgnored() throws {
        let i = try index
        XCTAssertEqual(i.notes.count, 52)
        XCTAssertEqual(i.count(.person), 15)
        XCTAssertEqual(i.count(.transcript), 20)
        XCTAssertEqual(i.count(.project), 7)
        XCTAssertEqual(i.count(.organization), 5)
        XCTAssertEqual(i.count(.note), 5)
        XCTAssertEqual(i.attachments, ["Attachments/whiteboard.png"])
        XCTAssertEqual(i.linkCount, 318)
        XCTAssertFalse(i.notes.contains { $0.path.hasPrefix(".") })
    }

    static let today = CalendarDate(parsing: "2026-11-25")!

    func testPeopleOrderRecentFirstUndatedLastTiesByName() throws {
        let names = try index.people(sortedBy: .recent, policy: ContactPolicy(), today: Self.today).map(\.name)
        XCTAssertEqual(names, ["Andre Okafor", "Mara Lindqvist", "Ben Cartwright", "Tomás Ferreira", "Zoë Ñúñez",
                               "Hannah Weiss", "Liam O'Brien", "Priya Raman", "Sofia Marchetti", "Ingrid Halvorsen",
                               "Marcus Bell", "Nadia Petrova", "José García", "王小明", "佐藤花子"])
    }

    func testLastContactIsTheNewestOfPropertyAndPastInteractions() throws {
        let i = try index
        let day = { (s: String) in CalendarDate(parsing: s)! }
        XCTAssertEqual(i.lastContact(of: "People/Mara Lindqvist.md", today: Self.today),
                       LastContact(date: day("2026-11-24"), source: .interaction))
        XCTAssertEqual(i.lastContact(of: "People/Liam O'Brien.md", today: Self.today),
                       LastContact(date: day("2026-11-04"), source: .property))
        // last_contact 2025-05-22 is behind the 2026-10-22 retro that links him.
        XCTAssertEqual(i.lastContact(of: "People/Marcus Bell.md", today: Self.today),
                       LastContact(date: day("2026-10-22"), source: .interaction))
        // Met at a conference, written in the 2026-11-20 daily note; the 2026-11-24 one only plans a reply.
        XCTAssertEqual(i.lastContact(of: "People/Conferences/Tomás Ferreira.md", today: Self.today),
                       LastContact(date: day("2026-11-20"), source: .interaction))
        // As of an earlier day, later interactions are not contacts yet.
        XCTAssertEqual(i.lastContact(of: "People/Marcus Bell.md", today: day("2026-10-21")),
                       LastContact(date: day("2026-02-12"), source: .interaction))
        XCTAssertNil(i.lastContact(of: "People/Conferences/Tomás Ferreira.md", today: day("2026-11-19")))
        XCTAssertEqual(i.lastContactMismatches(today: Self.today).map(\.path), ["People/Marcus Bell.md"])
        XCTAssertEqual(i.lastContactMismatches(today: day("2026-10-21")).map(\.path), ["People/Marcus Bell.md"])
        XCTAssertEqual(i.lastContactMismatches(today: day("2025-05-22")).map(\.path), [])
    }

    func testInteractionCountsPerPerson() throws {
        let i = try index
        let expected = ["Mara Lindqvist": 19, "Priya Raman": 8, "Liam O'Brien": 7, "Andre Okafor": 7,
                        "Hannah Weiss": 5, "Sofia Marchetti": 5, "Zoë Ñúñez": 4, "Ben Cartwright": 4,
                        "José García": 3, "Marcus Bell": 3, "Ingrid Halvorsen": 2, "Nadia Petrova": 2,
                        "王小明": 2, "佐藤花子": 2, "Tomás Ferreira": 1]
        for p in i.people {
            XCTAssertEqual(i.interactions(of: p.path).count, expected[p.name], p.name)
        }
    }

    func testAndreInteractionsInOrderWithOrigins() throws {
        let list = try index.interactions(of: "People/Andre Okafor.md")
        XCTAssertEqual(list.map { $0.date?.description ?? "-" },
                       ["2026-11-24", "2026-11-24", "2026-11-04", "2026-06-30", "2026-04-16", "2025-12-11", "2025-09-18"])
        XCTAssertEqual(list.map(\.origin), [.daily, .recentContext, .recentContext, .recentContext, .recentContext,
                                            .recentContext, .transcript])
        // Same day: by line (the daily note's line 9 before the Recent Context bullet's 18).
        XCTAssertEqual(list.map(\.line), [9, 18, 20, 21, 22, 24, 6])
        XCTAssertEqual(list.first?.target, "Daily/2026-11-24.md")
        XCTAssertEqual(list.first?.summary, "1:1 with Dre — see 2026-11-24 - 1-1 Mara and Dre.")
        XCTAssertEqual(list.last?.target, "Sources/Transcripts/2025/2025-09-18 - Platform roadmap review.md")
        XCTAssertEqual(list[4].via, "Priya Raman")
    }

    func testRecentContextOfZoeIncludesUnresolvedAndVia() throws {
        let zoe = try XCTUnwrap(try index.note("People/Zoë Ñúñez.md"))
        XCTAssertEqual(zoe.recentContext.count, 4)
        let unresolved = zoe.recentContext[2]
        XCTAssertEqual(unresolved.line, 19)
        XCTAssertNil(unresolved.target)
        XCTAssertEqual(unresolved.link, "2026-02-18 - Halcyon pricing call")
        XCTAssertEqual(zoe.recentContext[3].via, "Ben Cartwright")
        XCTAssertEqual(zoe.tags.map { $0.lowercased() }.prefix(2), ["type/people", "partner"])
    }

    func testHannahBulletWithoutLink() throws {
        let hannah = try XCTUnwrap(try index.note("People/Hannah Weiss.md"))
        let e = try XCTUnwrap(hannah.recentContext.first)
        XCTAssertEqual(e.date?.description, "2026-11-06")
        XCTAssertNil(e.link)
        XCTAssertEqual(e.via, "Liam O'Brien")
    }

    func testProfileAndCRLFBOMNote() throws {
        let i = try index
        let andre = try XCTUnwrap(i.note("People/Andre Okafor.md"))
        XCTAssertEqual(andre.profile, Profile(role: "Engineering Manager", organization: "Fernwood Labs", team: "Platform",
                                              relationship: andre.profile.relationship))
        XCTAssertEqual(andre.aliases, ["Dre"])
        let nadia = try XCTUnwrap(i.note("Contacts/Nadia Petrova.md"))
        XCTAssertNil(nadia.profile.organization)
        let ingrid = try XCTUnwrap(i.note("People/Ingrid Halvorsen.md"))
        XCTAssertEqual(ingrid.kind, .person)
        XCTAssertEqual(ingrid.profile.organization, "Kestrel Health")
        XCTAssertEqual(ingrid.recentContext.count, 2)
        XCTAssertFalse(ingrid.parsed.line(1).contains("\r"))
    }

    func testUnresolvedAmbiguousAndFrontmatterErrors() throws {
        let r = try index.report
        XCTAssertEqual(r.unresolved.map { "\($0.source):\($0.line) \($0.link)" }.sorted(), [
            "Daily/2026-11-20.md:5 Dre", "Daily/2026-11-20.md:6 whiteboard",
            "People/Zoë Ñúñez.md:19 2026-02-18 - Halcyon pricing call",
            "Sources/Transcripts/2026/2026-09-10 - Brightwater renewal prep.md:46 Brightwater SOC2 Report",
        ])
        XCTAssertEqual(r.ambiguous.map { "\($0.source):\($0.line)" }.sorted(), [
            "Home.md:16", "Inbox/Scratch.md:10", "People/王小明.md:45",
            "Sources/Transcripts/2026/2026-09-02 - Advisory session with 王小明.md:30",
        ])
        XCTAssertTrue(r.ambiguous.allSatisfy { $0.chosen == "Projects/Roadmap.md" && $0.candidates.count == 2 })
        XCTAssertEqual(r.frontmatterErrors.map(\.path), ["Inbox/Scratch.md"])
        XCTAssertEqual(r.frontmatterErrors.first?.line, 3)
        XCTAssertEqual(try index.note("Inbox/Scratch.md")?.name, "Scratch")
    }

    func testCoAttendees() throws {
        let i = try index
        // Mara Lindqvist is the vault's owner (tag `me`): in no one else's list.
        XCTAssertEqual(i.owner, "People/Mara Lindqvist.md")
        XCTAssertEqual(i.coAttendees(of: "People/Andre Okafor.md").map { "\($0.name) \($0.shared)" },
                       ["Hannah Weiss 3", "Liam O'Brien 3", "Priya Raman 3", "Sofia Marchetti 3"])
        XCTAssertEqual(i.coAttendees(of: "People/Zoë Ñúñez.md").map { "\($0.name) \($0.shared)" },
                       ["Ben Cartwright 3"])
        XCTAssertEqual(i.coAttendees(of: "People/José García.md").map { "\($0.name) \($0.shared)" },
                       ["Liam O'Brien 3", "Hannah Weiss 1", "Priya Raman 1"])
        // Her own list is everyone she met.
        XCTAssertEqual(i.coAttendees(of: "People/Mara Lindqvist.md").map { "\($0.name) \($0.shared)" },
                       ["Priya Raman 8", "Liam O'Brien 7", "Andre Okafor 6", "Hannah Weiss 4", "Sofia Marchetti 4",
                        "Ben Cartwright 3", "José García 3", "Marcus Bell 3", "Zoë Ñúñez 3", "Ingrid Halvorsen 2",
                        "佐藤花子 2", "王小明 2", "Nadia Petrova 1"])
    }

    func testBacklinks() throws {
        let i = try index
        XCTAssertEqual(i.backlinks(to: "People/Conferences/Tomás Ferreira.md").map { "\($0.source):\($0.line)" },
                       ["Daily/2026-11-20.md:3", "Daily/2026-11-24.md:12"])
        let andre = i.backlinks(to: "People/Andre Okafor.md")
        XCTAssertEqual(andre.count, 19)
        XCTAssertEqual(Set(andre.map(\.source)).count, 13)
        XCTAssertFalse(i.backlinks(to: "Projects/Roadmap.md").contains { $0.source == "Projects/Roadmap.md" })
    }

    func testTranscriptsDatesAndParticipants() throws {
        let i = try index
        let advisory = try XCTUnwrap(i.note("Sources/Transcripts/2026/2026-09-02 - Advisory session with 王小明.md"))
        XCTAssertEqual(advisory.date?.description, "2026-09-02")
        XCTAssertEqual(advisory.name, "Advisory session with 王小明")
        XCTAssertEqual(i.transcripts.first?.path, "Sources/Transcripts/2026/2026-11-24 - 1-1 Mara and Dre.md")
        let kickoff = "Sources/Transcripts/2025/2025-05-22 - Kestrel Health kickoff.md"
        XCTAssertTrue(i.participants(of: kickoff).contains("People/Marcus Bell.md"))
        // The owner is left out of the people beside a meeting, and shown as "you" where it lists them.
        XCTAssertFalse(i.participants(of: kickoff).contains("People/Mara Lindqvist.md"))
        XCTAssertTrue(i.participants(of: kickoff, includingOwner: true).contains("People/Mara Lindqvist.md"))
        XCTAssertTrue(i.ownerAttends(kickoff))
        XCTAssertEqual(i.note("Sources/Transcripts/2025/2025-09-18 - Platform roadmap review.md")?.kind, .transcript)
    }

    func testTimelineNewestFirst() throws {
        let t = try index.timeline
        XCTAssertEqual(t.count, 19 + 8 + 7 + 7 + 5 + 5 + 4 + 4 + 3 + 3 + 2 + 2 + 2 + 2 + 1)
        XCTAssertEqual(t.first?.date?.description, "2026-11-24")
        let dates = t.compactMap(\.date)
        XCTAssertEqual(dates, dates.sorted(by: >))
    }

    func testLookupByNameAliasPathAndSuggestions() throws {
        let i = try index
        XCTAssertEqual(i.lookup("Dre"), .found("People/Andre Okafor.md"))
        XCTAssertEqual(i.lookup("zoë ñúñez"), .found("People/Zoë Ñúñez.md"))
        XCTAssertEqual(i.lookup("People/Marcus Bell"), .found("People/Marcus Bell.md"))
        XCTAssertEqual(i.lookup("Roadmap"), .found("Projects/Roadmap.md"))
        guard case .notFound(let s) = i.lookup("Andre Okafr") else { return XCTFail("found a typo") }
        XCTAssertEqual(s.first, "Andre Okafor")
        XCTAssertEqual(i.lookup("Zoë"), .found("People/Zoë Ñúñez.md"), "a unique start of a name")
        XCTAssertEqual(i.lookup("zzz"), .notFound(suggestions: []), "nothing close: no noise")
    }

    func testStaleWithToday() throws {
        let today = CalendarDate(parsing: "2026-11-25")!
        XCTAssertEqual(try index.duePeople(policy: ContactPolicy(override: 90), today: today).map(\.name), ["佐藤花子"])
        // The owner is never due, however long ago: Mara's newest meeting is 2026-11-24.
        XCTAssertEqual(try index.duePeople(policy: ContactPolicy(override: 0), today: today).map(\.name).contains("Mara Lindqvist"),
                       false)
    }
}
