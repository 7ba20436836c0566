import Foundation
import XCTest

/// `kith themes`, `kith config` and the config's effect on the scripting commands, each with
/// its own `XDG_CONFIG_HOME` in a temporary folder (never the real home).
final class ThemeConfigCLITests: XCTestCase {
    var xdg = ""

    override func setUpWithError() throws {
        xdg = NSTemporaryDirectory() + "kith-e2e-xdg-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: xdg + "/kith/themes", withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: xdg) }

    func write(_ text: String, to relative: String) throws {
        try text.write(toFile: xdg + "/kith/" + relative, atomically: true, encoding: .utf8)
    }

    func kith(_ args: [String]) throws -> CLIResult {
        try CLI.run(args, environment: ["XDG_CONFIG_HOME": xdg])
    }

    func testThemesListsBuiltInsAndAUserThemeAndReportsABrokenOne() throws {
        try write("description = \"my own\"\n[roles]\ntext = { fg = \"green\" }\n", to: "themes/forest.toml")
        try write("[roles]\ntext = {}\n\ntitle = { attrs = [\"blink\"] }\n", to: "themes/oops.toml")
        let r = try kith(["themes"])
        XCTAssertEqual(r.status, 0)
        for name in ["default", "light", "high-contrast", "mono"] {
            XCTAssertTrue(r.stdout.contains(name), "\(name) in:\n\(r.stdout)")
        }
        XCTAssertTrue(r.stdout.contains("built-in"))
        let forest = try XCTUnwrap(r.stdout.split(separator: "\n").first { $0.contains("forest") })
        XCTAssertTrue(forest.contains(xdg + "/kith/themes/forest.toml") && forest.contains("my own"), String(forest))
        XCTAssertFalse(r.stdout.contains("oops"), "a broken theme is not listed")
        XCTAssertTrue(r.stderr.contains(xdg + "/kith/themes/oops.toml:4: unknown attribute \"blink\""), r.stderr)
    }

    func testPrintDefaultRoundTrips() throws {
        let printed = try kith(["config", "--print-default"])
        XCTAssertEqual(printed.status, 0)
        XCTAssertEqual(printed.stderr, "")
        // Every setting of the config, each with its comment.
        for setting in ["# vault = ", "theme = ", "# editor = ", "stale_days = ", "[kinds.person]", "[kinds.transcript]",
                        "[kinds.project]", "[kinds.organization]", "[cadence]", "# customer = ", "[keys]",
                        "# quit = [\"q\"]", "# cycle_theme = [\"t\"]"] {
            XCTAssertTrue(printed.stdout.contains(setting), "\(setting) in:\n\(printed.stdout)")
        }
        try write(printed.stdout, to: "config.toml")
        let check = try kith(["config"])
        XCTAssertEqual(check.status, 0)
        XCTAssertEqual(check.stderr, "")
        XCTAssertTrue(check.stdout.contains("config.toml (ok)"), check.stdout)
    }

    func testUnknownKeyWarningNamesItAndTheLine() throws {
        try write("theme = \"light\"\n\nfavourite_colour = \"teal\"\n", to: "config.toml")
        let r = try kith(["config"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("config.toml:3: unknown setting 'favourite_colour'"), r.stderr)
        // Scripting commands warn too and still run.
        let people = try CLI.run(["people", "--vault", CLI.sampleVault], environment: ["XDG_CONFIG_HOME": xdg])
        XCTAssertEqual(people.status, 0)
        XCTAssertTrue(people.stderr.contains("favourite_colour"), people.stderr)
    }

    func testConfigVaultAndPersonFolderRule() throws {
        let vault = xdg + "/vault"
        try FileManager.default.createDirectory(atPath: vault + "/Crew", withIntermediateDirectories: true)
        try "# Ada Quill\n".write(toFile: vault + "/Crew/Ada Quill.md", atomically: true, encoding: .utf8)
        try "# Not a person\n".write(toFile: vault + "/Crew.md", atomically: true, encoding: .utf8)
        let before = try kith(["people", "--vault", vault, "--json"])
        XCTAssertFalse(before.stdout.contains("Ada Quill"), "Crew/ is not a person folder by default")
        try write("vault = \"\(vault)\"\n[kinds.person]\nfolders = [\"Crew\"]\n", to: "config.toml")
        let after = try kith(["people", "--json"])  // the vault comes from the config
        XCTAssertEqual(after.status, 0, after.stderr)
        XCTAssertEqual(after.stderr, "")
        let names = try after.objects().compactMap { $0["name"] as? String }
        XCTAssertEqual(names, ["Ada Quill"])
    }
}
