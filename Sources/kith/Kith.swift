import ArgumentParser

/// `kith`: browse people, contacts and transcripts of an Obsidian-style vault.
@main
struct Kith: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kith",
        abstract: "A terminal relationship browser for Obsidian-style vaults.",
        discussion: "Without a subcommand, kith opens the full-screen browser on the vault.",
        subcommands: [Browse.self, Demo.self, People.self, Show.self, Search.self, Timeline.self,
                      Stale.self, Backlinks.self, Check.self],
        defaultSubcommand: Browse.self
    )
}
