import Foundation
import KithCore
import KithRuntime
import KithUI
import XCTest

/// Records what the runtime posts, as the mailbox would hold it.
final class RecordingSink: ActionSink, @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []

    func post(_ action: Action) {
        lock.lock()
        actions.append(action)
        lock.unlock()
    }

    /// Takes everything posted so far, oldest first.
    func drain() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let all = actions
        actions = []
        return all
    }
}

/// A watcher the test drives: `emit` reports a change as inotify would.
final class FakeWatching: VaultWatching, @unchecked Sendable {
    private let lock = NSLock()
    private var handler: (@Sendable (WatchEvent) -> Void)?
    private(set) var root: String?
    let handle = Handle()
    /// Thrown by `watch` when set (a system without inotify, a vault that cannot be watched).
    var failure: Error?

    final class Handle: WatchHandle, @unchecked Sendable {
        private(set) var stopped = false
        func stop() { stopped = true }
    }

    func watch(root: String, handler: @escaping @Sendable (WatchEvent) -> Void) throws -> WatchHandle {
        if let failure { throw failure }
        lock.lock()
        defer { lock.unlock() }
        self.root = root
        self.handler = handler
        return handle
    }

    func emit(_ change: WatchEvent) {
        lock.lock()
        let h = handler
        lock.unlock()
        h?(change)
    }
}

/// The terminal's side, faked: the "editor" is a closure run on the file, themes a fixed list.
final class FakeHost: SessionHost {
    private(set) var quitCalled = false
    private(set) var foreground: [[String]] = []
    /// What the editor does to the file (its last argument) and how it exits.
    var editor: (String) -> ProgramExit = { _ in .exited(0) }

    func quit() { quitCalled = true }

    func runInForeground(_ argv: [String]) -> ProgramExit {
        foreground.append(argv)
        return editor(argv.last ?? "")
    }

    func nextTheme() -> (name: String, origin: String)? { ("light", "built-in") }

    private(set) var themeSet: [String] = []
    func setTheme(named name: String) -> (name: String, origin: String)? {
        guard ["default", "light"].contains(name) else { return nil }
        themeSet.append(name)
        return (name, "built-in")
    }

    private(set) var copied: [String] = []
    func copyToClipboard(_ text: String) -> ClipboardReport {
        copied.append(text)
        return .copied(text: text)
    }
}

/// A browser launcher that records what it was asked to start and ends as told.
final class FakeLauncher: BackgroundLauncher, @unchecked Sendable {
    private let lock = NSLock()
    private var started: [[String]] = []
    let exit: ProgramExit

    init(exit: ProgramExit = .exited(0)) { self.exit = exit }

    var argvs: [[String]] {
        lock.lock()
        defer { lock.unlock() }
        return started
    }

    func start(_ argv: [String], done: @escaping @Sendable (ProgramExit) -> Void) {
        lock.lock()
        started.append(argv)
        lock.unlock()
        done(exit)
    }
}

/// A small vault in a temporary folder, removed by `remove()`.
struct ScratchVault {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "kith-runtime-\(UUID().uuidString.prefix(8))"
        try write("People/Ana Lima.md", """
        ---
        last_contact: 2026-11-20
        ---
        # Ana Lima

        ## Recent Context
        - 2026-11-20: [[Weekly sync]] — planning

        ## Profile
        **Role**: Engineer at Acme
        """)
        try write("People/Ben Okoro.md", "---\nlast_contact: 2026-10-01\n---\n# Ben Okoro\n")
        try write("Notes/Weekly sync.md", "# Weekly sync\n\nWith [[Ana Lima]] and [[Ben Okoro]].\n")
    }

    func path(_ rel: String) -> String { root + "/" + rel }

    func write(_ rel: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path(rel))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// A scratch vault and a private cache folder for its snapshots, both removed afterwards (the
/// tests of what a live index reads from and writes to the cache).
class CachedVaultTestCase: XCTestCase {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!
    var vault: ScratchVault!
    var cacheDirectory = ""

    override func setUpWithError() throws {
        vault = try ScratchVault()
        cacheDirectory = NSTemporaryDirectory() + "kith-cache-\(UUID().uuidString)"
    }

    override func tearDown() {
        vault.remove()
        try? FileManager.default.removeItem(atPath: cacheDirectory)
    }
}

