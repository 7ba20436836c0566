import ArgumentParser
import Foundation
import KithConfig
import KithCore

/// Options every scripting command shares: where the vault is and whether to print JSON.
struct VaultOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The vault folder (default: $KITH_VAULT, the config's vault, else the nearest folder upwards with .obsidian/, else the current one).",
        valueName: "path"),
            completion: .directory)
    var vault: String?

    @Flag(name: .long, help: "Print JSON instead of aligned text.")
    var json = false

    @OptionGroup var cache: CacheOption

    /// `--vault` when given, else a non-empty `$KITH_VAULT`, else the config's `vault`, else the
    /// nearest folder from the current one upwards that holds `.obsidian/` (as git finds
    /// `.git/`), else the current folder — unless that is `/` or the home folder, which are
    /// never indexed whole: exits 2 with one line saying how to name the vault.
    static func resolve(_ vault: String?, config: KithConfig,
                        environment: [String: String] = ProcessInfo.processInfo.environment,
                        cwd: String = FileManager.default.currentDirectoryPath,
                        home: String? = nil) throws -> String {
        for named in [vault, environment["KITH_VAULT"], config.vault] {
            guard let named, !named.isEmpty else { continue }
            // Named on purpose, but `/` without `.obsidian/` is the whole disk: walking it
            // would look like a freeze (and read every mounted file system).
            if VaultDiscovery.isBareRoot(named) {
                throw Console.fail("no vault: / has no .obsidian/ and is not indexed whole; name the vault's own folder with "
                                   + "--vault PATH, KITH_VAULT=PATH, or vault = \"PATH\" in \(ConfigPaths().display(ConfigPaths().configFile))",
                                   code: 2)
            }
            return named
        }
        // $HOME as the shell has it (Foundation's home folder on Linux comes from the password file).
        let home = home ?? environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        switch VaultDiscovery.find(from: cwd, home: home) {
        case .found(let folder): return folder
        case .refused(let folder):
            let shown = folder == "/" ? "/" : "your home folder (\(folder))"
            throw Console.fail("no vault: \(shown) has no .obsidian/ and is not indexed whole; name the vault with "
                               + "--vault PATH, KITH_VAULT=PATH, or vault = \"PATH\" in \(ConfigPaths().display(ConfigPaths().configFile))",
                               code: 2)
        }
    }

    /// The config file's settings; its warnings go to stderr once, here.
    static func loadConfig() -> KithConfig {
        let config = KithConfig.load()
        ConfigWarnings.print(config.issues)
        return config
    }

    /// Loads the vault with the config's note-kind rules and vault settings (`me`, daily notes),
    /// or prints one line to stderr and exits 2 when it cannot be opened.
    func load(config: KithConfig = VaultOptions.loadConfig()) throws -> VaultIndex {
        try loadReporting(config: config).index
    }

    /// `load`, saying how the snapshot served it. A snapshot to write is written on another
    /// thread while the command runs (`SnapshotWrites`); a cache that cannot be used costs one
    /// line on stderr.
    func loadReporting(config: KithConfig = VaultOptions.loadConfig()) throws -> VaultLoad {
        let vaultPath = try Self.resolve(vault, config: config)
        return try Self.opening(vaultPath) {
            let load = try VaultLoader.load(root: vaultPath, classifier: config.classifier,
                                            overrides: config.vaultOverrides, cache: cache.store())
            Self.started(load)
            return load
        }
    }

    /// The vault's people as `kith people` and `kith stale` print them: from the snapshot's
    /// digest alone when no file changed, else from the whole index (`loadReporting`'s way).
    func loadPeople(config: KithConfig = VaultOptions.loadConfig()) throws -> PeopleDigest {
        let vaultPath = try Self.resolve(vault, config: config)
        return try Self.opening(vaultPath) {
            let load = try VaultLoader.loadPeople(root: vaultPath, classifier: config.classifier,
                                                  overrides: config.vaultOverrides, cache: cache.store())
            if let full = load.full { Self.started(full) }
            return load.digest
        }
    }

    /// Says what the load said about the cache, starts its snapshot write and keeps its index.
    private static func started(_ load: VaultLoad) {
        if let warning = load.snapshot.warning { SnapshotWrites.note(warning) }
        if let pending = load.pending { SnapshotWrites.start(pending) }
        KeptUntilExit.keep(load.index)
    }

    /// Runs `body`, turning a vault that cannot be opened into one line on stderr and exit 2.
    static func opening<T>(_ vaultPath: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
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

/// Which folder is the vault when none is named (vault-format.md, "Which folder is the vault").
enum VaultDiscovery {
    enum Outcome: Equatable {
        case found(String)
        /// `/` or the home folder, without `.obsidian/`: too much to index by accident.
        case refused(String)
    }

    /// The nearest folder from `cwd` upwards that holds `.obsidian/`; else `cwd` itself, unless
    /// it is `/` or `home`.
    static func find(from cwd: String, home: String) -> Outcome {
        let start = VaultLoader.absolutePath(cwd)
        var folder = start
        while true {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + (folder == "/" ? "" : "/") + ".obsidian", isDirectory: &isDir),
               isDir.boolValue {
                return .found(folder)
            }
            guard folder != "/" else { break }
            folder = (folder as NSString).deletingLastPathComponent
            if folder.isEmpty { folder = "/" }
        }
        let homeFolder = VaultLoader.absolutePath(home)
        if start == "/" || start == homeFolder || realpath(start) == realpath(homeFolder) { return .refused(start) }
        return .found(start)
    }

    /// True when `path` is the file system's root (however written: `/`, `//`, `/tmp/..`, a
    /// link to it) and it holds no `.obsidian/`.
    static func isBareRoot(_ path: String) -> Bool {
        guard realpath(VaultLoader.absolutePath(path)) == "/" else { return false }
        var isDir: ObjCBool = false
        return !(FileManager.default.fileExists(atPath: "/.obsidian", isDirectory: &isDir) && isDir.boolValue)
    }

    private static func realpath(_ p: String) -> String {
        guard let r = Foundation.realpath(p, nil) else { return p }
        defer { free(r) }
        return String(cString: r)
    }
}

/// Where the commands write.
enum Console {
    /// Writes text to standard output as is (callers end their lines).
    static func write(_ text: String) {
        guard !text.isEmpty else { return }
        var text = text
        text.withUTF8 { writeOut(UnsafeRawBufferPointer($0)) }
    }

    /// Writes a JSON value, pretty-printed.
    static func write(_ json: JSON) { json.renderedBytes().withUnsafeBytes { writeOut($0) } }

    /// Writes bytes to standard output; when it is gone (`kith people | head -1`) the command
    /// ends there, as a closed pipe ends it, but only after the snapshot being written is
    /// written (the scripting commands ignore SIGPIPE for that: `Kith.main`).
    static func writeOut(_ bytes: UnsafeRawBufferPointer) {
        if let error = writeAll(bytes, to: STDOUT_FILENO) { outputClosed(error) }
    }

    /// Writes text to standard error, dropping it if standard error is gone (a closed pipe must
    /// not turn into a crash once SIGPIPE is ignored).
    static func writeError(_ text: String) {
        var text = text
        text.withUTF8 { _ = writeAll(UnsafeRawBufferPointer($0), to: STDERR_FILENO) }
    }

    /// Writes all of `bytes` to `fd` (again after a signal interrupts): nil, or the `errno`
    /// that stopped it.
    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var done = 0
        while done < bytes.count {
            let n = Foundation.write(fd, base + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return EIO }
            done += n
        }
        return nil
    }

    /// Standard output failed with `error`: finish the snapshot writes, then end as a closed
    /// pipe ends a process (SIGPIPE, exit status 141 in the shell), or exit 1 with one line on
    /// any other error.
    static func outputClosed(_ error: Int32) -> Never {
        SnapshotWrites.finish()
        if error == EPIPE {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        Console.writeError("kith: cannot write the output: \(String(cString: strerror(error)))\n")
        exit(1)
    }

    /// Prints `kith: message` on standard error and returns the exit to throw from `run()`.
    /// ArgumentParser exits with an `ExitCode` without printing anything more.
    static func fail(_ message: String, code: Int32) -> ExitCode {
        Console.writeError("kith: \(message)\n")
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

    /// A person's last contact as JSON fields: the date, whether it was derived (not the
    /// written property) and where it came from (`property` | `interaction`, null for never).
    func lastContactFields(_ path: String, today: CalendarDate) -> [(String, JSON)] {
        ContactFields.lastContact(lastContact(of: path, today: today))
    }
}

/// JSON fields shared by the commands that print contacts.
enum ContactFields {
    /// `last_contact, last_contact_derived, last_contact_source` (`property` | `interaction`,
    /// null for never).
    static func lastContact(_ lc: LastContact?) -> [(String, JSON)] {
        [("last_contact", .date(lc?.date)), ("last_contact_derived", .bool(lc?.derived ?? false)),
         ("last_contact_source", .string(lc?.source.rawValue))]
    }
}
