import Foundation
import KithCore
import XCTest

/// What kith says about itself for installing: `--version`, and the bash, zsh and fish
/// completion scripts `make install` generates from the commands (scripts/install.sh).
final class CLIVersionAndCompletionTests: XCTestCase {
    /// The subcommands as kith describes them (`--experimental-dump-help`, the JSON the man page
    /// is generated from), without `help`.
    private func subcommands() throws -> [String] {
        let r = try CLI.run(["--experimental-dump-help"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let command = try XCTUnwrap(try r.object()["command"] as? [String: Any])
        let subs = try XCTUnwrap(command["subcommands"] as? [[String: Any]])
        return subs.compactMap { $0["commandName"] as? String }.filter { $0 != "help" }
    }

    func testVersionPrintsTheOneVersion() throws {
        let r = try CLI.run(["--version"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, KithVersion.current + "\n")
        XCTAssertNotNil(KithVersion.current.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression),
                        KithVersion.current)
    }

    func testEveryCompletionScriptOffersEverySubcommand() throws {
        let names = try subcommands()
        XCTAssertTrue(Set(["browse", "demo", "people", "show", "search", "timeline", "stale", "backlinks",
                           "check", "themes", "config"]).isSubset(of: names), "\(names)")
        for shell in ["bash", "zsh", "fish"] {
            let r = try CLI.run(["--generate-completion-script", shell])
            XCTAssertEqual(r.status, 0, "\(shell): \(r.stderr)")
            XCTAssertGreaterThan(r.stdout.count, 1000, "\(shell) script is (nearly) empty")
            for name in names {
                // How each shell's script lists a subcommand to offer after `kith `.
                let offered: String
                switch shell {
                case "bash": offered = #"compgen -W '[^']*\b\#(name)\b"#
                case "zsh": offered = "'\(name):"
                default: offered = "-fa '\(name)'"
                }
                XCTAssertNotNil(r.stdout.range(of: offered, options: .regularExpression),
                                "the \(shell) script does not offer \(name)")
            }
        }
        let unknown = try CLI.run(["--generate-completion-script", "tcsh"])
        XCTAssertNotEqual(unknown.status, 0)
    }

    /// bash's completion, as when Tab is pressed after `kith WORDS…` (the last word is the one
    /// being completed), with the completion script kith generates.
    private func bashCompletes(_ words: [String], configHome: String) throws -> [String] {
        let script = NSTemporaryDirectory() + "kith-completion-\(UUID().uuidString).bash"
        try CLI.run(["--generate-completion-script", "bash"]).stdout.write(toFile: script, atomically: true, encoding: .utf8)
        defer { unlink(script) }
        let all = ([try XCTUnwrap(CLI.binary)] + words).map(TmuxSession.quote).joined(separator: " ")
        let body = """
            export XDG_CONFIG_HOME=\(TmuxSession.quote(configHome))
            source \(TmuxSession.quote(script))
            COMP_WORDS=(\(all)); COMP_CWORD=\(words.count)
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
            _kith kith "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let r = try TmuxSession.run(["bash", "--norc", "-c", body])
        XCTAssertEqual(r.status, 0, r.output)
        return r.output.split(separator: "\n").map(String.init)
    }

    func testBashCompletesSubcommandsOptionValuesThemesAndFolders() throws {
        let config = NSTemporaryDirectory() + "kith-completion-config-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: config + "/kith/themes", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: config) }
        try "description = \"mine\"\n".write(toFile: config + "/kith/themes/sunny.toml", atomically: true, encoding: .utf8)

        XCTAssertEqual(try bashCompletes(["de"], configHome: config), ["demo"])
        XCTAssertEqual(Set(try bashCompletes(["people", "--sort", ""], configHome: config)), ["recent", "name", "stale"])
        // Theme names come from kith at Tab time: the built-ins and the user's own.
        XCTAssertEqual(Set(try bashCompletes(["demo", "--theme", ""], configHome: config)),
                       ["default", "light", "high-contrast", "mono", "sunny"])
        XCTAssertEqual(try bashCompletes(["browse", "--theme", "hi"], configHome: config), ["high-contrast"])
        // --vault offers folders only.
        let fixtures = CLI.packageRoot.appendingPathComponent("Tests/Fixtures").path
        XCTAssertEqual(try bashCompletes(["people", "--vault", fixtures + "/Sample"], configHome: config),
                       [fixtures + "/SampleVault"])
    }
}
