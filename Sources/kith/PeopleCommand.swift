import ArgumentParser

/// Placeholder until the command lands.
struct People: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "people")
}
