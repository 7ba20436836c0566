#if os(Linux)
import Foundation
import XCTest
@testable import KithCore

/// The watcher reports what other programs do to a vault, coalesced, and the update it feeds
/// ends equal to a fresh load.
final class VaultWatcherTests: XCTestCase {
    private final class Inbox: @unchecked Sendable {
        let lock = NSLock()
        var events: [VaultWatcher.Event] = []
        func add(_ e: VaultWatcher.Event) { lock.lock(); events.append(e); lock.unlock() }
        var paths: Set<String> {
            lock.lock(); defer { lock.unlock() }
            return Set(events.flatMap { if case .changed(let p) = $0 { return p } else { return [] } })
        }
        var batches: Int { lock.lock(); defer { lock.unlock() }; return events.count }
    }

    private func waitFor(_ what: String, _ condition: () -> Bool) {
        let deadline = Deadline(seconds: 10)
        while !condition(), !deadline.passed { usleep(20_000) }
        XCTAssertTrue(condition(), "watcher never reported: \(what)")
    }

    func testReportsCreatedChangedMovedAndDeletedFilesAndNewFolders() throws {
        let vault = try RandomVault(seed: 3)
        defer { vault.remove() }
        let inbox = Inbox()
        let watcher = try VaultWatcher(root: vault.root, quietMs: 100) { inbox.add($0) }
        watcher.start()
        defer { watcher.stop() }
        XCTAssertTrue(watcher.waitUntilWatching(timeout: 10), "the watches were never in place")
        var index = try VaultLoader.load(root: vault.root)

        try vault.write("People/New Person.md", RandomVault.personText(name: "New", rc: []))
        try vault.write("People/.New Person.md.swp", "swap")
        try vault.write("Fresh/Deep/x.md", "[[New Person]]")
        waitFor("new note and folder") { inbox.paths.isSuperset(of: ["People/New Person.md", "Fresh"]) }
        // A file written into a folder right after it appeared is seen too.
        try vault.write("Fresh/Deep/y.md", "[[Ana Lima]]")
        waitFor("file in a new folder") { inbox.paths.contains("Fresh/Deep/y.md") }
        try FileManager.default.moveItem(atPath: vault.root + "/Notes", toPath: vault.root + "/Moved")
        try FileManager.default.removeItem(atPath: vault.root + "/Roadmap.md")
        waitFor("move and delete") { inbox.paths.isSuperset(of: ["Notes", "Moved", "Roadmap.md"]) }
        XCTAssertFalse(inbox.paths.contains { $0.contains(".swp") })

        index = index.updated(changing: inbox.paths).index
        XCTAssertEqual(IndexDump.dump(index), IndexDump.dump(try VaultLoader.load(root: vault.root)))

        // Inside the moved folder, events name the new place.
        try vault.write("Moved/n1.md", "changed [[Bo Chen]]")
        waitFor("edit in moved folder") { inbox.paths.contains("Moved/n1.md") }
    }

    func testABurstOfFilesArrivesInFewBatches() throws {
        let vault = try RandomVault(seed: 4)
        defer { vault.remove() }
        let inbox = Inbox()
        let watcher = try VaultWatcher(root: vault.root, quietMs: 200, maxDelayMs: 1000) { inbox.add($0) }
        watcher.start()
        defer { watcher.stop() }
        XCTAssertTrue(watcher.waitUntilWatching(timeout: 10), "the watches were never in place")
        let index = try VaultLoader.load(root: vault.root)
        for k in 0..<2000 { try vault.write("Notes/burst \(k).md", "note \(k) [[Ana Lima]]") }
        waitFor("every file of the burst") { inbox.paths.filter { $0.hasPrefix("Notes/burst") }.count == 2000 }
        // 2000 files, each created, written and closed: far fewer batches than events.
        XCTAssertLessThan(inbox.batches, 20)
        // The whole burst, parsed on all cores, gives what a fresh load gives.
        let (updated, summary) = index.updated(changing: inbox.paths)
        XCTAssertEqual(summary.added.count, 2000)
        XCTAssertEqual(IndexDump.dump(updated), IndexDump.dump(try VaultLoader.load(root: vault.root)))
    }

    func testAWatcherThatWasNeverStartedIsNeverReady() throws {
        let vault = try RandomVault(seed: 5)
        defer { vault.remove() }
        let watcher = try VaultWatcher(root: vault.root) { _ in }
        XCTAssertFalse(watcher.waitUntilWatching(timeout: 0.05))
        watcher.start()
        defer { watcher.stop() }
        XCTAssertTrue(watcher.waitUntilWatching(timeout: 10))
        // Once ready it stays ready, for every later caller.
        XCTAssertTrue(watcher.waitUntilWatching(timeout: 0))
    }

    func testEditorLeftoversAreIgnored() {
        for name in [".Ana.md.swp", "Ana.md~", "#Ana.md#", "4913", "x.tmp", ".#Ana.md"] {
            XCTAssertTrue(VaultWatcher.isIgnored(name), name)
        }
        for name in ["Ana.md", "pic.png", "4913.md", "#tag.md"] { XCTAssertFalse(VaultWatcher.isIgnored(name), name) }
    }
}
#endif
