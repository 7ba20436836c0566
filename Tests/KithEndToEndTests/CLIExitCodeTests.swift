import Foundation
import XCTest

/// Exit codes, error lines and where the vault comes from.
final class CLIExitCodeTests: XCTestCase {
    func testMissingVaultExits2WithOneLine() throws {
        let missing = "/nonexistent-kith-vault-\(UUID().uuidString)"
        var commands = [["people"], ["show", "x"], ["timeline"], ["stale"], ["backlinks", "x"], ["check"]]
        if CLI.searchWired { commands.append(["search", "x"]) }
        for command in commands {
            let r = try CLI.run(command + ["--vault", missing])
            XCTAssertEqual(r.status, 2, "\(command)")
            XCTAssertEqual(r.stderr, "kith: vault not found: \(missing)\n", "\(command)")
            XCTAssertEqual(r.stdout, "", "\(command)")
        }
    }

    func testVaultThatIsAFileExits2() throws {
        let file = CLI.packageRoot.appendingPathComponent("Package.swift").path
        let r = try CLI.run(["people", "--vault", file])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "kith: vault is not a folder: \(file)\n")
    }

    func testBadDatesExit2() throws {
        for args in [["stale", "--today", "2025-13-01"], ["stale", "--today", "yesterday"],
                     ["timeline", "--since", "2025-1-1"], ["timeline", "--until", "2025-02-30"],
                     ["people", "--today", "20250101"]] {
            let r = try CLI.sample(args)
            XCTAssertEqual(r.status, 2, "\(args)")
            XCTAssertTrue(r.stderr.hasPrefix("kith: invalid date for --"), r.stderr)
            XCTAssertTrue(r.stderr.contains("YYYY-MM-DD"), r.stderr)
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        }
    }

    func testUnknownNameExits1WithClosestMatches() throws {
        for command in ["show", "backlinks"] {
            let r = try CLI.sample([command, "Zoe Nunes", "--json"])
            XCTAssertEqual(r.status, 1, command)
            XCTAssertEqual(r.stdout, "", command)
            XCTAssertTrue(r.stderr.hasPrefix("kith: no note named \"Zoe Nunes\" — closest: "), r.stderr)
            XCTAssertTrue(r.stderr.contains("Zoë Ñúñez"), r.stderr)
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        }
    }

    func testTimelineForUnknownPersonExits1() throws {
        let r = try CLI.sample(["timeline", "--person", "Nobody Whatsoever Here"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.hasPrefix("kith: no note named"), r.stderr)
    }

    func testKithVaultEnvironmentIsTheDefault() throws {
        let explicit = try CLI.sample(["people", "--json"])
        XCTAssertEqual(explicit.status, 0)
        let viaEnv = try CLI.run(["people", "--json"], environment: ["KITH_VAULT": CLI.sampleVault])
        XCTAssertEqual(viaEnv.status, 0, viaEnv.stderr)
        XCTAssertEqual(viaEnv.stdout, explicit.stdout)
        // --vault wins over the environment.
        let both = try CLI.run(["people", "--json", "--vault", CLI.sampleVault],
                               environment: ["KITH_VAULT": "/nonexistent-kith-vault"])
        XCTAssertEqual(both.stdout, explicit.stdout)
    }

    func testCurrentDirectoryIsTheLastResort() throws {
        let explicit = try CLI.sample(["people", "--json"])
        let here = try CLI.run(["people", "--json"], directory: CLI.sampleVault)
        XCTAssertEqual(here.status, 0, here.stderr)
        XCTAssertEqual(here.stdout, explicit.stdout)
    }

    func testCheckStrictExitsOneOnlyWithProblems() throws {
        let plain = try CLI.sample(["check", "--json"])
        XCTAssertEqual(plain.status, 0)
        let report = try plain.object()
        let problems = ["unresolved", "ambiguous", "frontmatter_errors", "unreadable", "last_contact_mismatches"]
            .reduce(0) { $0 + report.objects($1).count }
        let strict = try CLI.sample(["check", "--strict"])
        XCTAssertEqual(strict.status, problems > 0 ? 1 : 0)

        let clean = FileManager.default.temporaryDirectory.appendingPathComponent("kith-clean-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: clean, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: clean) }
        try Data("# Alone\n\nNo links here.\n".utf8).write(to: clean.appendingPathComponent("Alone.md"))
        let ok = try CLI.run(["check", "--strict", "--vault", clean.path])
        XCTAssertEqual(ok.status, 0, ok.stdout + ok.stderr)
        XCTAssertTrue(ok.stdout.contains("No problems found."), ok.stdout)
    }
}
