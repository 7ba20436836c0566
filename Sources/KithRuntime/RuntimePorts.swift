import KithUI

/// Where the runtime reports: the run loop's mailbox (drained on the UI thread, which wakes
/// for it) or, in tests, a recorder. Callable from any thread.
public protocol ActionSink: AnyObject, Sendable {
    func post(_ action: Action)
}

/// What the runtime needs from the session that hosts it (the terminal, in the browser; a
/// fake in tests).
public protocol SessionHost: AnyObject {
    /// Ends the session after the current update.
    func quit()
    /// Runs a program on the terminal with the UI suspended, waits for it and repaints (the
    /// editor).
    func runInForeground(_ argv: [String]) -> ProgramExit
    /// Switches to the next color theme; returns its name and where it comes from (nil: there
    /// is no other theme).
    func nextTheme() -> (name: String, origin: String)?
    /// Switches to the theme of that name; returns its name and origin (nil: no such theme).
    func setTheme(named name: String) -> (name: String, origin: String)?
    /// Puts `text` on the terminal's clipboard (OSC 52), or says why the terminal cannot.
    func copyToClipboard(_ text: String) -> ClipboardReport
}

/// Starts programs that need no terminal (a web browser for a link) without waiting for them.
public protocol BackgroundLauncher: Sendable {
    /// Starts `argv` (looked up on PATH) with no terminal; `done` gets how it ended, on any
    /// thread.
    func start(_ argv: [String], done: @escaping @Sendable (ProgramExit) -> Void)
}

/// What a vault watcher reports (`VaultWatcher.Event`, without tying the runtime to inotify).
public enum WatchEvent: Sendable, Equatable {
    /// Vault-relative paths that changed.
    case changed([String])
    /// Events were lost: index everything again.
    case rescan
    /// Something the user should know (the watch limit was reached).
    case warning(String)
}

/// A running watch; `stop()` ends it (nothing is reported afterwards).
public protocol WatchHandle: AnyObject, Sendable {
    func stop()
}

/// Starts watching a vault: inotify in the browser (`InotifyWatching`), a fake in tests.
public protocol VaultWatching: Sendable {
    /// Starts reporting changes under `root` (absolute) to `handler`, on any thread. Throws
    /// when the vault cannot be watched (the browser then says live reload is off).
    func watch(root: String, handler: @escaping @Sendable (WatchEvent) -> Void) throws -> WatchHandle
}
