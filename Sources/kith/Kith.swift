import ArgumentParser
import Foundation
import KithCore

/// `kith`: browse people, contacts and transcripts of an Obsidian-style vault.
@main
struct Kith: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kith",
        abstract: "A terminal relationship browser for Obsidian-style vaults.",
        discussion: "Without a subcommand, kith opens the full-screen browser on the vault.",
        version: KithVersion.current,
        subcommands: [Browse.self, Demo.self, People.self, Show.self, Brief.self, Orgs.self, Meetings.self, Search.self, Timeline.self,
                      Stale.self, Upcoming.self, Backlinks.self, Export.self, Check.self, Cache.self, Themes.self, Config.self],
        defaultSubcommand: Browse.self
    )

    /// kith's exit code for every usage error (an unknown command or option, a missing or bad
    /// argument) and for a vault that cannot be opened: 2, as grep and rg. ArgumentParser's own
    /// would be 64 (EX_USAGE); the exit code table in docs/cli.md is the contract.
    static let usageExitCode: Int32 = 2

    static func main() {
        AllocatorTuning.apply()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let word = UnknownCommand.find(in: arguments) {
            fail(UnknownCommand.message(for: word))
        }
        do {
            var command = try parseAsRoot(arguments)
            // A scripting command whose reader goes away (`kith stale | head -1`) still finishes
            // the snapshot it is writing: the closed pipe is seen as EPIPE (`Console.writeOut`)
            // rather than a SIGPIPE that kills it mid-write. The browser keeps the default.
            if !(command is Browse || command is Demo) { signal(SIGPIPE, SIG_IGN) }
            try command.run()
            SnapshotWrites.finish()
        } catch {
            if let posix = error as? POSIXError, posix.code == .EPIPE { Console.outputClosed(EPIPE) }
            SnapshotWrites.finish()
            if exitCode(for: error) == .validationFailure { fail(usageMessage(for: error)) }
            exit(withError: error)
        }
    }

    /// ArgumentParser's message in kith's form: `kith: unknown option '--x'`, then the usage.
    static func usageMessage(for error: Error) -> String {
        var lines = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let first = lines.first, first.hasPrefix("Error: ") {
            let text = first.dropFirst("Error: ".count)
            lines[0] = "kith: " + text.prefix(1).lowercased() + text.dropFirst()
        }
        return lines.joined(separator: "\n")
    }

    private static func fail(_ message: String) -> Never {
        Console.writeError(message + "\n")
        Foundation.exit(usageExitCode)
    }
}

/// A first word that names no command (`kith peple`): the browser takes no words, so it is a
/// typo, and the closest command is suggested rather than the browser's usage printed.
enum UnknownCommand {
    /// The commands a first word may name (ArgumentParser's `help` included).
    static var names: [String] {
        Kith.configuration.subcommands.map { $0.configuration.commandName ?? "" } + ["help"]
    }

    /// Options that take a value (the word after them is that value): the browser's, and
    /// ArgumentParser's `--generate-completion-script SHELL` (scripts/install.sh runs it).
    static let valueOptions: Set<String> = ["--vault", "--theme", "--today", "--generate-completion-script"]

    /// The first bare word before any command, when it names none.
    static func find(in arguments: [String]) -> String? {
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { return nil }
            if a.hasPrefix("-") {
                i += valueOptions.contains(a) ? 2 : 1
                continue
            }
            return names.contains(a) ? nil : a
        }
        return nil
    }

    /// `kith: unknown command 'peple'; did you mean 'people'?`, else the list of commands (or,
    /// for a folder, how to open it as the vault).
    static func message(for word: String) -> String {
        let commands = names.filter { $0 != "help" }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: word, isDirectory: &isDir), isDir.boolValue {
            return "kith: unknown command '\(word)'; to open that vault: kith --vault \(word)"
        }
        if let near = closest(to: word, in: commands) {
            return "kith: unknown command '\(word)'; did you mean '\(near)'?"
        }
        return "kith: unknown command '\(word)'; commands: \(commands.joined(separator: ", ")) (see kith --help)"
    }

    /// The command within two edits of `word` (the nearest), or the one it starts.
    static func closest(to word: String, in commands: [String]) -> String? {
        let w = word.lowercased()
        let scored = commands.map { ($0, editDistance(w, $0)) }.min { $0.1 < $1.1 }
        if let (name, d) = scored, d <= min(2, max(1, name.count / 3)) { return name }
        let starts = commands.filter { $0.hasPrefix(w) }
        return w.count >= 2 && starts.count == 1 ? starts[0] : nil
    }

    /// Levenshtein distance (insertions, deletions, substitutions; an adjacent swap counts 2).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        guard !x.isEmpty else { return y.count }
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var row = [i] + Array(repeating: 0, count: y.count)
            for j in 1...max(1, y.count) where !y.isEmpty {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = row
        }
        return previous[y.count]
    }
}
