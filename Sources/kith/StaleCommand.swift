import ArgumentParser

/// Placeholder until the command lands.
struct Stale: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stale")
}
