import ArgumentParser

/// Placeholder until the command lands.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show")
}
