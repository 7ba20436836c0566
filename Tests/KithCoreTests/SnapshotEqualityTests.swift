import Foundation
import XCTest
@testable import KithCore

/// A warm load (the snapshot, brought up to date from the files' stamps) equals a fresh load of
/// the same files, over seeded random edits, renames and deletes, same-size edits in the same
/// second, touched files, rule and settings changes, and damaged snapshots.
final class SnapshotEqualityTests: XCTestCase {
    func testWarmLoadsMatchAFreshLoadOverRandomEdits() throws {
        // KITH_SNAPSHOT_SEEDS=100 runs seeds 1...100 (the default keeps the suite quick).
        let seeds = UInt64(ProcessInfo.processInfo.environment["KITH_SNAPSHOT_SEEDS"].flatMap { UInt64($0) } ?? 4)
        var rereads = 0
        for seed in UInt64(1)...seeds {
            let vault = try RandomVault(seed: seed)
            let cache = try SnapshotCacheFolder()
            defer { vault.remove(); cache.remove() }
            let first = try VaultLoader.load(root: vault.root, cache: cache.store)
            XCTAssertEqual(first.snapshot.kind, .cold)
            XCTAssertEqual(first.snapshot.reason, "no snapshot yet")
            XCTAssertNil(try XCTUnwrap(first.pending).write())
            for step in 0..<30 {
                var changed: [String] = []
                let label: String
                switch vault.rng.next(6) {
                case 0: label = try vault.sameSizeEdit()
                case 1: label = try vault.touch()
                default:
                    label = (0..<(vault.rng.next(4) == 0 ? 3 : 1)).map { _ in vault.randomEdit(&changed) }
                        .joined(separator: ", ")
                }
                let warm = try VaultLoader.load(root: vault.root, cache: cache.store)
                XCTAssertEqual(warm.snapshot.kind, .warm, "seed \(seed) step \(step): \(label): \(warm.snapshot.reason ?? "")")
                if warm.snapshot.reread > 0 || warm.snapshot.removed > 0 { rereads += 1 }
                try assertSameDump(warm.index, try VaultLoader.load(root: vault.root), "seed \(seed) step \(step): \(label)")
                if let pending = warm.pending { XCTAssertNil(pending.write()) }
            }
        }
        // Files were read again (a vault untouched for longer than the racy window is served
        // from the snapshot alone: see the next test).
        XCTAssertGreaterThan(rereads, 20)
    }

    func testAnUnchangedVaultIsServedFromTheSnapshotAlone() throws {
        let vault = try RandomVault(seed: 11)
        let cache = try SnapshotCacheFolder()
        defer { vault.remove(); cache.remove() }
        let cold = try VaultLoader.load(root: vault.root, cache: cache.store)
        XCTAssertNil(try XCTUnwrap(cold.pending).write())
        // Every file is older than the racy window of the scan that stamped it.
        try vault.age()
        _ = try VaultLoader.load(root: vault.root, cache: cache.store).pending?.write()
        let warm = try VaultLoader.load(root: vault.root, cache: cache.store)
        XCTAssertEqual(warm.snapshot.kind, .warm)
        XCTAssertEqual(warm.snapshot.reread, 0)
        XCTAssertEqual(warm.snapshot.removed, 0)
        XCTAssertTrue(warm.pending == nil, "nothing changed: the snapshot on disk stands")
        try assertSameDump(warm.index, try VaultLoader.load(root: vault.root), "unchanged")
        // One note edited: that note alone is read again.
        let edit = "Roadmap.md edited"
        try vault.write("Roadmap.md", "# Roadmap\n\n[[Bo Chen]] [[Org]]\n")
        let next = try VaultLoader.load(root: vault.root, cache: cache.store)
        XCTAssertEqual(next.snapshot.kind, .warm)
        XCTAssertEqual(next.snapshot.reread, 1, edit)
        XCTAssertEqual(next.snapshot.removed, 0, edit)
        try assertSameDump(next.index, try VaultLoader.load(root: vault.root), edit)
    }

    func testRacilyCleanNotesAreReadAgain() throws {
        let vault = try RandomVault(seed: 12)
        let cache = try SnapshotCacheFolder()
        defer { vault.remove(); cache.remove() }
        let index = try VaultLoader.load(root: vault.root)
        let listing = try VaultScanner.list(root: index.root)
        let path = index.people[0].path
        let stamp = try XCTUnwrap(index.note(path)?.parsed.stamp)
        // Stamps equal to the files': nothing to read, unless the scan began within the
        // file system's granularity of a file's last change.
        let long = SnapshotChanges.find(index: index, listing: listing, scanStart: stamp.ctime + 3_000_000_000)
        XCTAssertFalse(long.paths.contains(path))
        let racy = SnapshotChanges.find(index: index, listing: listing, scanStart: stamp.ctime + 1_000_000_000)
        XCTAssertTrue(racy.paths.contains(path))
    }

    func testRuleAndSettingChangesMakeTheSnapshotStale() throws {
        let vault = try RandomVault(seed: 5)
        let cache = try SnapshotCacheFolder()
        defer { vault.remove(); cache.remove() }
        XCTAssertNil(try XCTUnwrap(try VaultLoader.load(root: vault.root, cache: cache.store).pending).write())
        // The config's note-kind rules.
        var rules = NoteClassifier.standard
        rules.person.folders = ["Notes"]
        let ruled = try VaultLoader.load(root: vault.root, classifier: rules, cache: cache.store)
        XCTAssertEqual(ruled.snapshot.kind, .cold)
        XCTAssertTrue(ruled.snapshot.reason?.contains("out of date") == true, ruled.snapshot.reason ?? "")
        try assertSameDump(ruled.index, try VaultLoader.load(root: vault.root, classifier: rules), "rules")
        XCTAssertNil(try XCTUnwrap(ruled.pending).write())
        XCTAssertEqual(try VaultLoader.load(root: vault.root, classifier: rules, cache: cache.store).snapshot.kind, .warm)
        // The config's vault settings (the owner, daily notes).
        let overrides = VaultSettings.Overrides(owner: "Bo Chen")
        let owned = try VaultLoader.load(root: vault.root, classifier: rules, overrides: overrides, cache: cache.store)
        XCTAssertEqual(owned.snapshot.kind, .cold)
        try assertSameDump(owned.index, try VaultLoader.load(root: vault.root, classifier: rules, overrides: overrides), "owner")
        XCTAssertNil(try XCTUnwrap(owned.pending).write())
        // The vault's own .obsidian settings: daily notes, templates, excluded files.
        for (file, json) in [("daily-notes.json", #"{"folder": "Notes", "format": "YYYY-MM-DD"}"#),
                             ("templates.json", #"{"folder": "People/Alumni"}"#),
                             ("app.json", #"{"userIgnoreFilters": ["Projects/"]}"#)] {
            try vault.write(".obsidian/" + file, json)
            let load = try VaultLoader.load(root: vault.root, classifier: rules, overrides: overrides, cache: cache.store)
            XCTAssertEqual(load.snapshot.kind, .cold, file)
            try assertSameDump(load.index, try VaultLoader.load(root: vault.root, classifier: rules, overrides: overrides), file)
            XCTAssertNil(try XCTUnwrap(load.pending).write())
            let warm = try VaultLoader.load(root: vault.root, classifier: rules, overrides: overrides, cache: cache.store)
            XCTAssertEqual(warm.snapshot.kind, .warm, file)
        }
    }

    func testDamagedSnapshotsAreIgnoredAndRewritten() throws {
        let vault = try RandomVault(seed: 9)
        let cache = try SnapshotCacheFolder()
        defer { vault.remove(); cache.remove() }
        let cold = try VaultLoader.load(root: vault.root, cache: cache.store)
        XCTAssertNil(try XCTUnwrap(cold.pending).write())
        let file = try XCTUnwrap(cold.snapshot.file)
        let good = try Data(contentsOf: URL(fileURLWithPath: file))
        let fresh = IndexDump.dump(try VaultLoader.load(root: vault.root))
        var rng = RandomVault.RNG(state: 99)
        var damages: [(String, Data)] = [("empty", Data()), ("header only", good.prefix(20)),
                                         ("foreign", Data("not a snapshot at all".utf8) + good)]
        for _ in 0..<12 { damages.append(("truncated", good.prefix(rng.next(good.count)))) }
        for _ in 0..<12 {
            var bad = good
            for _ in 0..<(1 + rng.next(4)) { bad[rng.next(bad.count)] ^= UInt8(1 + rng.next(255)) }
            damages.append(("corrupted", bad))
        }
        for (what, bytes) in damages {
            try bytes.write(to: URL(fileURLWithPath: file))
            let load = try VaultLoader.load(root: vault.root, cache: cache.store)
            XCTAssertEqual(load.snapshot.kind, .cold, what)
            XCTAssertEqual(IndexDump.dump(load.index), fresh, what)
            XCTAssertNil(try XCTUnwrap(load.pending, what).write())
            XCTAssertEqual(try VaultLoader.load(root: vault.root, cache: cache.store).snapshot.kind, .warm, what)
        }
        // Another kith's snapshot (format version) and an unreadable one.
        var foreign = good
        foreign[8] ^= 0x7F
        try foreign.write(to: URL(fileURLWithPath: file))
        let stale = try VaultLoader.load(root: vault.root, cache: cache.store)
        XCTAssertEqual(stale.snapshot.kind, .cold)
        XCTAssertTrue(stale.snapshot.reason?.contains("format") == true, stale.snapshot.reason ?? "")
        // A FIFO where the snapshot belongs: not waited on, ignored, and replaced.
        unlink(file)
        XCTAssertEqual(mkfifo(file, 0o600), 0)
        let fifo = try VaultLoader.load(root: vault.root, cache: cache.store)
        XCTAssertEqual(fifo.snapshot.kind, .cold)
        XCTAssertEqual(IndexDump.dump(fifo.index), fresh, "fifo")
        XCTAssertNil(try XCTUnwrap(fifo.pending).write())
        XCTAssertEqual(try VaultLoader.load(root: vault.root, cache: cache.store).snapshot.kind, .warm, "fifo replaced")
        if getuid() != 0 {
            chmod(file, 0)
            let unreadable = try VaultLoader.load(root: vault.root, cache: cache.store)
            XCTAssertEqual(unreadable.snapshot.kind, .cold)
            XCTAssertNotNil(unreadable.snapshot.warning)
        }
    }

    func testSnapshotFilesLiveInTheCacheFolderOnly() throws {
        let vault = try RandomVault(seed: 3)
        let cache = try SnapshotCacheFolder()
        defer { vault.remove(); cache.remove() }
        let before = try vault.contents()
        XCTAssertNil(try XCTUnwrap(try VaultLoader.load(root: vault.root, cache: cache.store).pending).write())
        _ = try VaultLoader.load(root: vault.root, cache: cache.store)
        XCTAssertEqual(try vault.contents(), before, "the vault is byte for byte the same")
        let files = try FileManager.default.contentsOfDirectory(atPath: cache.store.directory)
        XCTAssertEqual(files.count, 1)
        XCTAssertTrue(files[0].hasSuffix(".snapshot"), files[0])
        // A cache folder inside the vault is refused: kith never writes into a vault.
        let inside = SnapshotStore(directory: vault.root + "/.cache/kith")
        let refused = try VaultLoader.load(root: vault.root, cache: inside)
        XCTAssertEqual(refused.snapshot.kind, .off)
        XCTAssertNotNil(refused.snapshot.warning)
        XCTAssertNil(refused.pending)
        XCTAssertEqual(try vault.contents(), before)
    }

    private func assertSameDump(_ a: VaultIndex, _ b: VaultIndex, _ what: String,
                                file: StaticString = #filePath, line: UInt = #line) throws {
        try assertIndexDumpsEqual(a, b, what, label: "warm", file: file, line: line)
    }
}


/// A cache folder of its own for one test.
struct SnapshotCacheFolder {
    let store: SnapshotStore
    init() throws {
        store = SnapshotStore(directory: NSTemporaryDirectory() + "kith-cache-\(UUID().uuidString)/kith")
    }
    func remove() { try? FileManager.default.removeItem(atPath: (store.directory as NSString).deletingLastPathComponent) }
}

extension RandomVault {
    /// Rewrites a note in place with the same number of bytes (one digit or letter changed),
    /// then sets its modification time back to what it was: only the change time and the
    /// content tell.
    func sameSizeEdit() throws -> String {
        let notes = files(markdown: true)
        let p = rng.pick(notes)
        let path = root + "/" + p
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        guard let k = bytes.indices.filter({ (0x61...0x7A).contains(bytes[$0]) }).randomElement(using: &rng) else { return "no-op" }
        var st = stat()
        stat(path, &st)
        bytes[k] = bytes[k] == 0x7A ? 0x61 : bytes[k] + 1
        let fd = open(path, O_WRONLY)
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress!, $0.count, 0) }
        var times = [st.st_atim, st.st_mtim]
        futimens(fd, &times)
        close(fd)
        return "same-size edit \(p)"
    }

    /// Sets a note's modification time (its content stays): read again, found unchanged.
    func touch() throws -> String {
        let p = rng.pick(files(markdown: true))
        var times = [timespec(tv_sec: 1_700_000_000 + rng.next(1_000_000), tv_nsec: 0),
                     timespec(tv_sec: 1_700_000_000 + rng.next(1_000_000), tv_nsec: 0)]
        utimensat(AT_FDCWD, root + "/" + p, &times, 0)
        return "touch \(p)"
    }

    /// Waits until every file's last change is older than the racy window of a scan starting
    /// now (a file's change time is the kernel's: only waiting makes it old).
    func age() throws {
        let deadline = Deadline(seconds: 10)
        let newest = files(markdown: true).compactMap { FileStamp.of(root + "/" + $0)?.ctime }.max() ?? 0
        while FileStamp.now() < newest + FileStamp.granularity + 100_000_000, !deadline.passed {
            usleep(50_000)
        }
    }

    /// Every file of the vault (hidden ones too) with its bytes.
    func contents() throws -> [String: Data] {
        var out: [String: Data] = [:]
        for p in (try FileManager.default.subpathsOfDirectory(atPath: root)) {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + p, isDirectory: &isDir), !isDir.boolValue {
                out[p] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + p))
            }
        }
        return out
    }
}
