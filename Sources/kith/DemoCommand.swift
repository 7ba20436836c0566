import ArgumentParser
import Foundation
import KithTerminal

extension DemoVault.Sample: ExpressibleByArgument {}

/// `kith demo`: the browser on a bundled sample vault, copied to a scratch folder first and
/// removed afterwards.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the browser on a bundled sample vault (a fresh scratch copy each time).")

    @Option(help: ArgumentHelp(
        "Which sample: sample (Recent Context and transcripts) or real-world (daily notes, meeting properties, inline fields).",
        valueName: "name"))
    var sample: DemoVault.Sample = .sample

    @OptionGroup var theme: ThemeOption
    @OptionGroup var day: TodayOption

    func run() throws {
        let today = try day.date()
        // Before the copy exists: from here SIGINT, SIGTERM and SIGHUP only set a flag that
        // ends the browser's loop, so the copy is always removed below.
        TerminalSignals.install()
        let scratch: DemoVault.Scratch
        do {
            scratch = try DemoVault.freshCopy(sample)
        } catch {
            throw Console.fail("\(error)", code: 2)
        }
        let name = sample == .sample ? "sample vault (demo)" : "real-world sample (demo)"
        let code = BrowserSession(vaultPath: scratch.vault, displayName: name,
                                  settings: BrowserSettings.load(themeOption: theme.name), today: today).run()
        scratch.remove()
        if code != 0 { throw ExitCode(code) }
        if let signal = TerminalSignals.exitCode { throw ExitCode(signal) }
    }
}
