import Foundation
import KithCore
import KithUI
import XCTest

@testable import KithRuntime

/// The live index and the effect runner with a fake watcher, editor and browser: background
/// work reports back as actions, and only update changes the state.
final class RuntimeTests: XCTestCase {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!
    var vault: ScratchVault!
    let sink = RecordingSink()
    let watching = FakeWatching()
    let host = FakeHost()

    override func setUpWithError() throws { vault = try ScratchVault() }
    override func tearDown() { vault.remove() }

    private func runtime(environment: [String: String] = ["EDITOR": "vi", "PATH": "/usr/bin:/bin"],
                         launcher: BackgroundLauncher = FakeLauncher(),
                         exists: @escaping (String, [String: String]) -> Bool = { _, _ in false })
        -> (LiveIndex, EffectRunner) {
        let live = LiveIndex(root: vault.root, classifier: .standard, policy: ContactPolicy(), today: Self.today,
                             sink: sink, watching: watching)
        let runner = EffectRunner(vaultRoot: vault.root, live: live, host: host, sink: sink, launcher: launcher,
                                  environment: environment, programExists: exists)
        return (live, runner)
    }

    /// The browser's start: the initial state with the first load run and delivered.
    private func started(_ live: LiveIndex, _ runner: EffectRunner) -> AppState {
        let (initial, effects) = AppState.start(vaultName: "v", today: Self.today, cols: 100, rows: 30)
        XCTAssertTrue(effects.flatMap { runner.perform($0) }.isEmpty)
        live.settle()
        return deliver(to: initial, runner)
    }

    /// What the run loop does with the mailbox: every posted action through update.
    private func deliver(to state: AppState, _ runner: EffectRunner) -> AppState {
        sink.drain().reduce(state) { runner.dispatch($1, to: $0) }
    }

    private func status(_ s: AppState) -> String { KithApp.render(s).rowText(s.rows - 1) }

    func testFirstLoadReportsProgressThenLinkingThenTheIndex() {
        let (live, runner) = runtime()
        _ = runner.perform(.loadIndex)
        live.settle()
        let actions = sink.drain()
        let names = actions.map { a -> String in
            switch a {
            case .indexProgress: return "progress"
            case .indexLinking(let n): return "linking \(n)"
            case .indexLoaded(_, _, _, _, let message): return "loaded \(message ?? "-")"
            default: return "other"
            }
        }
        XCTAssertEqual(names.last, "loaded -", "the first load has no reload summary")
        XCTAssertEqual(names.dropLast().last, "linking 3")
        XCTAssertTrue(names.contains("progress"))
    }

    func testReloadFinishesOnItsOwnWithWhatItFound() throws {
        let (live, runner) = runtime()
        var s = started(live, runner)
        XCTAssertTrue(status(s).contains("indexed 3 notes"), status(s))
        try vault.write("People/Cleo Park.md", "---\nlast_contact: 2026-11-01\n---\n# Cleo Park\n")
        s = runner.dispatch(.key(.char("R")), to: s)
        XCTAssertTrue(status(s).contains("re-indexing"), status(s))
        // No key from here on: what the runtime posts is all the loop hands to update.
        live.settle()
        s = deliver(to: s, runner)
        XCTAssertTrue(status(s).contains("re-indexed 4 notes in"), status(s))
        XCTAssertTrue(status(s).contains("(1 added)"), status(s))
        XCTAssertEqual(s.peoplePaths.count, 3)
        XCTAssertFalse(status(s).contains("reloading"))
    }

    func testWatcherEventsBecomeUpdatesWarningsAndRescans() throws {
        let (live, runner) = runtime()
        var s = started(live, runner)
        live.startWatching()
        XCTAssertEqual(watching.root, VaultLoader.absolutePath(vault.root))
        try vault.write("People/Cleo Park.md", "---\nlast_contact: 2026-11-01\n---\n# Cleo Park\n")
        watching.emit(.changed(["People/Cleo Park.md"]))
        live.settle()
        s = deliver(to: s, runner)
        XCTAssertTrue(status(s).contains("Cleo Park.md added"), status(s))
        XCTAssertEqual(s.peoplePaths.count, 3)
        watching.emit(.warning("inotify watch limit reached"))
        s = deliver(to: s, runner)
        XCTAssertEqual(s.message, StatusMessage("inotify watch limit reached", isError: true))
        try FileManager.default.removeItem(atPath: vault.path("People/Ben Okoro.md"))
        watching.emit(.rescan)
        live.settle()
        s = deliver(to: s, runner)
        XCTAssertEqual(s.peoplePaths.count, 2)
        XCTAssertTrue(status(s).contains("1 removed"), status(s))
        live.stop()
        XCTAssertTrue(watching.handle.stopped)
    }

    func testAWatcherThatCannotStartSaysLiveReloadIsOff() {
        struct NoInotify: Error, CustomStringConvertible { var description: String { "no inotify here" } }
        watching.failure = NoInotify()
        let (live, _) = runtime()
        live.startWatching()
        guard case .notice(let text, let isError)? = sink.drain().last else { return XCTFail("nothing posted") }
        XCTAssertEqual(text, "live reload is off: no inotify here")
        XCTAssertTrue(isError)
    }

    func testEditorThatSavesWithoutAChangeReportsNoChange() throws {
        let (live, runner) = runtime()
        var s = started(live, runner)
        // vi's `:wq` without an edit: the same bytes written again, with a new mtime.
        host.editor = { file in
            let bytes = FileManager.default.contents(atPath: file) ?? Data()
            try? bytes.write(to: URL(fileURLWithPath: file))
            try? FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 2_000_000_000)],
                                                   ofItemAtPath: file)
            return .exited(0)
        }
        s = runner.dispatch(.key(.char("e")), to: s)
        XCTAssertEqual(host.foreground.count, 1)
        XCTAssertTrue(status(s).contains("no changes to Ana Lima.md"), status(s))
        live.settle()
        XCTAssertTrue(sink.drain().isEmpty, "nothing is read again")
    }

    func testEditorThatChangesTheNoteUpdatesTheCard() throws {
        let (live, runner) = runtime()
        var s = started(live, runner)
        s = runner.dispatch(.key(.tab), to: s)
        host.editor = { file in
            let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
            try? text.replacingOccurrences(of: "## Recent Context\n", with: "## Recent Context\n- 2026-11-24: Lunch — new line\n")
                .write(toFile: file, atomically: true, encoding: .utf8)
            return .exited(0)
        }
        s = runner.dispatch(.key(.char("e")), to: s)
        // vi gets the line of the selected Recent Context entry.
        XCTAssertEqual(host.foreground.last, ["/bin/sh", "-c", "exec vi \"$@\"", "kith-editor", "+7",
                                              VaultLoader.absolutePath(vault.root) + "/People/Ana Lima.md"])
        XCTAssertTrue(status(s).contains("re-reading Ana Lima.md…"), status(s))
        live.settle()
        s = deliver(to: s, runner)
        XCTAssertTrue(status(s).contains("Ana Lima.md changed"), status(s))
        XCTAssertTrue(s.currentView?.lines.contains { $0.spans.map(\.text).joined().contains("new line") } ?? false)
    }

    func testAFailingEditorSaysWhy() throws {
        let (live, runner) = runtime()
        let s = started(live, runner)
        host.editor = { _ in .exited(127) }
        XCTAssertTrue(status(runner.dispatch(.key(.char("e")), to: s)).contains("editor not found: vi"))
        host.editor = { _ in .failedToStart(program: "/bin/sh", reason: "No such file or directory") }
        XCTAssertTrue(status(runner.dispatch(.key(.char("e")), to: s)).contains("cannot run /bin/sh: No such file"))
    }

    func testQuitAndThemeReportBack() {
        let (_, runner) = runtime()
        XCTAssertTrue(runner.perform(.quit).isEmpty)
        XCTAssertTrue(host.quitCalled)
        guard case .themeChanged(let name, let origin)? = runner.perform(.cycleTheme).first else { return XCTFail() }
        XCTAssertEqual([name, origin], ["light", "built-in"])
    }

    func testPaletteThemesAndCopiesGoThroughTheHostAndReportBack() {
        let (_, runner) = runtime()
        guard case .themeChanged("light", "built-in")? = runner.perform(.setTheme(name: "light")).first else { return XCTFail() }
        XCTAssertEqual(host.themeSet, ["light"])
        guard case .notice(let text, isError: true)? = runner.perform(.setTheme(name: "gone")).first else { return XCTFail() }
        XCTAssertEqual(text, "no theme named gone")
        guard case .clipboardWritten(.copied("[[Ana Lima]]"))? = runner.perform(.copyToClipboard(text: "[[Ana Lima]]")).first
        else { return XCTFail() }
        XCTAssertEqual(host.copied, ["[[Ana Lima]]"])
    }

    func testLinksOpenWithBrowserElseXdgOpenElseTheURLIsShown() {
        let url = "https://example.com/a?b=1"
        func report(_ env: [String: String], have: Set<String>, launcher: FakeLauncher = FakeLauncher()) -> (LinkReport?, [[String]]) {
            let (_, runner) = runtime(environment: env, launcher: launcher, exists: { p, _ in have.contains(p) })
            guard case .linkOpened(let r)? = runner.perform(.openLink(url: url)).first else { return (nil, launcher.argvs) }
            return (r, launcher.argvs)
        }
        // $BROWSER's first command that exists, the URL passed as an argument, never in the script.
        var (r, argv) = report(["BROWSER": "firefox:chromium --new-window"], have: ["chromium", "xdg-open"])
        XCTAssertEqual(r, .opened(url: url, program: "chromium"))
        XCTAssertEqual(argv, [["/bin/sh", "-c", "exec chromium --new-window \"$1\"", "kith-browser", url]])
        (r, argv) = report(["BROWSER": "lynx -dump %s"], have: ["lynx"])
        XCTAssertEqual(argv, [["/bin/sh", "-c", "exec lynx -dump \"$1\"", "kith-browser", url]])
        (r, argv) = report([:], have: ["xdg-open"])
        XCTAssertEqual(r, .opened(url: url, program: "xdg-open"))
        (r, argv) = report(["BROWSER": "firefox"], have: [])
        XCTAssertEqual(r, .noOpener(url: url))
        XCTAssertEqual(argv, [])
        // Only web and mail links are handed out.
        let (_, runner) = runtime(exists: { _, _ in true })
        guard case .linkOpened(.refused)? = runner.perform(.openLink(url: "file:///etc/passwd")).first else { return XCTFail() }
        guard case .linkOpened(.refused)? = runner.perform(.openLink(url: "javascript:alert(1)")).first else { return XCTFail() }
        // An opener that fails reports later, through the sink.
        _ = report([:], have: ["xdg-open"], launcher: FakeLauncher(exit: .exited(4)))
        guard case .linkOpened(.failed(url, "xdg-open", .exited(4)))? = sink.drain().last else { return XCTFail("no failure posted") }
    }

    func testTheDetachedLauncherReportsHowTheProgramEnded() {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var results: [ProgramExit] = []
        let lock = NSLock()
        for argv in [["sh", "-c", "exit 3"], ["sh", "-c", "test -t 0 || exit 5"], ["/no/such/kith-browser"]] {
            DetachedLauncher().start(argv) { exit in
                lock.lock()
                results.append(exit)
                lock.unlock()
                done.signal()
            }
        }
        for _ in 0..<3 { XCTAssertEqual(done.wait(timeout: .now() + 10), .success) }
        lock.lock()
        defer { lock.unlock() }
        XCTAssertTrue(results.contains(.exited(3)))
        XCTAssertTrue(results.contains(.exited(5)), "no terminal on its stdin")
        XCTAssertTrue(results.contains { if case .failedToStart("/no/such/kith-browser", _) = $0 { return true } else { return false } })
    }

    func testContentDigestSeesContentNotTimes() throws {
        let file = vault.path("People/Ana Lima.md")
        let before = ContentDigest(file: file)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: file)
        XCTAssertEqual(ContentDigest(file: file), before)
        try vault.write("People/Ana Lima.md", (try String(contentsOfFile: file, encoding: .utf8)) + " ")
        XCTAssertNotEqual(ContentDigest(file: file), before)
        XCTAssertNil(ContentDigest(file: vault.path("missing.md")).length)
    }
}
