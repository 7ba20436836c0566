import ArgumentParser
import Foundation
import KithConfig
import KithCore

/// Options every scripting command shares: where the vault is and whether to print JSON.
struct VaultOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The vault folder (default: $KITH_VAULT, else the current directory).", valueName: "path"),
            completion: .directory)
    var vault: String?

    @Flag(name: .long, help: "Print JSON instead of aligned text.")
    var json = false

    /// `--vault` when given, else a non-empty `$KITH_VAULT`, else the config's `vault`, else `.`.
    static func resolve(_ vault: String?, config: KithConfig) -> String {
        if let vault, !vault.isEmpty { return vault }
        if let env = ProcessInfo.processInfo.environment["KITH_VAULT"], !env.isEmpty { return env }
        if let v = config.vault, !v.isEmpty { return v }
        return "."
    }

    /// The config file's settings; its warnings go to stderr once, here.
    static func loadConfig() -> KithConfig {
        let config = KithConfig.load()
        ConfigWarnings.print(config.issues)
        return config
    }

    /// Loads the vault with the config's note-kind rules, or prints one line to stderr and
    /// exits 2 when it cannot be opened.
    func load(config: KithConfig = VaultOptions.loadConfig()) throws -> VaultIndex {
        let vaultPath = Self.resolve(vault, config: config)
        do {
            return try VaultLoader.load(root: vaultPath, classifier: config.classifier)
        } catch let error as VaultError {
            switch error {
            case .notFound(let p): throw Console.fail("vault not found: \(p)", code: 2)
            case .notADirectory(let p): throw Console.fail("vault is not a folder: \(p)", code: 2)
            case .unreadable: throw Console.fail(error.description, code: 2)
            }
        } catch {
            throw Console.fail("cannot open vault \(vaultPath): \(error)", code: 2)
        }
    }
}

/// Where the commands write.
enum Console {
    /// Writes text to standard output as is (callers end their lines).
    static func write(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes a JSON value, pretty-printed.
    static func write(_ json: JSON) { FileHandle.standardOutput.write(Data(json.renderedBytes())) }

    /// Prints `kith: message` on standard error and returns the exit to throw from `run()`.
    /// ArgumentParser exits with an `ExitCode` without printing anything more.
    static func fail(_ message: String, code: Int32) -> ExitCode {
        FileHandle.standardError.write(Data("kith: \(message)\n".utf8))
        return ExitCode(code)
    }

    /// The one-line error for a name that matched no note, naming the closest ones.
    static func notFound(_ query: String, suggestions: [String]) -> ExitCode {
        var message = "no note named \"\(query)\""
        if !suggestions.isEmpty { message += " — closest: " + suggestions.joined(separator: ", ") }
        return fail(message, code: 1)
    }
}

/// `YYYY-MM-DD` option values, checked by the command so a bad date exits 2 (the usage code,
/// `Kith.usageExitCode`) with one clear line rather than the usage.
enum DateOption {
    /// The date, or nil when the option was not given; exits 2 when it is not a real day.
    static func parse(_ text: String?, option: String) throws -> CalendarDate? {
        guard let text else { return nil }
        let ok = text.utf8.count == 10 && text.utf8.enumerated().allSatisfy { i, b in
            i == 4 || i == 7 ? b == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
        }
        guard ok, let date = CalendarDate(parsing: text) else {
            throw Console.fail("invalid date for \(option): \"\(text)\" (expected YYYY-MM-DD)", code: 2)
        }
        return date
    }
}

extension VaultIndex {
    /// The note a user named (path, name or alias), or exit 1 with the closest names on stderr.
    func require(_ query: String) throws -> IndexedNote {
        switch lookup(query) {
        case .found(let path):
            guard let note = note(path) else { throw Console.notFound(query, suggestions: []) }
            return note
        case .notFound(let suggestions):
            throw Console.notFound(query, suggestions: suggestions)
        }
    }

    /// A person's last contact as JSON fields: the date and whether it was derived.
    func lastContactFields(_ path: String) -> [(String, JSON)] {
        let lc = lastContact(of: path)
        return [("last_contact", .date(lc?.date)), ("last_contact_derived", lc.map { .bool($0.derived) } ?? .bool(false))]
    }
}
