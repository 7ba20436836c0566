import ArgumentParser
import Foundation
import KithConfig
import KithCore

/// `--today YYYY-MM-DD` (else `$KITH_TODAY`): the day ages and due dates are counted from, for
/// every command that shows them, the browser included; tests and scripts pin it to get output
/// that does not change with the calendar.
struct TodayOption: ParsableArguments {
    @Option(name: .customLong("today"),
            help: ArgumentHelp("The day ages and due dates are counted from (default: $KITH_TODAY, else today).",
                               valueName: "YYYY-MM-DD"))
    var text: String?

    /// The given day, else `$KITH_TODAY`, else the local calendar day; exits 2 when the
    /// option or the variable is not a real day.
    func date(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> CalendarDate {
        if let day = try DateOption.parse(text, option: "--today") { return day }
        if let pinned = environment["KITH_TODAY"], !pinned.isEmpty,
           let day = try DateOption.parse(pinned, option: "KITH_TODAY") {
            return day
        }
        return CalendarDate.today()
    }
}

/// `--theme NAME`: the browser's colour theme, for the commands that open it (browse, demo).
struct ThemeOption: ParsableArguments {
    @Option(name: .customLong("theme"), help: ArgumentHelp(
        "The color theme (default: the config's theme, else default; see kith themes).", valueName: "name"),
            completion: .custom { _, _, _ in ThemeCatalog.load(paths: ConfigPaths()).themes.map(\.name) })
    var name: String?
}

/// `--no-cache`: every command that opens a vault reads it through its snapshot in
/// `$XDG_CACHE_HOME/kith/` (see `kith cache`) unless told not to.
struct CacheOption: ParsableArguments {
    @Flag(name: .customLong("no-cache"),
          help: "Read every note from its file; neither read nor write the vault's snapshot (see kith cache).")
    var off = false

    /// The snapshot store to load through, or nil when off (or there is no cache folder).
    func store(environment: [String: String] = ProcessInfo.processInfo.environment) -> SnapshotStore? {
        off ? nil : SnapshotStore.standard(environment: environment)
    }
}

/// Snapshots the CLI writes beside the command's own work, waited for before the process exits
/// (a write cut short by exit would only leave a temporary file behind, but also no snapshot).
enum SnapshotWrites {
    private static let group = DispatchGroup()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var warnings: [String] = []

    /// Writes `pending` on another thread.
    static func start(_ pending: PendingSnapshot) {
        group.enter()
        Thread.detachNewThread {
            if let warning = pending.write() { note(warning) }
            group.leave()
        }
    }

    /// One line on stderr for a cache that cannot be used (once per line).
    static func note(_ warning: String) {
        lock.lock()
        defer { lock.unlock() }
        guard !warnings.contains(warning) else { return }
        warnings.append(warning)
        Console.writeError("kith: \(warning)\n")
    }

    /// Waits for the writes started so far.
    static func finish() { group.wait() }
}
