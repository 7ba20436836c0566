import ArgumentParser
import Foundation
import KithConfig
import KithCore

/// `kith [--vault PATH]`: the full-screen browser.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the full-screen browser on a vault (the default command).")

    @Option(name: .long, help: ArgumentHelp(
        "The vault folder (default: $KITH_VAULT, the config's vault, else the nearest folder upwards with .obsidian/, else the current one).",
        valueName: "path"),
            completion: .directory)
    var vault: String?

    @OptionGroup var theme: ThemeOption
    @OptionGroup var day: TodayOption

    func run() throws {
        let today = try day.date()
        let config = KithConfig.load()
        let path = try VaultOptions.resolve(vault, config: config)
        // Say what is wrong with the vault before taking over the screen.
        do {
            _ = try VaultScanner.checkRoot(VaultLoader.absolutePath(path))
        } catch {
            throw Console.fail("\(error)", code: 2)
        }
        let settings = BrowserSettings.load(themeOption: theme.name, config: config)
        let code = BrowserSession(vaultPath: path, displayName: Self.displayName(path), settings: settings, today: today).run()
        if code != 0 { throw ExitCode(code) }
    }

    /// `~/notes` for a vault under the home folder, else the folder's path. The home folder is
    /// `$HOME` as the shell has it, as in `VaultOptions.resolve` (Foundation's comes from the
    /// password file on Linux).
    static func displayName(_ path: String) -> String {
        let abs = VaultLoader.absolutePath(path)
        let env = ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        let home = VaultLoader.absolutePath(env ?? NSHomeDirectory())
        if abs == home { return "~" }
        if abs.hasPrefix(home + "/") { return "~" + abs.dropFirst(home.count) }
        return abs
    }
}
