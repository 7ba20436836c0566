import Foundation
import XCTest

/// Usage errors: one exit code (2) for every command, as the README's table says, and a typo'd
/// command answered with the closest one.
final class CLIUsageTests: XCTestCase {
    static let commands = ["browse", "demo", "people", "show", "brief", "orgs", "meetings", "search", "timeline", "stale",
                           "upcoming", "backlinks", "export", "check", "themes", "config"]

    func testEveryCommandsUnknownOptionExits2WithItsUsage() throws {
        for command in Self.commands {
            // Commands that need a word get one, so the option is what is wrong.
            let word = ["show", "brief", "search", "backlinks"].contains(command) ? ["x"] : []
            let r = try CLI.run([command] + word + ["--no-such-option"])
            XCTAssertEqual(r.status, 2, command)
            XCTAssertEqual(r.stdout, "", command)
            let lines = r.stderr.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.first, "kith: unknown option '--no-such-option'", "\(command): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("Usage: kith \(command)"), "\(command): \(r.stderr)")
        }
    }

    func testMissingAndBadArgumentsExit2() throws {
        for args in [["show"], ["backlinks"], ["search"], ["people", "--sort", "sideways"], ["stale", "--days", "-1"],
                     ["search", "x", "--limit", "0"], ["timeline", "--since"], ["themes", "extra"], ["config", "extra"],
                     ["export"], ["export", "--vcard", "--csv"], ["export", "--csv", "--json"]] {
            let r = try CLI.sample(args)
            XCTAssertEqual(r.status, 2, "\(args): \(r.stderr)")
            XCTAssertEqual(r.stdout, "", "\(args)")
            XCTAssertTrue(r.stderr.hasPrefix("kith: "), "\(args): \(r.stderr)")
        }
    }

    func testATypoedCommandSuggestsTheClosest() throws {
        for (typo, command) in [("peple", "people"), ("timline", "timeline"), ("sho", "show"), ("chek", "check")] {
            let r = try CLI.sample([typo])
            XCTAssertEqual(r.status, 2, typo)
            XCTAssertEqual(r.stderr, "kith: unknown command '\(typo)'; did you mean '\(command)'?\n")
            XCTAssertEqual(r.stdout, "")
        }
        // Options before the word are the browser's; the word is still a command.
        let afterOption = try CLI.run(["--vault", CLI.sampleVault, "peple"])
        XCTAssertEqual(afterOption.stderr, "kith: unknown command 'peple'; did you mean 'people'?\n")
        let far = try CLI.run(["xyzzy"])
        XCTAssertEqual(far.status, 2)
        XCTAssertTrue(far.stderr.hasPrefix("kith: unknown command 'xyzzy'; commands: browse, demo, people"), far.stderr)
        XCTAssertFalse(far.stderr.contains("Usage: kith browse"), far.stderr)
        // A folder given without --vault says how to open it.
        let folder = try CLI.run([CLI.sampleVault])
        XCTAssertEqual(folder.stderr, "kith: unknown command '\(CLI.sampleVault)'; to open that vault: kith --vault \(CLI.sampleVault)\n")
    }

    /// The README's exit code table is the contract the binary keeps.
    func testTheReadmeTableSaysWhatKithDoes() throws {
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try XCTUnwrap(readme.components(separatedBy: "## Exit codes").dropFirst().first)
            .components(separatedBy: "\n## ").first ?? ""
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| code") }
        let usage = try XCTUnwrap(rows.first { $0.contains("usage") }, section)
        XCTAssertTrue(usage.hasPrefix("| 2 |"), String(usage))
        XCTAssertFalse(rows.contains { $0.hasPrefix("| 64 |") }, section)
        XCTAssertEqual(try CLI.sample(["people", "--bogus"]).status, 2)
    }
}

/// Text output cuts long summaries at a word with `…`; JSON carries them whole.
final class CLITextCutTests: XCTestCase {
    var vault = ""

    override func setUpWithError() throws {
        vault = NSTemporaryDirectory() + "kith-cut-\(UUID().uuidString.prefix(8))"
        let fm = FileManager.default
        try fm.createDirectory(atPath: vault + "/People", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: vault + "/Sources/Transcripts", withIntermediateDirectories: true)
        try "---\nlast_contact: 2026-11-20\n---\n# Ana Lima\n".write(toFile: vault + "/People/Ana Lima.md", atomically: true, encoding: .utf8)
        try """
        ---
        date: 2026-11-20
        ---
        # Planning

        Participants: [[Ana Lima]]

        ## Summary
        \(Self.summary)

        See [[Missing Note|the missing one]] and [[Gone\\|label in a table]].
        """.write(toFile: vault + "/Sources/Transcripts/2026-11-20 - Planning.md", atomically: true, encoding: .utf8)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: vault) }

    /// 600 characters of words (a long word sits across the 240th character).
    static let summary = (0..<60).map { $0 == 22 ? "extraordinarily" : "word\($0)" }.joined(separator: " ")

    func testTimelineTextCutsAtAWordAndJSONKeepsEverything() throws {
        let text = try CLI.run(["timeline", "--vault", vault])
        XCTAssertEqual(text.status, 0, text.stderr)
        let line = try XCTUnwrap(text.stdout.split(separator: "\n").first { $0.contains("Planning") })
        let shown = try XCTUnwrap(line.components(separatedBy: " — ").last)
        XCTAssertTrue(shown.hasSuffix("…"), shown)
        XCTAssertLessThanOrEqual(shown.count, 240)
        let kept = String(shown.dropLast())
        XCTAssertTrue(Self.summary.hasPrefix(kept + " "), "cut between words: \(kept)")
        let json = try CLI.run(["timeline", "--vault", vault, "--json"]).objects()
        XCTAssertEqual(json.first?.str("summary"), Self.summary)
        // `show` cuts the same way.
        let show = try CLI.run(["show", "Ana Lima", "--vault", vault])
        XCTAssertTrue(show.stdout.contains(kept + "…"), show.stdout)
    }

    func testCheckPrintsTheLinkTargetAndItsLabelApart() throws {
        let r = try CLI.run(["check", "--vault", vault])
        XCTAssertTrue(r.stdout.contains("unresolved link: Missing Note (shown as \"the missing one\")"), r.stdout)
        XCTAssertTrue(r.stdout.contains("unresolved link: Gone (shown as \"label in a table\")"), r.stdout)
        XCTAssertFalse(r.stdout.contains("Missing Note|the missing one"), r.stdout)
    }
}
