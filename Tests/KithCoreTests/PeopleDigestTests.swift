import Foundation
import XCTest
@testable import KithCore

/// `PeopleDigest`, what `kith people` and `kith stale` print from: it answers every question
/// the index answers about a person (order, last contact, monthly counts, cadence, due) on any
/// day, and the snapshot serves it alone only while the vault is exactly as it was stamped.
final class PeopleDigestTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    private static let days = [CalendarDate(year: 2026, month: 11, day: 25)!, CalendarDate(year: 2025, month: 3, day: 4)!]
    private static let policies = [ContactPolicy(), ContactPolicy(staleDays: 14, tagCadences: ["customer": 30, "friend": 7]),
                                   ContactPolicy(override: 60)]

    func testTheDigestAnswersAsTheIndexOnEveryFixtureAndDay() throws {
        for name in ["SampleVault", "RealWorldVault", "SeedVault"] {
            let index = try VaultLoader.load(root: Self.fixtures.appendingPathComponent(name).path)
            XCTAssertGreaterThan(index.peopleIDs.count, 3, name)
            assertAgrees(PeopleDigest(index), index, name)
        }
        for seed in UInt64(1)...3 {
            let vault = try RandomVault(seed: seed)
            defer { vault.remove() }
            assertAgrees(PeopleDigest(try VaultLoader.load(root: vault.root)), try VaultLoader.load(root: vault.root), "seed \(seed)")
        }
    }

    func testAnUnchangedVaultIsAnsweredFromTheDigestAlone() throws {
        let vault = try RandomVault(seed: 21)
        let cache = try SnapshotCacheFolder()
        defer { vault.remove(); cache.remove() }
        let first = try VaultLoader.loadPeople(root: vault.root, cache: cache.store)
        XCTAssertEqual(first.source, .index)
        XCTAssertEqual(first.snapshot.kind, .cold)
        XCTAssertNil(try XCTUnwrap(first.full?.pending).write())
        try servedFromDigest(vault, cache, "unchanged")
        // The digest was read, not the notes: a damaged note block does not matter to it
        // (a whole load would find it, read every note and rewrite the snapshot).
        let file = try XCTUnwrap(first.snapshot.file)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        bytes[SnapshotFormat.headerSize + 1] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: file))
        XCTAssertEqual(try VaultLoader.loadPeople(root: vault.root, cache: cache.store).source, .digest)
        XCTAssertEqual(try VaultLoader.load(root: vault.root, cache: cache.store).snapshot.kind, .cold)
    }

    func testAnyChangeFallsBackToTheWholeIndexAndAnswersRight() throws {
        let vault = try RandomVault(seed: 22)
        let cache = try SnapshotCacheFolder()
        defer { vault.remove(); cache.remove() }
        XCTAssertNil(try XCTUnwrap(try VaultLoader.loadPeople(root: vault.root, cache: cache.store).full?.pending).write())
        try servedFromDigest(vault, cache, "start")
        var served = 0
        for step in 0..<24 {
            var changed: [String] = []
            let label: String
            switch step % 6 {
            case 0: label = try vault.sameSizeEdit()
            case 1: label = try vault.touch()
            default: label = vault.randomEdit(&changed)
            }
            let load = try VaultLoader.loadPeople(root: vault.root, cache: cache.store)
            let fresh = PeopleDigest(try VaultLoader.load(root: vault.root))
            XCTAssertEqual(load.digest, fresh, "step \(step): \(label)")
            if label != "no-op", !label.hasPrefix("failed") { XCTAssertEqual(load.source, .index, "step \(step): \(label)") }
            if let pending = load.full?.pending { XCTAssertNil(pending.write()) }
            // Now and then, once the changes are older than the racy window: the digest again.
            if step % 8 == 7, try servedFromDigest(vault, cache, "after step \(step)") { served += 1 }
        }
        XCTAssertGreaterThan(served, 0)
    }

    func testRacilyCleanNotesAreNotServedFromTheDigest() throws {
        let vault = try RandomVault(seed: 23)
        defer { vault.remove() }
        let index = try VaultLoader.load(root: vault.root)
        let listing = try VaultScanner.list(root: index.root, excluded: index.settings.excluded)
        var w = SnapshotWriter()
        SnapshotDigest.appendStamps(of: index, to: &w)
        let newest = index.notes.compactMap { $0.parsed.stamp.map { max($0.mtime, $0.ctime) } }.max() ?? 0
        try w.bytes.withUnsafeBytes { section in
            XCTAssertTrue(try SnapshotDigest.unchanged(section, listing: listing, scanStart: newest + 3_000_000_000))
            XCTAssertFalse(try SnapshotDigest.unchanged(section, listing: listing, scanStart: newest + 1_000_000_000),
                           "a note changed within the granularity of the scan that stamped it")
        }
        // An attachment added or a file that cannot be read: not the vault that was stamped.
        var more = listing
        more.attachments.append("zzz.png")
        var problem = listing
        problem.problems.append(.init(path: "bad.md", message: "dangling symlink"))
        var fewer = listing
        fewer.notes.removeLast()
        for (what, other) in [("attachment", more), ("problem", problem), ("note gone", fewer)] {
            try w.bytes.withUnsafeBytes { section in
                XCTAssertFalse(try SnapshotDigest.unchanged(section, listing: other, scanStart: newest + 3_000_000_000), what)
            }
        }
    }

    func testADamagedDigestIsIgnoredAndRewritten() throws {
        let vault = try RandomVault(seed: 24)
        let cache = try SnapshotCacheFolder()
        defer { vault.remove(); cache.remove() }
        let first = try VaultLoader.loadPeople(root: vault.root, cache: cache.store)
        XCTAssertNil(try XCTUnwrap(first.full?.pending).write())
        try servedFromDigest(vault, cache, "start")
        let file = try XCTUnwrap(first.snapshot.file)
        let good = try Data(contentsOf: URL(fileURLWithPath: file))
        let toc = try good.withUnsafeBytes { try SnapshotFormat.toc($0) }
        let fresh = PeopleDigest(try VaultLoader.load(root: vault.root))
        for (what, section) in [("stamps", toc.stamps), ("people", toc.people)] {
            var bad = good
            bad[section.offset + section.length / 2] ^= 0x55
            try bad.write(to: URL(fileURLWithPath: file))
            let load = try VaultLoader.loadPeople(root: vault.root, cache: cache.store)
            XCTAssertEqual(load.source, .index, what)
            XCTAssertEqual(load.snapshot.kind, .cold, "\(what): a damaged section is a damaged snapshot")
            XCTAssertEqual(load.digest, fresh, what)
            XCTAssertNil(try XCTUnwrap(load.full?.pending, "\(what): rewritten").write())
            XCTAssertEqual(try VaultLoader.loadPeople(root: vault.root, cache: cache.store).source, .digest, what)
        }
    }

    // MARK: Helpers

    /// Waits out the racy window, lets one load bring the snapshot up to date, then checks that
    /// the next is served from the digest (unless a file cannot be read: those are read every
    /// time) and equals a fresh index's. True when it was served from the digest.
    @discardableResult
    private func servedFromDigest(_ vault: RandomVault, _ cache: SnapshotCacheFolder, _ what: String,
                                  file: StaticString = #filePath, line: UInt = #line) throws -> Bool {
        try vault.age()
        if let pending = try VaultLoader.loadPeople(root: vault.root, cache: cache.store).full?.pending {
            XCTAssertNil(pending.write(), file: file, line: line)
        }
        let load = try VaultLoader.loadPeople(root: vault.root, cache: cache.store)
        let index = try VaultLoader.load(root: vault.root)
        let clean = index.report.unreadable.isEmpty
        XCTAssertEqual(load.source, clean ? .digest : .index, "\(what): \(index.report.unreadable)", file: file, line: line)
        XCTAssertEqual(load.snapshot.kind, .warm, what, file: file, line: line)
        XCTAssertEqual(load.full == nil, clean, what, file: file, line: line)
        XCTAssertEqual(load.digest, PeopleDigest(index), what, file: file, line: line)
        assertAgrees(load.digest, index, what, file: file, line: line)
        return load.source == .digest
    }

    /// Every answer of `digest` equals the index's, on each test day and under each policy.
    private func assertAgrees(_ digest: PeopleDigest, _ index: VaultIndex, _ what: String,
                              file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(digest.people.map(\.path), index.people.map(\.path), what, file: file, line: line)
        for today in Self.days {
            for policy in Self.policies {
                for sort in PeopleSort.allCases {
                    XCTAssertEqual(digest.sorted(by: sort, policy: policy, today: today).map(\.path),
                                   index.people(sortedBy: sort, policy: policy, today: today).map(\.path),
                                   "\(what) \(sort) \(today)", file: file, line: line)
                }
                XCTAssertEqual(digest.due(policy: policy, today: today).map(\.path),
                               index.duePeople(policy: policy, today: today).map(\.path), "\(what) due \(today)",
                               file: file, line: line)
                for p in digest.people {
                    XCTAssertEqual(p.status(policy, today: today), index.contactStatus(of: p.path, policy: policy, today: today),
                                   "\(what) \(p.path)", file: file, line: line)
                }
            }
            for p in digest.people {
                let note = index.note(p.path)
                XCTAssertEqual(p.lastContact(today: today), index.lastContact(of: p.path, today: today), file: file, line: line)
                XCTAssertEqual(p.monthly(today: today), index.monthlyInteractions(of: p.path, today: today), file: file, line: line)
                XCTAssertEqual(p.interactionCount, index.interactions(of: p.path).count, file: file, line: line)
                XCTAssertEqual([p.name, p.role, p.organization], [note?.name, note?.profile.role, note?.profile.organization],
                               file: file, line: line)
                XCTAssertEqual(p.tags, note?.tags, file: file, line: line)
                XCTAssertEqual(p.aliases, note?.aliases, file: file, line: line)
                XCTAssertEqual(p.isOwner, index.isOwner(p.path), file: file, line: line)
            }
        }
    }
}
