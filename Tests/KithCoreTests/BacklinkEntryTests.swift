import Foundation
import XCTest
@testable import KithCore

/// The index keeps backlinks as note positions (`BacklinkEntry`) and makes each `Backlink` when
/// read. Every list it gives equals the backlinks as they were built before (path, kind, line
/// and excerpt taken from the source note when the backlink was made), on the fixtures, on
/// random vaults, after patched edits and through a snapshot.
final class BacklinkEntryTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The backlinks of every note built the way the index built them before it kept positions:
    /// one per (source, line, target), none to itself, in source path order then link order,
    /// each holding the source's path and text.
    static func reference(_ index: VaultIndex) -> [String: [Backlink]] {
        var out: [String: [Backlink]] = [:]
        for n in index.notes {
            var seen = Set<String>()
            for link in n.links {
                guard let target = link.target, target != n.path, index.note(target) != nil,
                      seen.insert("\(link.reference.line)\u{0}\(target)").inserted else { continue }
                out[target, default: []].append(
                    Backlink(source: n.path, kind: n.kind, line: link.reference.line, text: n.parsed.storage,
                             inFrontmatter: link.reference.line < n.parsed.frontmatter.bodyStartLine))
            }
        }
        return out
    }

    func assertSameBacklinks(_ index: VaultIndex, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let want = Self.reference(index)
        var compared = 0
        for n in index.notes {
            let got = index.backlinks(to: n.path), expected = want[n.path] ?? []
            XCTAssertEqual(got, expected, "\(what): \(n.path)", file: file, line: line)
            // Equality compares excerpts; the fields are compared one by one too (a message that says which).
            XCTAssertEqual(got.map(\.excerpt), expected.map(\.excerpt), "\(what): \(n.path)", file: file, line: line)
            XCTAssertEqual(got.map { "\($0.source):\($0.line):\($0.kind)" },
                           expected.map { "\($0.source):\($0.line):\($0.kind)" }, "\(what): \(n.path)", file: file, line: line)
            XCTAssertEqual(index.backlinkCount(to: n.path), expected.count, "\(what): \(n.path)", file: file, line: line)
            var firsts: [Backlink] = [], last: String?
            for b in expected where b.source != last { firsts.append(b); last = b.source }
            XCTAssertEqual(index.backlinkSources(to: n.path), firsts, "\(what): \(n.path)", file: file, line: line)
            compared += expected.count
        }
        XCTAssertGreaterThan(compared, 0, "\(what): the vault has backlinks")
    }

    func testFixtureBacklinksEqualTheReferenceConstruction() throws {
        for vault in ["SampleVault", "RealWorldVault", "SeedVault"] {
            let index = try VaultLoader.load(root: Self.fixtures.appendingPathComponent(vault).path)
            assertSameBacklinks(index, vault)
            // Frontmatter links are in the lists with their property excerpts.
            if vault == "RealWorldVault" {
                XCTAssertTrue(index.notes.contains { n in index.backlinks(to: n.path).contains(where: \.excerptReadsLinesAbove) })
            }
        }
    }

    func testRandomVaultsAfterPatchedEditsAndThroughASnapshot() throws {
        for seed in UInt64(21)...24 {
            let vault = try RandomVault(seed: seed)
            let cache = try SnapshotCacheFolder()
            defer { vault.remove(); cache.remove() }
            var index = try VaultLoader.load(root: vault.root)
            assertSameBacklinks(index, "seed \(seed)")
            var patched = 0
            for step in 0..<12 {
                var changed: [String] = []
                let label = vault.randomEdit(&changed)
                let update = index.updated(changing: changed)
                index = update.index
                if update.summary.patchedInPlace { patched += 1 }
                assertSameBacklinks(index, "seed \(seed) step \(step): \(label)")
            }
            XCTAssertGreaterThan(patched, 0, "seed \(seed): some edits were patched in place")
            let cold = try VaultLoader.load(root: vault.root, cache: cache.store)
            XCTAssertNil(try XCTUnwrap(cold.pending).write())
            let warm = try VaultLoader.load(root: vault.root, cache: cache.store)
            XCTAssertEqual(warm.snapshot.kind, .warm)
            assertSameBacklinks(warm.index, "seed \(seed) warm")
        }
    }

    func testAnEditedLinkingLineShowsItsNewExcerpt() throws {
        let root = NSTemporaryDirectory() + "kith-backlink-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/People", withIntermediateDirectories: true)
        try "# Ana\n".write(toFile: root + "/People/Ana.md", atomically: true, encoding: .utf8)
        try "# Notes\n\nMet [[Ana]] about the budget.\n".write(toFile: root + "/Notes.md", atomically: true, encoding: .utf8)
        let index = try VaultLoader.load(root: root)
        XCTAssertEqual(index.backlinks(to: "People/Ana.md").map(\.excerpt), ["Met [[Ana]] about the budget."])
        // Same line, same target, new words around the link: patched in place, new excerpt.
        try "# Notes\n\nMet [[Ana]] about the roadmap!\n".write(toFile: root + "/Notes.md", atomically: true, encoding: .utf8)
        let update = index.updated(changing: ["Notes.md"])
        XCTAssertTrue(update.summary.patchedInPlace)
        XCTAssertEqual(update.index.backlinks(to: "People/Ana.md").map(\.excerpt), ["Met [[Ana]] about the roadmap!"])
        try assertIndexDumpsEqual(update.index, try VaultLoader.load(root: root), "edited linking line", label: "updated",
                                  file: #filePath, line: #line)
    }
}
