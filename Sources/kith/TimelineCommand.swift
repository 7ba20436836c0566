import ArgumentParser

/// Placeholder until the command lands.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timeline")
}
