import Foundation

/// Where kith's own files live: `$XDG_CONFIG_HOME/kith`, else `~/.config/kith`. Built from an
/// environment dictionary so tests point it at a temporary folder, never the real home.
public struct ConfigPaths: Hashable, Sendable {
    /// The `kith` folder.
    public var directory: String
    /// `$HOME`, for showing paths as `~/…`.
    public var home: String?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            // The XDG spec ignores relative values.
            directory = xdg + "/kith"
        } else {
            directory = (home ?? NSHomeDirectory()) + "/.config/kith"
        }
    }

    public var configFile: String { directory + "/config.toml" }
    public var themesDirectory: String { directory + "/themes" }

    /// `~/.config/kith/config.toml` for a path under the home folder, else the path.
    public func display(_ path: String) -> String {
        guard let home, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// Expands a leading `~/` (config values are written by hand).
    public func expand(_ path: String) -> String {
        guard let home, path == "~" || path.hasPrefix("~/") else { return path }
        return home + path.dropFirst()
    }
}
