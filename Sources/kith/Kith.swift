import ArgumentParser
import Foundation

/// `kith`: browse people, contacts and transcripts of an Obsidian-style vault.
@main
struct Kith: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kith",
        abstract: "A terminal relationship browser for Obsidian-style vaults.",
        discussion: "Without a subcommand, kith opens the full-screen browser on the vault.",
        subcommands: [Browse.self, Demo.self, People.self, Show.self, Search.self, Timeline.self,
                      Stale.self, Upcoming.self, Backlinks.self, Check.self, Themes.self, Config.self],
        defaultSubcommand: Browse.self
    )

    /// ArgumentParser exits 64 on usage errors; kith's contract is 2 for usage and vault errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
