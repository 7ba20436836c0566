import ArgumentParser
import Foundation

/// `kith demo`: the browser on the bundled sample vault, copied to a scratch folder first.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the browser on the bundled sample vault (a fresh scratch copy each time).")

    @OptionGroup var theme: ThemeOption
    @OptionGroup var day: TodayOption

    func run() throws {
        let today = try day.date()
        let path: String
        do {
            path = try DemoVault.freshCopy()
        } catch {
            throw Console.fail("\(error)", code: 2)
        }
        let code = BrowserSession(vaultPath: path, displayName: "sample vault (demo)",
                                  settings: BrowserSettings.load(themeOption: theme.name), today: today).run()
        if code != 0 { throw ExitCode(code) }
    }
}
