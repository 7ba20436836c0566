import Foundation
import KithUI
import XCTest
@testable import KithConfig

/// The shipped themes, theme parsing and the catalog with user themes.
final class ThemeFileTests: XCTestCase {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func testShippedThemesLoadAndCoverEveryRoleAndBand() {
        let catalog = ThemeCatalog.builtIn()
        XCTAssertEqual(catalog.issues, [])
        XCTAssertEqual(catalog.themes.map(\.name), ["default", "light", "high-contrast", "mono"])
        for theme in catalog.themes {
            XCTAssertEqual(Set(theme.palette.roles.keys), Set(Role.allCases), "\(theme.name) roles")
            XCTAssertEqual(Set(theme.palette.bands.keys), Set(Band.allCases), "\(theme.name) bands")
            XCTAssertEqual(theme.origin, .builtIn)
            XCTAssertNotNil(theme.summary)
        }
    }

    func testEmbeddedThemesMatchTheFilesInThemes() throws {
        for (name, text) in BuiltinThemes.texts {
            let file = Self.repoRoot.appendingPathComponent("Themes/\(name).toml")
            let onDisk = try String(contentsOf: file, encoding: .utf8)
            XCTAssertEqual(text + "\n", onDisk, "Themes/\(name).toml changed: run Themes/embed.sh")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.repoRoot.appendingPathComponent("Themes").path)
            .filter { $0.hasSuffix(".toml") }
        XCTAssertEqual(Set(files), Set(BuiltinThemes.texts.map { "\($0.name).toml" }), "every Themes/*.toml is embedded")
    }

    func testDefaultThemeIsTheCompiledInDarkPalette() {
        let palette = ThemeCatalog.builtIn().fallback.palette
        XCTAssertEqual(palette.roles, TerminalPalette.dark.roles)
        XCTAssertEqual(palette.bands, TerminalPalette.dark.bands)
        XCTAssertEqual(palette.monochromeBands[.selection], .reverse)
    }

    func testMonoThemeHasNoColors() throws {
        let mono = try XCTUnwrap(ThemeCatalog.builtIn().theme(named: "mono")).palette
        XCTAssertTrue(mono.roles.values.allSatisfy { $0.foreground == .default && $0.background == nil })
        XCTAssertTrue(mono.bands.values.allSatisfy { $0 == .default })
        XCTAssertEqual(mono.bandAttributes[.selection], .reverse, "the selection still shows")
    }

    func testColorsByNameNumberAndHex() throws {
        let text = """
            [roles]
            title = { fg = "brightblue", bg = 17, attrs = ["bold", "underline"] }
            link = { fg = "#5fd7d7", attrs = "italic" }
            [bands]
            selection = { bg = 24, mono = ["reverse", "bold"] }
            """
        let (theme, issues) = ThemeParser.parse(text, name: "t", file: "t.toml", origin: .file("t.toml"))
        XCTAssertEqual(issues, [])
        let p = try XCTUnwrap(theme).palette
        XCTAssertEqual(p.roles[.title], RoleStyle(.index(12), [.bold, .underline], background: .index(17)))
        XCTAssertEqual(p.roles[.link], RoleStyle(.rgb(0x5f, 0xd7, 0xd7), .italic))
        XCTAssertEqual(p.bands[.selection], .index(24))
        XCTAssertEqual(p.monochromeBands[.selection], [.reverse, .bold])
    }

    func testABadValueBreaksTheThemeWithFileAndLine() {
        let text = "description = \"x\"\n[roles]\ntext = {}\ntitle = { fg = \"purpl\" }\n"
        let (theme, issues) = ThemeParser.parse(text, name: "x", file: "themes/x.toml", origin: .file("themes/x.toml"))
        XCTAssertNil(theme)
        XCTAssertEqual(issues.first?.file, "themes/x.toml")
        XCTAssertEqual(issues.first?.line, 4)
        XCTAssertTrue(issues.first?.description.hasPrefix("themes/x.toml:4: unknown color \"purpl\"") == true, "\(issues)")
    }

    func testATOMLSyntaxErrorNamesTheLine() {
        let (theme, issues) = ThemeParser.parse("[roles]\ntext = {}\ntitle = { fg = \n", name: "x", file: "x.toml", origin: .builtIn)
        XCTAssertNil(theme)
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.line, 3, "\(issues)")
        XCTAssertTrue(issues[0].message.contains("invalid TOML"))
    }

    func testUnknownRoleWarnsButKeepsTheTheme() {
        let (theme, issues) = ThemeParser.parse("[roles]\n\ntitel = { fg = 1 }\n", name: "x", file: "x.toml", origin: .builtIn)
        XCTAssertNotNil(theme)
        XCTAssertEqual(issues.map(\.line), [3])
        XCTAssertTrue(issues[0].message.contains("unknown role 'titel'"))
    }

    func testCatalogAddsUserThemesAndFallsBackFromABrokenOne() throws {
        let xdg = try TempDir()
        let themes = xdg.path + "/kith/themes"
        try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
        try "[roles]\ntext = { fg = \"red\" }\n".write(toFile: themes + "/mine.toml", atomically: true, encoding: .utf8)
        try "[roles]\ntext = { fg = \"nope\" }\n".write(toFile: themes + "/broken.toml", atomically: true, encoding: .utf8)
        try "[bands]\nselection = { bg = 1 }\n".write(toFile: themes + "/light.toml", atomically: true, encoding: .utf8)
        let paths = ConfigPaths(environment: ["XDG_CONFIG_HOME": xdg.path, "HOME": "/nonexistent"])
        let catalog = ThemeCatalog.load(paths: paths)
        XCTAssertEqual(catalog.themes.map(\.name), ["default", "light", "high-contrast", "mono", "mine"])
        XCTAssertEqual(catalog.theme(named: "mine")?.origin, .file(themes + "/mine.toml"))
        XCTAssertEqual(catalog.theme(named: "light")?.origin, .file(themes + "/light.toml"), "a user theme replaces a built-in")
        XCTAssertEqual(catalog.issues.map(\.description), [themes + "/broken.toml:2: unknown color \"nope\" (a name like red or brightblue, 0–255, or #rrggbb)"])
        let (chosen, problem) = catalog.select("broken")
        XCTAssertEqual(chosen.name, "default")
        XCTAssertTrue(problem?.contains("broken.toml:2") == true, problem ?? "")
        XCTAssertEqual(catalog.select("nosuch").theme.name, "default")
        XCTAssertNotNil(catalog.select("nosuch").problem)
        XCTAssertEqual(catalog.next(after: "mono").name, "mine")
        XCTAssertEqual(catalog.next(after: "mine").name, "default")
    }
}

/// A temporary folder removed when the value goes away.
final class TempDir {
    let path: String
    init() throws {
        path = NSTemporaryDirectory() + "kith-config-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}
