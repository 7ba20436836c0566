import Foundation
import KithCore
import KithUI
import XCTest
@testable import KithConfig

/// config.toml: defaults, warnings, note kinds, cadences and keys.
final class ConfigFileTests: XCTestCase {
    let paths = ConfigPaths(environment: ["XDG_CONFIG_HOME": "/tmp/kith-xdg-unused", "HOME": "/home/u"])

    func testPrintDefaultRoundTripsWithoutWarnings() {
        let text = DefaultConfig.text(paths: paths)
        let c = KithConfig.parse(text, file: "config.toml", paths: paths)
        XCTAssertEqual(c.issues, [])
        XCTAssertEqual(c.classifier, NoteClassifier.standard)
        XCTAssertEqual(c.theme, "default")
        XCTAssertEqual(c.staleDays, 90)
        XCTAssertTrue(c.keys.isEmpty)
        XCTAssertNil(c.vault)
    }

    func testUncommentedDefaultKeysParseToTheStandardBindings() {
        // Every `# action = [...]` line of the [keys] section, uncommented.
        let lines = DefaultConfig.text(paths: paths).split(separator: "\n", omittingEmptySubsequences: false)
        let start = lines.firstIndex(of: "[keys]")!
        let keys = lines[start...].map { $0.hasPrefix("# ") && $0.contains(" = [") ? String($0.dropFirst(2)) : String($0) }
        let c = KithConfig.parse(keys.joined(separator: "\n"), file: "config.toml", paths: paths)
        XCTAssertEqual(c.issues, [])
        XCTAssertEqual(c.keys.count, ActionTable.entries.count)
        for spec in ActionTable.entries { XCTAssertEqual(c.keys[spec.command], spec.keys, spec.command.rawValue) }
    }

    func testUnknownKeysAndBadValuesAreNamedWithTheirLines() {
        let text = """
            theme = "light"
            colour = "red"
            stale_days = "soon"

            [kinds.persons]
            folders = ["Team"]

            [keys]
            quit = ["x"]
            launch_rockets = ["L"]
            back = ["Hyper-q"]
            """
        let c = KithConfig.parse(text, file: "~/.config/kith/config.toml", paths: paths)
        XCTAssertEqual(c.theme, "light", "good settings still apply")
        XCTAssertEqual(c.staleDays, 90)
        XCTAssertEqual(c.keys[.quit], [.char("x")])
        let found = c.issues.map { "\($0.line ?? 0) \($0.message.prefix(40))" }
        XCTAssertEqual(c.issues.map(\.line), [2, 3, 5, 10, 11], "\(found)")
        XCTAssertTrue(c.issues[0].description.hasPrefix("~/.config/kith/config.toml:2: unknown setting 'colour'"))
        XCTAssertTrue(c.issues[2].message.contains("'persons'"))
        XCTAssertTrue(c.issues[3].message.contains("'launch_rockets'"))
        XCTAssertTrue(c.issues[4].message.contains("Hyper-q"))
    }

    func testBrokenTOMLGivesDefaultsAndTheLine() {
        let c = KithConfig.parse("theme = \"light\"\nstale_days = = 3\n", file: "c.toml", paths: paths)
        XCTAssertEqual(c.issues.count, 1)
        XCTAssertEqual(c.issues.first?.line, 2)
        XCTAssertNil(c.theme)
    }

    func testCustomPersonFolderMakesANotePerson() {
        let c = KithConfig.parse("[kinds.person]\nfolders = [\"Team/Humans\"]\n", file: "c.toml", paths: paths)
        XCTAssertEqual(c.issues, [])
        XCTAssertEqual(c.classifier.kind(path: "Work/Team/Humans/Ann.md", type: nil, tags: [], categories: []), .person)
        XCTAssertEqual(c.classifier.kind(path: "People/Bob.md", type: nil, tags: [], categories: []), .note,
                       "the list replaces the default folders")
        XCTAssertEqual(c.classifier.kind(path: "x.md", type: "Person", tags: [], categories: []), .person,
                       "lists not given keep their defaults")
    }

    func testCustomPersonFolderWhenLoadingAVault() throws {
        let vault = try TempDir()
        try FileManager.default.createDirectory(atPath: vault.path + "/Crew", withIntermediateDirectories: true)
        try "# Ann\n".write(toFile: vault.path + "/Crew/Ann.md", atomically: true, encoding: .utf8)
        let c = KithConfig.parse("[kinds.person]\nfolders = [\"crew\"]\ntags = [\"#human\"]\n", file: "c.toml", paths: paths)
        let index = try VaultLoader.load(root: vault.path, classifier: c.classifier)
        XCTAssertEqual(index.note("Crew/Ann.md")?.kind, .person)
    }

    func testCadencesVaultEditorAndFileLoading() throws {
        let xdg = try TempDir()
        try FileManager.default.createDirectory(atPath: xdg.path + "/kith", withIntermediateDirectories: true)
        let text = "vault = \"~/notes\"\neditor = \"nvim -p\"\nstale_days = 30\n[cadence]\ncustomer = \"30d\"\n\"#Investor\" = \"3m\"\nfriend = 14\nx = \"soon\"\n"
        try text.write(toFile: xdg.path + "/kith/config.toml", atomically: true, encoding: .utf8)
        let p = ConfigPaths(environment: ["XDG_CONFIG_HOME": xdg.path, "HOME": "/home/u"])
        let c = KithConfig.load(paths: p)
        XCTAssertEqual(c.file, xdg.path + "/kith/config.toml")
        XCTAssertEqual(c.vault, "/home/u/notes")
        XCTAssertEqual(c.editor, "nvim -p")
        XCTAssertEqual(c.staleDays, 30)
        XCTAssertEqual(c.tagCadences, ["customer": 30, "investor": 90, "friend": 14])
        XCTAssertEqual(c.issues.map(\.line), [8])
        XCTAssertEqual(KithConfig.load(paths: ConfigPaths(environment: ["XDG_CONFIG_HOME": xdg.path + "/none"])).issues, [])
    }

    func testConfigPathsFollowXDG() {
        XCTAssertEqual(ConfigPaths(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]).configFile, "/x/kith/config.toml")
        XCTAssertEqual(ConfigPaths(environment: ["HOME": "/h"]).themesDirectory, "/h/.config/kith/themes")
        XCTAssertEqual(ConfigPaths(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"]).directory, "/h/.config/kith",
                       "a relative XDG_CONFIG_HOME is ignored")
        XCTAssertEqual(ConfigPaths(environment: ["HOME": "/h"]).display("/h/.config/kith/config.toml"), "~/.config/kith/config.toml")
    }
}
