import Foundation
import XCTest

/// `kith show` of a heavy person (linked from 24 transcripts and named in each, with 23
/// co-attendees): counts and the first rows of each list with where the rest is, `--limit`,
/// `--all`, and `--json` complete unless limited.
final class CLIShowLimitTests: XCTestCase {
    var root = ""
    var vault: String { root + "/vault" }
    static let transcripts = 24

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "kith-e2e-show-limit-\(UUID().uuidString)"
        var files = ["People/Mara Lindqvist.md": "---\nlast_contact: 2026-11-24\n---\n# Mara Lindqvist\n"]
        for i in 0..<Self.transcripts {
            let day = String(format: "2026-10-%02d", i + 1)
            files["People/Guest \(i).md"] = "---\nlast_contact: \(day)\n---\n# Guest \(i)\n"
            files["Sources/Transcripts/\(day) - Sync \(i).md"] = """
            ---
            date: \(day)
            ---
            # Sync \(i)

            Participants: [[Mara Lindqvist]], [[Guest \(i)]]

            Mara Lindqvist: item \(i).
            """
        }
        for (path, text) in files {
            let url = URL(fileURLWithPath: vault + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: root) }

    func kith(_ args: [String]) throws -> CLIResult {
        try CLI.run(args + ["--vault", vault], environment: ["XDG_CONFIG_HOME": CLI.emptyConfigHome, "KITH_TODAY": "2026-11-25"])
    }

    /// The rows of the text block titled `title` (without the title).
    func block(_ text: String, _ title: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix(title + " (") }) else { return [] }
        return Array(lines[(start + 1)...].prefix { $0.hasPrefix("  ") })
    }

    func testTextShowsCountsTheFirstTenRowsAndWhereTheRestIs() throws {
        let r = try kith(["show", "Mara Lindqvist"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("\nInteractions (24)\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("\nCo-attendees (24)\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("\nBacklinks (24)\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("\nUnlinked mentions (24)\n"), r.stdout)
        let interactions = block(r.stdout, "Interactions")
        XCTAssertEqual(interactions.count, 11)
        XCTAssertTrue(interactions[0].hasPrefix("  2026-10-24  2026-10-24 - Sync 23"), interactions[0])
        XCTAssertEqual(interactions.last, "  … 14 more (kith timeline --person 'Mara Lindqvist')")
        XCTAssertEqual(block(r.stdout, "Co-attendees").last, "  … 14 more (kith show 'Mara Lindqvist' --all)")
        XCTAssertEqual(block(r.stdout, "Backlinks").last, "  … 14 more (kith backlinks 'Mara Lindqvist')")
        let mentions = block(r.stdout, "Unlinked mentions")
        XCTAssertEqual(mentions.count, 11)
        XCTAssertTrue(mentions[0].contains("Sync 0.md:8") && mentions[0].contains("Mara Lindqvist: item 0."), mentions[0])
        XCTAssertEqual(mentions.last, "  … 14 more (kith show 'Mara Lindqvist' --all)")
    }

    func testTheHintedCommandsListTheRest() throws {
        let timeline = try kith(["timeline", "--person", "Mara Lindqvist"])
        XCTAssertEqual(timeline.stdout.split(separator: "\n").count, 1 + 24, "a header and every interaction")
        let backlinks = try kith(["backlinks", "Mara Lindqvist"])
        XCTAssertEqual(backlinks.stdout.split(separator: "\n").count, 1 + 24)
        let all = try kith(["show", "Mara Lindqvist", "--all"])
        XCTAssertFalse(all.stdout.contains(" more ("), all.stdout)
        XCTAssertEqual(block(all.stdout, "Unlinked mentions").count, 24)
        XCTAssertEqual(block(all.stdout, "Co-attendees").count, 24)
        XCTAssertEqual(try kith(["show", "Mara Lindqvist", "--limit", "0"]).stdout, all.stdout)
    }

    func testLimitSetsTheRowsPerList() throws {
        let r = try kith(["show", "Mara Lindqvist", "--limit", "3"])
        XCTAssertEqual(block(r.stdout, "Backlinks").count, 4)
        XCTAssertEqual(block(r.stdout, "Backlinks").last, "  … 21 more (kith backlinks 'Mara Lindqvist')")
        XCTAssertEqual(block(r.stdout, "Interactions").count, 4)
        let bad = try kith(["show", "Mara Lindqvist", "--limit=-1"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.hasPrefix("kith: --limit must be 0 or more"), bad.stderr)
    }

    func testJSONIsCompleteUnlessLimitedThenCountsSayHowMany() throws {
        let full = try kith(["show", "Mara Lindqvist", "--json"]).object()
        XCTAssertEqual((full["interactions"] as? [Any])?.count, 24)
        XCTAssertEqual((full["backlinks"] as? [Any])?.count, 24)
        XCTAssertEqual((full["co_attendees"] as? [Any])?.count, 24)
        XCTAssertEqual((full["unlinked_mentions"] as? [Any])?.count, 24)
        XCTAssertNil(full["counts"])
        let limited = try kith(["show", "Mara Lindqvist", "--json", "--limit", "2"])
        let cut = try limited.object()
        for key in ["interactions", "backlinks", "co_attendees", "unlinked_mentions"] {
            XCTAssertEqual((cut[key] as? [Any])?.count, 2, key)
        }
        let counts = try XCTUnwrap(cut["counts"] as? [String: Int])
        XCTAssertEqual(counts, ["interactions": 24, "backlinks": 24, "co_attendees": 24, "unlinked_mentions": 24])
        XCTAssertTrue(limited.stdout.hasSuffix("  }\n}\n"), "counts come last")
        XCTAssertEqual(try kith(["show", "Mara Lindqvist", "--json", "--all"]).stdout,
                       try kith(["show", "Mara Lindqvist", "--json"]).stdout)
    }
}
