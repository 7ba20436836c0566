import Foundation
import XCTest

/// kith never writes into the vault: every command leaves every file byte for byte as it was.
final class CLIVaultUnchangedTests: XCTestCase {
    func testEveryCommandLeavesTheVaultUnchanged() throws {
        let before = try CLI.snapshot(CLI.sampleVault)
        XCTAssertGreaterThan(before.count, 20)
        let commands: [[String]] = [
            ["people"], ["people", "--json"], ["people", "--sort", "stale", "--tag", "customer"],
            ["show", "Andre Okafor"], ["show", "Zoë Ñúñez", "--json"], ["show", "Nobody At All"],
            ["search", "zoe"], ["search", "launch", "--full-text", "--json"],
            ["timeline"], ["timeline", "--person", "Dre", "--json"],
            ["stale", "--today", "2026-11-25"], ["stale", "--json"],
            ["backlinks", "Andre Okafor"], ["backlinks", "Dre", "--json"],
            ["check"], ["check", "--json", "--strict"],
        ]
        for c in commands where CLI.searchWired || c.first != "search" {
            let r = try CLI.sample(c)
            XCTAssertTrue([0, 1].contains(r.status), "\(c): \(r.status) \(r.stderr)")
        }
        if CLI.searchWired {
            _ = try CLI.run(["search", "--stdin", "x"], stdin: "a\nb\n", directory: CLI.sampleVault)
        }
        let after = try CLI.snapshot(CLI.sampleVault)
        XCTAssertEqual(Set(after.keys), Set(before.keys), "files were added or removed")
        for (path, bytes) in before { XCTAssertEqual(after[path], bytes, "\(path) changed") }
    }
}
