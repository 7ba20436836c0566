import ArgumentParser

/// Placeholder until the command lands.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo")
}
