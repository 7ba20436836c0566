import Foundation
import XCTest

/// `kith check` against the counts and problems listed in `SampleVault.md`.
final class CLICheckTests: XCTestCase {
    func testCheckJSONCounts() throws {
        let r = try CLI.sample(["check", "--json"])
        XCTAssertEqual(r.status, 0, "problems alone do not fail without --strict")
        let c = try r.object()
        XCTAssertEqual(c.int("notes"), 52)
        XCTAssertEqual(c.int("people"), 15)
        XCTAssertEqual(c.int("transcripts"), 20)
        XCTAssertEqual(c.int("projects"), 7)
        XCTAssertEqual(c.int("organizations"), 5)
        XCTAssertEqual(c.int("attachments"), 1)
        XCTAssertEqual(c.int("links"), 318)
        XCTAssertNotNil(c["seconds"] as? NSNumber)
    }

    func testCheckJSONProblems() throws {
        let c = try CLI.sample(["check", "--json"]).object()
        let unresolved = c.objects("unresolved").map { "\($0.str("source")!):\($0.int("line")!) \($0.str("link")!)" }
        XCTAssertEqual(unresolved, [
            "Daily/2026-11-20.md:5 Dre",
            "Daily/2026-11-20.md:6 whiteboard",
            "People/Zoë Ñúñez.md:19 2026-02-18 - Halcyon pricing call",
            "Sources/Transcripts/2026/2026-09-10 - Brightwater renewal prep.md:46 Brightwater SOC2 Report",
        ])
        let ambiguous = c.objects("ambiguous")
        XCTAssertEqual(ambiguous.map { "\($0.str("source")!):\($0.int("line")!)" }, [
            "Home.md:16", "Inbox/Scratch.md:10", "People/王小明.md:45",
            "Sources/Transcripts/2026/2026-09-02 - Advisory session with 王小明.md:30",
        ])
        for a in ambiguous {
            XCTAssertEqual(a.str("chosen"), "Projects/Roadmap.md")
            XCTAssertEqual(Set(a["candidates"] as? [String] ?? []), ["Projects/Roadmap.md", "Projects/Archive/Roadmap.md"])
        }
        let fm = c.objects("frontmatter_errors")
        XCTAssertEqual(fm.count, 1)
        XCTAssertEqual(fm.first?.str("path"), "Inbox/Scratch.md")
        XCTAssertEqual(fm.first?.int("line"), 3)
        XCTAssertFalse(fm.first?.str("message")?.isEmpty ?? true)
        XCTAssertEqual(c.objects("unreadable").count, 0)
        let mismatches = c.objects("last_contact_mismatches")
        XCTAssertEqual(mismatches.count, 1)
        XCTAssertEqual(mismatches.first?.str("path"), "People/Marcus Bell.md")
        XCTAssertEqual(mismatches.first?.str("last_contact"), "2025-05-22")
        XCTAssertEqual(mismatches.first?.str("newest_interaction"), "2026-10-22")
        XCTAssertEqual(try CLI.sample(["check", "--strict", "--json"]).status, 1)
    }

    func testCheckText() throws {
        let r = try CLI.sample(["check"])
        XCTAssertEqual(r.status, 0)
        XCTAssertNotNil(r.stdout.range(of: "\nnotes +52\n", options: .regularExpression), r.stdout)
        XCTAssertNotNil(r.stdout.range(of: "\n  people +15\n", options: .regularExpression), r.stdout)
        XCTAssertTrue(r.stdout.contains("Daily/2026-11-20.md:5  unresolved link: Dre"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Inbox/Scratch.md:3  "), r.stdout)
        XCTAssertFalse(r.stdout.contains("\u{1B}["))
    }
}
