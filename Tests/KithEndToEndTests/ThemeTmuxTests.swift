import Foundation
import XCTest

/// Themes and config in the running browser, in tmux: colors on screen (`capture-pane -e`),
/// none with NO_COLOR, `t` switching live, a broken theme's message, a rebound key in the
/// hints and help, an unknown config key named while kith runs.
final class ThemeTmuxTests: TmuxTestCase {
    var xdg = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        xdg = NSTemporaryDirectory() + "kith-e2e-xdg-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: xdg + "/kith/themes", withIntermediateDirectories: true)
    }

    override func tearDown() {
        super.tearDown()
        try? FileManager.default.removeItem(atPath: xdg)
    }

    func open(_ extra: String = "", environment: [String: String] = [:]) throws -> TmuxSession {
        let args = "--vault \(TmuxSession.quote(CLI.sampleVault)) \(extra)"
        let s = try TmuxSession(command: "\(TmuxSession.quote(CLI.binary!)) \(args)",
                                // `swift test` itself sets NO_COLOR=1; an empty value is "unset".
                                environment: environment.merging(["XDG_CONFIG_HOME": xdg, "NO_COLOR": ""]) { a, _ in a })
        session = s
        s.waitFor(text: "15 people")
        return s
    }

    /// The color parameters (foreground or background) of every SGR sequence on the screen.
    static func colorCodes(_ screen: String) -> [String] {
        var out: [String] = []
        var rest = Substring(screen)
        while let esc = rest.range(of: "\u{1b}[") {
            rest = rest[esc.upperBound...]
            guard let m = rest.firstIndex(where: { !("0"..."9").contains($0) && $0 != ";" }) else { break }
            if rest[m] == "m" {
                let params = rest[..<m].split(separator: ";").compactMap { Int($0) }
                var i = 0
                while i < params.count {
                    let p = params[i]
                    if p == 38 || p == 48 {
                        out.append(params[i...].prefix(params[safe: i + 1] == 2 ? 5 : 3).map(String.init).joined(separator: ";"))
                        i += params[safe: i + 1] == 2 ? 5 : 3
                        continue
                    }
                    if (30...37).contains(p) || (40...47).contains(p) || (90...97).contains(p) || (100...107).contains(p) {
                        out.append(String(p))
                    }
                    i += 1
                }
            }
            rest = rest[m...]
        }
        return out
    }

    func testDefaultThemeShowsColorsAndNoColorShowsNone() throws {
        let colored = try open()
        let codes = Self.colorCodes(colored.screen(colors: true))
        XCTAssertTrue(codes.contains("48;5;18"), "the default selection band (18, deep blue): \(Set(codes))")
        XCTAssertTrue(codes.contains("38;5;209"), "overdue ages in warm orange (#ff875f → 209): \(Set(codes))")
        XCTAssertTrue(codes.contains("38;5;112"), "the focused border (#87d700 → 112): \(Set(codes))")
        colored.send("q")
        colored.stop()

        let plain = try open(environment: ["NO_COLOR": "1"])
        let screen = plain.screen(colors: true)
        XCTAssertEqual(Self.colorCodes(screen), [], "NO_COLOR: no color sequences")
        XCTAssertTrue(screen.contains("\u{1b}[7m") || screen.contains(";7m") || screen.contains("[7;"),
                      "the selection is still shown in reverse video")
    }

    func testTCyclesThemesLive() throws {
        let s = try open()
        let before = Set(Self.colorCodes(s.screen(colors: true)))
        XCTAssertTrue(before.contains("48;5;18"))
        s.send("t")
        s.waitFor(text: "theme light (built-in)")
        let light = Set(Self.colorCodes(s.screen(colors: true)))
        XCTAssertFalse(light.contains("48;5;18"), "the dark selection is gone")
        XCTAssertTrue(light.contains("48;5;189"), "the light theme's selection (#d7d7ff → 189): \(light)")
        s.send("t")
        s.waitFor(text: "theme high-contrast")
        s.send("t")
        s.waitFor(text: "theme mono")
        XCTAssertEqual(Self.colorCodes(s.screen(colors: true)), [], "mono has no colors")
    }

    func testThemeOptionAndBrokenThemeFallsBackWithAMessage() throws {
        try "[roles]\ntext = {}\ntitle = { fg = \"chartreuse-ish\" }\n".write(toFile: xdg + "/kith/themes/bad.toml", atomically: true, encoding: .utf8)
        let s = try open("--theme bad")
        let screen = s.waitFor(text: "bad.toml:3")
        XCTAssertTrue(screen.contains("unknown color"), screen)
        XCTAssertTrue(Set(Self.colorCodes(s.screen(colors: true))).contains("48;5;18"), "fell back to the default")
        s.stop()
        let light = try open("--theme light")
        XCTAssertTrue(Set(Self.colorCodes(light.screen(colors: true))).contains("48;5;189"))
    }

    func testConfigThemeAndCustomKeyBinding() throws {
        try "theme = \"mono\"\nfavourite_colour = \"teal\"\n[keys]\nquit = [\"x\"]\n"
            .write(toFile: xdg + "/kith/config.toml", atomically: true, encoding: .utf8)
        let s = try open()
        XCTAssertEqual(Self.colorCodes(s.screen(colors: true)), [], "the config chose mono")
        // The unknown key is named with its line, and kith started anyway.
        let warned = s.waitFor(text: "config.toml:2")
        XCTAssertTrue(warned.contains("favourite_colour"), warned)
        // Status hints and the help overlay show the rebound key.
        s.send("j")
        let hints = s.waitFor("hints") { $0.contains("x quit") }
        XCTAssertFalse(hints.contains("q quit"), hints)
        s.send("?")
        let help = s.waitFor("help") { $0.contains("esc to close") }
        XCTAssertNotNil(help.range(of: #"x +quit"#, options: .regularExpression), help)
        s.send("?")
        s.waitFor("help closed") { !$0.contains("esc to close") }
        // Keys are handled in order: once the help that `?` opens after `q` shows, q was read
        // and did not quit (no fixed sleep that a loaded machine could outrun).
        s.send("q")
        s.send("?")
        let afterQ = s.waitFor("help after q") { $0.contains("esc to close") || $0.contains("[exit ") }
        XCTAssertFalse(afterQ.contains("[exit "), "q no longer quits")
        XCTAssertTrue(afterQ.contains("esc to close"), afterQ)
        s.send("?")
        s.waitFor("help closed") { !$0.contains("esc to close") }
        s.send("x")
        let end = s.waitFor("exit") { $0.contains("[exit ") }
        XCTAssertTrue(end.contains("[exit 0]"), end)
    }
}

extension Array {
    fileprivate subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
