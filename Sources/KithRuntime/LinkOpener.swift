import Foundation

/// The command that opens a URL: each command of `$BROWSER` (a `:`-separated list, `%s`
/// standing for the URL, else the URL comes last), then `xdg-open` (`open` on macOS); the
/// first whose program exists.
public enum LinkOpener {
    /// `argv` for the first opener that exists and its program's name, or nil when there is none.
    /// `exists` says whether a program name (or path) can be run (`LinkOpener.onPath`).
    public static func command(for url: String, environment: [String: String],
                               exists: (String, [String: String]) -> Bool = onPath) -> (argv: [String], program: String)? {
        var candidates = (environment["BROWSER"] ?? "").split(separator: ":").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        #if os(macOS)
        candidates.append("open")
        #else
        candidates.append("xdg-open")
        #endif
        for command in candidates {
            guard let program = command.split(separator: " ").first.map(String.init), exists(program, environment) else { continue }
            // Through the shell, as for the editor: the command may carry arguments and the
            // shell splits them; the URL is passed as "$1", never spliced into the script.
            let script = command.contains("%s")
                ? "exec " + command.replacingOccurrences(of: "%s", with: "\"$1\"")
                : "exec \(command) \"$1\""
            return (["/bin/sh", "-c", script, "kith-browser", url], program)
        }
        return nil
    }

    /// Whether `program` is an executable path, or names one in `$PATH`.
    public static func onPath(_ program: String, environment: [String: String]) -> Bool {
        if program.contains("/") { return access(program, X_OK) == 0 }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").contains { access("\($0)/\(program)", X_OK) == 0 }
    }
}
