import Foundation
import XCTest

/// A vault that names no owner: `kith check` names the likely one with the config line to add,
/// and that line, pasted into config.toml, makes them the owner.
final class CLIOwnerSuggestionTests: XCTestCase {
    var root = ""
    var vault: String { root + "/vault" }
    var xdg: String { root + "/config" }

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "kith-e2e-owner-\(UUID().uuidString)"
        // A name with a quote and an accent: the suggested line must be valid TOML for it.
        var files = ["People/Jo \"JJ\" Séverin.md": "---\ntype: people\n---\n",
                     "People/Ana Lima.md": "---\ntype: people\n---\n"]
        for i in 1...24 {
            let with = i % 4 == 0 ? "[[Jo \"JJ\" Séverin]] and [[Ana Lima]]" : "[[Jo \"JJ\" Séverin]]"
            files["Meetings/2026-10-\(String(format: "%02d", i)) - Sync.md"] = "---\ntype: meeting\n---\nWith \(with).\n"
        }
        for (path, text) in files {
            let url = URL(fileURLWithPath: vault + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(atPath: xdg + "/kith", withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: root) }

    func kith(_ args: [String], config: String) throws -> CLIResult {
        try config.write(toFile: xdg + "/kith/config.toml", atomically: true, encoding: .utf8)
        return try CLI.run(args + ["--vault", vault, "--no-cache"],
                           environment: ["XDG_CONFIG_HOME": xdg, "KITH_TODAY": "2026-12-20"])
    }

    func testCheckSuggestsTheOwnerAndItsConfigLineWorks() throws {
        let text = try kith(["check"], config: "")
        XCTAssertEqual(text.status, 0, text.stderr)
        let line = try XCTUnwrap(text.stdout.split(separator: "\n").first { $0.hasPrefix("owner  ") }, text.stdout)
        XCTAssertEqual(line, "owner  not set; likely Jo \"JJ\" Séverin (in 24 of 24 meetings and daily notes): "
                       + "add me = \"Jo \\\"JJ\\\" Séverin\" to config.toml (kith config shows where)")
        let json = try kith(["check", "--json"], config: "").object()
        XCTAssertTrue(json["owner"] is NSNull)
        let suggested = try XCTUnwrap(json["suggested_owner"] as? [String: Any])
        XCTAssertEqual(suggested["path"] as? String, "People/Jo \"JJ\" Séverin.md")
        XCTAssertEqual(suggested["name"] as? String, "Jo \"JJ\" Séverin")
        XCTAssertEqual((suggested["sources"] as? NSNumber)?.intValue, 24)
        XCTAssertEqual((suggested["of"] as? NSNumber)?.intValue, 24)

        // The user does what it says.
        let setting = String(line[line.range(of: "add ")!.upperBound..<line.range(of: " to config.toml")!.lowerBound])
        let after = try kith(["check", "--json"], config: setting + "\n")
        XCTAssertEqual(after.stderr, "", "the line is valid TOML and names a person")
        let fixed = try after.object()
        XCTAssertEqual(fixed.str("owner"), "People/Jo \"JJ\" Séverin.md")
        XCTAssertTrue(fixed["suggested_owner"] is NSNull)
        XCTAssertFalse(try kith(["check"], config: setting + "\n").stdout.contains("likely"))
    }
}
