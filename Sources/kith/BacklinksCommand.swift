import ArgumentParser

/// Placeholder until the command lands.
struct Backlinks: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backlinks")
}
