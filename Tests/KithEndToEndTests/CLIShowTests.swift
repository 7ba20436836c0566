import Foundation
import XCTest

/// `kith show` and `kith backlinks` against the sample vault's facts.
final class CLIShowTests: XCTestCase {
    static let andrePath = "People/Andre Okafor.md"
    static let latestOneOnOne = "Sources/Transcripts/2026/2026-11-24 - 1-1 Mara and Dre.md"

    func testShowPersonJSON() throws {
        let r = try CLI.sample(["show", "Andre Okafor", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let p = try r.object()
        let keys = ["name", "path", "kind", "last_contact", "last_contact_derived", "created", "tags", "aliases",
                    "role", "organization", "relationship", "sections", "recent_context", "links", "backlinks",
                    "co_attendees"]
        for k in keys { XCTAssertNotNil(p[k], "missing \(k)") }
        XCTAssertEqual(p.str("name"), "Andre Okafor")
        XCTAssertEqual(p.str("path"), Self.andrePath)
        XCTAssertEqual(p.str("kind"), "person")
        XCTAssertEqual(p.str("last_contact"), "2026-11-24")
        XCTAssertEqual(p.str("created"), "2025-09-18")
        XCTAssertEqual(p.str("relationship"), "Internal collaborator; weekly 1:1 counterpart")

        XCTAssertEqual(p.objects("sections").compactMap { $0.str("title") },
                       ["Andre Okafor", "Recent Context", "Profile", "Key Facts", "Topics", "Key Decisions",
                        "Related Projects", "Related"])
        let topics = try XCTUnwrap(p.objects("sections").first { $0.str("title") == "Topics" })
        XCTAssertTrue(topics.str("text")?.hasPrefix("Launch hardening, ingest queue rewrite") == true)

        let recent = p.objects("recent_context")
        XCTAssertEqual(recent.compactMap { $0.str("date") },
                       ["2026-11-24", "2026-11-04", "2026-06-30", "2026-04-16", "2025-12-11"])
        let first = recent[0]
        XCTAssertEqual(first.str("link"), "Sources/Transcripts/2026/2026-11-24 - 1-1 Mara and Dre.md|1-1 Mara and Dre")
        XCTAssertEqual(first.str("target"), Self.latestOneOnOne)
        XCTAssertEqual(first.str("label"), "1-1 Mara and Dre")
        XCTAssertTrue(first.str("summary")?.hasPrefix("Weekly 1:1. Dre wants to pull two engineers") == true)
        XCTAssertTrue(first.isNull("via"))
        XCTAssertEqual(first.int("line"), 18)
        let kickoff = recent[3]
        XCTAssertEqual(kickoff.str("label"), "2026-04-16 - Launch plan kickoff")
        XCTAssertEqual(kickoff.str("target"), "Sources/Transcripts/2026/2026-04-16 - Launch plan kickoff.md")
        XCTAssertEqual(kickoff.str("via"), "Priya Raman")
        XCTAssertFalse(kickoff.str("summary")?.contains("(via") ?? true)

        let backlinks = p.objects("backlinks")
        let sources = Set(backlinks.compactMap { $0.str("path") })
        XCTAssertEqual(sources.count, 13, "13 notes link to Andre")
        XCTAssertEqual(backlinks.count, 19, "19 link occurrences")
        XCTAssertTrue(sources.contains(Self.latestOneOnOne))
        XCTAssertTrue(sources.contains("People/Mara Lindqvist.md"))
        XCTAssertFalse(sources.contains { $0.hasPrefix(".") }, "hidden folders are not notes")
        XCTAssertFalse(sources.contains(Self.andrePath), "a note's own links are not backlinks")
        let fromTranscript = try XCTUnwrap(backlinks.first { $0.str("path") == Self.latestOneOnOne })
        XCTAssertEqual(fromTranscript.str("kind"), "transcript")
        XCTAssertNotNil(fromTranscript.int("line"))
        XCTAssertTrue(fromTranscript.str("excerpt")?.contains("Andre Okafor") == true)

        // Mara Lindqvist, the vault's owner (tag `me`), is in no one else's list.
        let co = p.objects("co_attendees")
        XCTAssertEqual(co.compactMap { $0.str("name") }, ["Hannah Weiss", "Liam O'Brien", "Priya Raman", "Sofia Marchetti"])
        XCTAssertEqual(co.compactMap { $0.int("shared") }, [3, 3, 3, 3])
        XCTAssertEqual(co.first?.str("path"), "People/Hannah Weiss.md")

        let links = p.objects("links")
        XCTAssertTrue(links.contains { $0.str("link") == "🚀 Launch Plan" && $0.str("target") == "Projects/🚀 Launch Plan.md" })
    }

    func testShowFindsAliasesAndPaths() throws {
        let byName = try CLI.sample(["show", "Andre Okafor", "--json"]).stdout
        XCTAssertEqual(try CLI.sample(["show", "Dre", "--json"]).stdout, byName)
        XCTAssertEqual(try CLI.sample(["show", "andre okafor", "--json"]).stdout, byName)
        XCTAssertEqual(try CLI.sample(["show", Self.andrePath, "--json"]).stdout, byName)
        XCTAssertEqual(try CLI.sample(["show", "Hanako Sato", "--json"]).object().str("name"), "佐藤花子")
    }

    func testShowTranscriptAndProject() throws {
        let t = try CLI.sample(["show", Self.latestOneOnOne, "--json"]).object()
        XCTAssertEqual(t.str("kind"), "transcript")
        XCTAssertEqual(t.str("date"), "2026-11-24")
        XCTAssertEqual(t.objects("participants").compactMap { $0.str("name") }, ["Mara Lindqvist", "Andre Okafor"])
        XCTAssertEqual(t.objects("participants").first?.str("path"), "People/Mara Lindqvist.md")
        for personOnly in ["last_contact", "role", "recent_context", "co_attendees"] { XCTAssertNil(t[personOnly]) }
        // Links inside HTML and %% comments are not links.
        let targets = t.objects("links").compactMap { $0.str("target") }
        XCTAssertFalse(targets.contains("People/Hannah Weiss.md"))
        XCTAssertFalse(targets.contains("People/Conferences/Tomás Ferreira.md"))

        let project = try CLI.sample(["show", "🚀 Launch Plan", "--json"]).object()
        XCTAssertEqual(project.str("kind"), "project")
        XCTAssertEqual(project.str("path"), "Projects/🚀 Launch Plan.md")
        XCTAssertNil(project["participants"])
        XCTAssertNotNil(project["backlinks"] as? [Any])
    }

    func testShowText() throws {
        let r = try CLI.sample(["show", "Dre", "--today", "2026-11-25"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("Andre Okafor  (person)\nPeople/Andre Okafor.md\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Last contact  2026-11-24  1d"), r.stdout)
        XCTAssertTrue(r.stdout.contains("2026-04-16  2026-04-16 - Launch plan kickoff — Kickoff of the launch plan"), r.stdout)
        XCTAssertTrue(r.stdout.contains("(via Priya Raman)"))
        XCTAssertTrue(r.stdout.contains("\nBacklinks ("))
    }

    func testBacklinks() throws {
        let r = try CLI.sample(["backlinks", "Andre Okafor", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let links = try r.objects()
        XCTAssertEqual(try CLI.sample(["show", "Andre Okafor", "--json"]).object().objects("backlinks").count, links.count)
        for b in links { XCTAssertEqual(Set(b.keys), ["path", "kind", "line", "excerpt"]) }
        XCTAssertTrue(links.contains { $0.str("path") == "Projects/🚀 Launch Plan.md" && $0.str("kind") == "project" })

        let text = try CLI.sample(["backlinks", "Dre"])
        XCTAssertTrue(text.stdout.contains("\(Self.latestOneOnOne):"), text.stdout)
    }
}
