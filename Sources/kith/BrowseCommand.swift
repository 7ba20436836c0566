import ArgumentParser

/// Placeholder until the command lands.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse")
}
