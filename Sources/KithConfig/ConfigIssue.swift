/// A problem found in a theme or config file: where it is and what is wrong. kith reports
/// these and carries on (a broken theme falls back to the default, a bad config value to its
/// default), so they are values, never thrown past the loaders.
public struct ConfigIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user would type it (`~/.config/kith/config.toml`), or a built-in name.
    public var file: String
    /// 1-based line, when the problem can be pinned to one.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, the shape compilers use, so editors can jump to it.
    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
