import Foundation
import XCTest

/// Usage errors: one exit code (2) for every command, as docs/cli.md's table says, and a typo'd
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

    /// The exit code table of docs/cli.md is the contract the binary keeps.
    func testTheDocumentedTableSaysWhatKithDoes() throws {
        let page = try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/cli.md"), encoding: .utf8)
        let section = try XCTUnwrap(page.components(separatedBy: "## Exit codes").dropFirst().first)
            .components(separatedBy: "\n## ").first ?? ""
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| code") }
        let usage = try XCTUnwrap(rows.first { $0.contains("usage") }, section)
        XCTAssertTrue(usage.hasPrefix("| 2 |"), String(usage))
        XCTAssertFalse(rows.contains { $0.hasPrefix("| 64 |") }, section)
        XCTAssertEqual(try CLI.sample(["people", "--bogus"]).status, 2)
    }
}
