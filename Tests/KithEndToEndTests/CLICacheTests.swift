import Foundation
import XCTest

/// The vault snapshot from the command line: the second run starts from it and prints the same,
/// `--no-cache` leaves it alone, a damaged or unwritable cache only costs speed (one line on
/// stderr at most), two kiths at once leave one whole snapshot, `kith cache` lists and clears.
final class CLICacheTests: XCTestCase {
    private var cacheHome = ""

    override func setUpWithError() throws {
        cacheHome = NSTemporaryDirectory() + "kith-cache-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: cacheHome, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: cacheHome) }

    private func kith(_ args: [String], vault: String? = CLI.sampleVault, cache: String? = nil) throws -> CLIResult {
        try CLI.run(args + (vault.map { ["--vault", $0] } ?? []), environment: ["XDG_CACHE_HOME": cache ?? cacheHome])
    }

    private func snapshotUse(_ vault: String = CLI.sampleVault, _ extra: [String] = []) throws -> (String, Int) {
        let r = try kith(["check", "--json"] + extra, vault: vault)
        let c = try XCTUnwrap(try r.json() as? [String: Any])
        return (try XCTUnwrap(c["snapshot"] as? String), try XCTUnwrap(c["notes_read"] as? Int))
    }

    func testTheSecondRunStartsFromTheSnapshotAndPrintsTheSame() throws {
        let guardVault = try VaultGuard(CLI.sampleVault)
        let plain = try kith(["people", "--json", "--no-cache"])
        XCTAssertEqual(plain.status, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cacheHome), [], "--no-cache writes nothing")
        let (first, read) = try snapshotUse()
        XCTAssertEqual(first, "cold")
        XCTAssertEqual(read, 52)
        let (second, reread) = try snapshotUse()
        XCTAssertEqual(second, "warm")
        XCTAssertEqual(reread, 0, "the sample vault's files are older than the racy window")
        XCTAssertEqual(try snapshotUse(CLI.sampleVault, ["--no-cache"]).0, "off")
        for args in [["people", "--json"], ["show", "Zoë Ñúñez", "--json"], ["timeline", "--json"],
                     ["backlinks", "Andre Okafor", "--json"], ["stale", "--json"]] {
            let warm = try kith(args), cold = try kith(args + ["--no-cache"])
            XCTAssertEqual(warm.status, cold.status, "\(args)")
            XCTAssertEqual(warm.stdout, cold.stdout, "\(args)")
            XCTAssertEqual(warm.stderr, "", "\(args)")
        }
        guardVault.verify()
        let listed = try XCTUnwrap(try kith(["cache", "--json"], vault: nil).json() as? [String: Any])
        XCTAssertEqual(listed["directory"] as? String, cacheHome + "/kith")
        let snapshots = try XCTUnwrap(listed["snapshots"] as? [[String: Any]])
        XCTAssertEqual(snapshots.count, 1)
        XCTAssertEqual(snapshots.first?["vault"] as? String, CLI.sampleVault)
        XCTAssertEqual(snapshots.first?["notes"] as? Int, 52)
        XCTAssertGreaterThan(snapshots.first?["bytes"] as? Int ?? 0, 1000)
        XCTAssertTrue(snapshots.first?["problem"] is NSNull)
        let text = try kith(["cache"], vault: nil)
        XCTAssertTrue(text.stdout.hasPrefix("Cache folder: \(cacheHome)/kith\n1 snapshot, "), text.stdout)
        XCTAssertTrue(text.stdout.contains(CLI.sampleVault), text.stdout)
        let cleared = try kith(["cache", "--clear"], vault: nil)
        XCTAssertEqual(cleared.status, 0)
        XCTAssertTrue(cleared.stdout.hasPrefix("Removed 1 snapshot ("), cleared.stdout)
        XCTAssertEqual(try kith(["cache"], vault: nil).stdout, "Cache folder: \(cacheHome)/kith\nNo snapshots yet.\n")
        XCTAssertEqual(try snapshotUse().0, "cold")
    }

    func testAnEditedNoteIsReadAgain() throws {
        let copy = NSTemporaryDirectory() + "kith-cache-vault-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: CLI.sampleVaultPath, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        XCTAssertEqual(try snapshotUse(copy).0, "cold")
        let before = try kith(["people", "--json"], vault: copy).stdout
        let person = copy + "/People/Andre Okafor.md"
        let text = try String(contentsOfFile: person, encoding: .utf8)
        try text.replacingOccurrences(of: "## Recent Context\n\n",
                                      with: "## Recent Context\n\n- 2026-11-30: [[Zoë Ñúñez]] — planned the offsite\n")
            .write(toFile: person, atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: copy + "/People/Zoë Ñúñez.md")
        let warm = try kith(["people", "--json"], vault: copy)
        XCTAssertEqual(warm.stdout, try kith(["people", "--json", "--no-cache"], vault: copy).stdout)
        XCTAssertNotEqual(warm.stdout, before)
        XCTAssertTrue(before.contains("Zoë Ñúñez"))
        XCTAssertFalse(warm.stdout.contains("Zoë Ñúñez"))
        XCTAssertEqual(try snapshotUse(copy).0, "warm")
    }

    func testADamagedSnapshotIsIgnoredAndRewritten() throws {
        let expected = try kith(["people", "--json", "--no-cache"]).stdout
        XCTAssertEqual(try kith(["people", "--json"]).status, 0)
        let folder = cacheHome + "/kith"
        let file = folder + "/" + (try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: folder).first))
        let good = try Data(contentsOf: URL(fileURLWithPath: file))
        for bad in [good.prefix(good.count / 2), Data(), Data(repeating: 0x4B, count: 4096)] {
            try bad.write(to: URL(fileURLWithPath: file))
            let r = try kith(["people", "--json"])
            XCTAssertEqual(r.status, 0)
            XCTAssertEqual(r.stdout, expected)
            XCTAssertEqual(r.stderr, "", "a damaged snapshot is only rebuilt")
            XCTAssertEqual(try snapshotUse().0, "warm", "it was rewritten")
        }
    }

    func testAnUnwritableCacheCostsOneLineAndNothingElse() throws {
        let blocked = cacheHome + "/blocked"
        try FileManager.default.createDirectory(atPath: blocked, withIntermediateDirectories: true)
        // A file where the cache folder should be: nothing can be written under it.
        FileManager.default.createFile(atPath: blocked + "/kith", contents: Data("x".utf8))
        let expected = try kith(["people", "--json", "--no-cache"]).stdout
        let r = try kith(["people", "--json"], cache: blocked)
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout, expected)
        let lines = r.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, r.stderr)
        XCTAssertTrue(lines.first?.hasPrefix("kith: cannot create the cache folder \(blocked)/kith") == true, r.stderr)
    }

    func testTwoKithsAtOnceLeaveOneWholeSnapshot() throws {
        let expected = try kith(["people", "--json", "--no-cache"]).stdout
        let results = UnsafeMutableBufferPointer<CLIResult?>.allocate(capacity: 4)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        nonisolated(unsafe) let out = results
        let home = cacheHome
        DispatchQueue.concurrentPerform(iterations: 4) { k in
            out[k] = try? CLI.run(["people", "--json", "--vault", CLI.sampleVaultPath], environment: ["XDG_CACHE_HOME": home])
        }
        for k in 0..<4 {
            XCTAssertEqual(results[k]?.stdout, expected)
            XCTAssertEqual(results[k]?.stderr, "")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: cacheHome + "/kith")
        XCTAssertEqual(files.count, 1, "one snapshot, no temporary files: \(files)")
        XCTAssertEqual(try snapshotUse().0, "warm")
    }
}
