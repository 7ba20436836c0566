import Foundation
import XCTest

/// kith on a vault built from everything that can go wrong (see `HostileVault`): `check` and
/// `people` finish, report each problem, crash on none, and the browser shows the vault.
final class HostileVaultTests: XCTestCase {
    nonisolated(unsafe) static var vault: HostileVault?

    override class func setUp() {
        super.setUp()
        vault = try? HostileVault.build()
    }

    override class func tearDown() {
        vault?.remove()
        vault = nil
        super.tearDown()
    }

    private func hostile() throws -> HostileVault { try XCTUnwrap(Self.vault, "the hostile vault could not be built") }

    /// Runs kith under the watchdog and fails on a hang or a crash.
    private func kith(_ args: [String], file: StaticString = #filePath, line: UInt = #line) throws -> CLIResult {
        let o = try Watchdog.run(args)
        XCTAssertFalse(o.hung, "kith \(args.joined(separator: " ")) hung and was killed", file: file, line: line)
        XCTAssertNil(o.signal, "kith crashed with signal \(o.signal ?? 0): \(o.result.stderr.suffix(2000))", file: file, line: line)
        return o.result
    }

    func testCheckReportsEveryProblem() throws {
        let v = try hostile()
        let guardian = try VaultGuard(v.root)
        defer { guardian.verify() }
        let text = try kith(["check", "--vault", v.root])
        XCTAssertEqual(text.status, 0, text.stderr)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        for (path, says) in HostileVault.expectedProblems {
            XCTAssertTrue(lines.contains { $0.contains(path) && $0.contains(says) }, "\(path): \(says) not reported")
        }
        XCTAssertTrue(text.stdout.contains("Unresolved links ("), "unresolved links are reported")

        let strict = try kith(["check", "--strict", "--json", "--vault", v.root])
        XCTAssertEqual(strict.status, 1, "--strict exits 1 when problems exist")
        let report = try strict.object()
        let problems = report.objects("frontmatter_errors") + report.objects("unreadable")
        for (path, says) in HostileVault.expectedProblems {
            XCTAssertTrue(problems.contains { $0.str("path") == path && ($0.str("message") ?? "").contains(says) },
                          "\(path): \(says) not in the JSON report")
        }
        let fromTenThousand = report.objects("unresolved").filter { $0.str("source") == "Links/Ten Thousand.md" }
        XCTAssertEqual(fromTenThousand.count, HostileVault.linkCount, "each of the 10,000 links is reported")
        XCTAssertFalse(report.objects("unresolved").contains { $0.str("link") == "Not A Link" },
                       "a link inside the unclosed fence is code, not a link")
        XCTAssertGreaterThanOrEqual(report.int("people") ?? 0, HostileVault.survivors.count)
    }

    func testPeopleListsEveryReadablePerson() throws {
        let v = try hostile()
        let guardian = try VaultGuard(v.root)
        defer { guardian.verify() }
        let text = try kith(["people", "--vault", v.root])
        XCTAssertEqual(text.status, 0, text.stderr)
        for name in HostileVault.survivors { XCTAssertTrue(text.stdout.contains(name), "\(name) missing:\n\(text.stdout)") }
        XCTAssertFalse(text.stdout.contains("New\nLine"), "a newline in a name must not break the table")

        let json = try kith(["people", "--json", "--vault", v.root])
        XCTAssertEqual(json.status, 0, json.stderr)
        let people = try json.objects()
        let paths = Set(people.compactMap { $0.str("path") })
        XCTAssertTrue(paths.contains(HostileVault.newlineName), "the person whose file name has a newline")
        XCTAssertTrue(paths.contains(HostileVault.deepPath), "the person 150 folders down")
        for name in HostileVault.survivors {
            XCTAssertTrue(people.contains { ($0.str("name") ?? "") == name }, "\(name) missing from JSON")
        }
    }

    /// Notes appear, vanish and turn into FIFOs while kith scans and reads: every run still
    /// finishes, and whatever went missing mid-way is at worst reported.
    func testFilesChangingDuringTheScan() throws {
        let v = try hostile()
        let guardian = try VaultGuard(v.root, excluding: ["Churn"])
        defer { guardian.verify() }
        let churn = Churn(root: v.root + "/Churn")
        try churn.start()
        defer { churn.stop() }
        for args in [["check"], ["people", "--json"], ["check", "--json"], ["people"], ["check"]] {
            let r = try kith(args + ["--vault", v.root])
            XCTAssertEqual(r.status, 0, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stdout.contains("Plain Person") || r.stdout.contains("notes"), r.stdout.prefix(300).description)
        }
        XCTAssertGreaterThan(churn.rounds, 0, "files changed while kith ran")
    }

    func testBrowserShowsTheHostileVault() throws {
        try XCTSkipUnless(TmuxSession.available, "tmux is not installed (.ci/run installs it)")
        let v = try hostile()
        let guardian = try VaultGuard(v.root)
        defer { guardian.verify() }
        let s = try TmuxSession(command: "\(TmuxSession.quote(CLI.binary!)) --vault \(TmuxSession.quote(v.root))")
        defer { s.stop() }
        let screen = s.waitFor("the people list", timeout: 120) { $0.contains("indexed") && $0.contains("Plain Person") }
        for name in ["Bom Crlf", "Deep Person", "Nul Inside"] { XCTAssertTrue(screen.contains(name), "\(name):\n\(screen)") }
        s.send("q")
        let after = s.waitFor("kith exits") { $0.contains("[exit ") && $0.contains("[stty ") }
        XCTAssertTrue(after.contains("[exit 0]"), after)
        XCTAssertTrue(after.contains("[stty icanon echo]"), after)
    }
}

/// A background thread that creates, deletes, replaces and swaps FIFOs in for notes.
final class Churn: @unchecked Sendable {
    let root: String
    private let lock = NSLock()
    private var running = false
    private var count = 0
    /// Signalled by the thread as it ends, so `stop` waits for it instead of polling.
    private var finished: DispatchSemaphore?

    init(root: String) { self.root = root }

    var rounds: Int { lock.withLock { count } }

    func start() throws {
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for i in 0..<50 { _ = FileManager.default.createFile(atPath: "\(root)/c\(i).md", contents: Data("# c\(i)\n".utf8)) }
        lock.withLock { running = true }
        let done = DispatchSemaphore(value: 0)
        finished = done
        let t = Thread { [self] in
            defer { done.signal() }
            var i = 0
            while lock.withLock({ running }) {
                let a = "\(root)/c\(i % 50).md", b = "\(root)/c\((i + 25) % 50).md", tmp = "\(root)/.tmp\(i % 2)"
                unlink(b)
                _ = FileManager.default.createFile(atPath: tmp, contents: Data("---\ntype: person\n---\n# c\(i)\n".utf8))
                rename(tmp, a)  // replaced atomically, as editors save
                if i % 3 == 0 { unlink(tmp); mkfifo(tmp, 0o644); rename(tmp, b) }  // a FIFO swapped in
                else { _ = FileManager.default.createFile(atPath: b, contents: Data("# back\n".utf8)) }
                i += 1
                lock.withLock { count += 1 }
            }
        }
        t.start()
    }

    func stop() {
        lock.withLock { running = false }
        finished?.wait()
        finished = nil
    }
}
