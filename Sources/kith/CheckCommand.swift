import ArgumentParser

/// Placeholder until the command lands.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check")
}
