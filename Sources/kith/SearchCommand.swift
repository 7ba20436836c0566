import ArgumentParser

/// Placeholder until the command lands.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search")
}
