import Foundation
import XCTest
@testable import KithCore

/// A warm load's link resolver (built from the decoded notes when first asked for) resolves
/// every target as a fresh load's does: after renames, adds and deletes, with ambiguous and
/// folder-relative names, other cases and accents, attachments, and after a settings change.
final class SnapshotResolverTests: XCTestCase {
    func testWarmResolverAnswersAsAFreshOneOverRandomEdits() throws {
        let vault = try RandomVault(seed: 21)
        let cache = try SnapshotCacheFolder()
        defer { vault.remove(); cache.remove() }
        XCTAssertNil(try XCTUnwrap(VaultLoader.load(root: vault.root, cache: cache.store).pending).write())
        var compared = 0
        for step in 0..<12 {
            var changed: [String] = []
            let label = step == 0 ? "unchanged" : vault.randomEdit(&changed)
            let warm = try VaultLoader.load(root: vault.root, cache: cache.store)
            XCTAssertEqual(warm.snapshot.kind, .warm, label)
            let fresh = try VaultLoader.load(root: vault.root)
            compared += assertSameResolutions(warm.index, fresh, "step \(step): \(label)")
            if let pending = warm.pending { XCTAssertNil(pending.write()) }
        }
        XCTAssertGreaterThan(compared, 500, "targets compared")
    }

    func testWarmResolverAfterASettingsChange() throws {
        let vault = try RandomVault(seed: 22)
        let cache = try SnapshotCacheFolder()
        defer { vault.remove(); cache.remove() }
        XCTAssertNil(try XCTUnwrap(VaultLoader.load(root: vault.root, cache: cache.store).pending).write())
        // Excluding a folder drops its notes: the snapshot is stale, rewritten, then warm again.
        try vault.write(".obsidian/app.json", #"{"userIgnoreFilters": ["People/Alumni/"]}"#)
        let stale = try VaultLoader.load(root: vault.root, cache: cache.store)
        XCTAssertEqual(stale.snapshot.kind, .cold)
        XCTAssertNil(try XCTUnwrap(stale.pending).write())
        let warm = try VaultLoader.load(root: vault.root, cache: cache.store)
        XCTAssertEqual(warm.snapshot.kind, .warm)
        XCTAssertNil(warm.index.resolve("Alumni/Ana Lima", from: "Roadmap.md"), "an excluded note resolves nowhere")
        XCTAssertGreaterThan(assertSameResolutions(warm.index, try VaultLoader.load(root: vault.root), "excluded"), 100)
    }

    /// Resolves every target written in the vault, and variants of every file's name, from a
    /// note in each folder, in both indexes; returns how many were compared.
    @discardableResult
    private func assertSameResolutions(_ warm: VaultIndex, _ fresh: VaultIndex, _ what: String,
                                       file: StaticString = #filePath, line: UInt = #line) -> Int {
        var targets = Set(fresh.notes.flatMap { $0.links.map(\.reference.target) })
        for path in fresh.notes.map(\.path) + fresh.attachments {
            let stem = path.hasSuffix(".md") ? String(path.dropLast(3)) : path
            let name = stem.split(separator: "/").last.map(String.init) ?? stem
            targets.formUnion([path, stem, name, name.uppercased(), stem.lowercased(),
                               name.decomposedStringWithCanonicalMapping, "./" + name, "../" + name, "/" + stem])
        }
        targets.formUnion(RandomVault.targets + ["Nobody", "", "People/", "pic.PNG"])
        let sources = ["", "Roadmap.md", "People/x.md", "People/Alumni/x.md", "Notes/x.md", "Projects/Sub/x.md"]
        var compared = 0
        for target in targets.sorted() {
            for source in sources {
                XCTAssertEqual(warm.resolve(target, from: source), fresh.resolve(target, from: source),
                               "\(what): \(target) from \(source)", file: file, line: line)
                compared += 1
            }
        }
        return compared
    }
}
