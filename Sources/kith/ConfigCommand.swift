import ArgumentParser
import KithConfig

/// `kith config`: where the config file is, what it says, and the full default to start from.
struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the config file's path and check it, or print the default config.",
        discussion: "kith reads $XDG_CONFIG_HOME/kith/config.toml (default ~/.config/kith/config.toml). "
            + "Start one with: kith config --print-default > ~/.config/kith/config.toml")

    @Flag(name: .long, help: "Print the full default configuration, with comments.")
    var printDefault = false

    func run() throws {
        let paths = ConfigPaths()
        if printDefault {
            Console.write(DefaultConfig.text(paths: paths))
            return
        }
        let config = KithConfig.load(paths: paths)
        guard let file = config.file else {
            Console.write("\(paths.display(paths.configFile)) (not there: all defaults)\n")
            return
        }
        ConfigWarnings.print(config.issues)
        Console.write("\(file)\(config.issues.isEmpty ? " (ok)" : " (\(config.issues.count) warning\(config.issues.count == 1 ? "" : "s"))")\n")
    }
}
