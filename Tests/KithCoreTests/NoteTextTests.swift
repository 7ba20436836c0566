import Foundation
import XCTest
@testable import KithCore

/// Once an index is built its notes' texts leave memory and are read back from the files when
/// asked for (`NoteText`): what the index answers is the same as with every text in memory,
/// a file changed since is read as it is now (never a trap), and read-back texts are kept only
/// up to the cache's budget.
final class NoteTextTests: XCTestCase {
    func testAReleasedIndexAnswersAsOneWithEveryTextInMemory() throws {
        for seed in UInt64(21)...23 {
            let vault = try RandomVault(seed: seed)
            defer { vault.remove() }
            let released = try VaultLoader.load(root: vault.root)
            let resident = try VaultLoader.load(root: vault.root, cache: nil, releasingTexts: false).index
            let texts = released.notes.filter { $0.parsed.storage.byteCount > 0 }
            XCTAssertGreaterThan(texts.count, 5)
            XCTAssertTrue(texts.allSatisfy { !$0.parsed.storage.isResident }, "seed \(seed): no text stays in memory")
            XCTAssertTrue(resident.notes.contains { $0.parsed.storage.isResident })
            XCTAssertEqual(IndexDump.dump(released), IndexDump.dump(resident), "seed \(seed)")
            for n in resident.notes {
                XCTAssertEqual(released.note(n.path)?.parsed.text, n.parsed.text, n.path)
                XCTAssertEqual(released.unlinkedMentions(of: n.path), resident.unlinkedMentions(of: n.path), n.path)
            }
            for q in ["the", "Bo", "é"] {
                let a = FullTextSearch.search(q, in: released.notes.map { ($0.path, $0.parsed.text) })
                let b = FullTextSearch.search(q, in: resident.notes.map { ($0.path, $0.parsed.text) })
                XCTAssertEqual(a.map { "\($0.path):\($0.line)" }, b.map { "\($0.path):\($0.line)" }, q)
                // The streaming search (texts read back on all cores, not kept) finds the same.
                XCTAssertEqual(FullTextSearch.search(q, in: released), b, q)
                XCTAssertEqual(FullTextSearch.search(q, in: released, limit: 3), Array(b.prefix(3)), q)
            }
        }
    }

    func testAFileChangedSinceTheIndexIsReadAsItIsNow() throws {
        let vault = try RandomVault(seed: 24)
        defer { vault.remove() }
        let index = try VaultLoader.load(root: vault.root)
        let person = try XCTUnwrap(index.people.first { index.note($0.path)!.parsed.sections.count > 1 })
        let note = try XCTUnwrap(index.note(person.path))
        // Shorter, with multi-byte characters where the old sections' offsets fall.
        try vault.write(person.path, String(repeating: "é🙂", count: 7))
        let storage = note.parsed.storage
        XCTAssertEqual(note.parsed.text, String(repeating: "é🙂", count: 7))
        XCTAssertFalse(storage.isResident, "a text that no longer matches is not kept")
        // Spans into the old text are cut to fit the new one, on character boundaries.
        for s in note.parsed.sections { XCTAssertTrue(String(repeating: "é🙂", count: 7).contains(s.text) || s.text.isEmpty) }
        for b in index.notes.flatMap({ index.backlinks(to: $0.path) }) { _ = b.excerpt }
        // Gone: empty, not a trap.
        try FileManager.default.removeItem(atPath: vault.root + "/" + person.path)
        XCTAssertEqual(note.parsed.text, "")
        XCTAssertTrue(note.parsed.sections.allSatisfy { $0.text.isEmpty })
    }

    func testTextsReadBackAreKeptUpToTheBudget() throws {
        let vault = try RandomVault(seed: 25)
        defer { vault.remove() }
        let index = try VaultLoader.load(root: vault.root)
        let cache = NoteTextCache.shared
        let budget = cache.budget
        defer { cache.budget = budget }
        let sizes = index.notes.map(\.parsed.storage.byteCount)
        cache.budget = sizes.reduce(0, +) / 4
        for n in index.notes { _ = n.parsed.text }
        let kept = index.notes.filter(\.parsed.storage.isResident).map(\.parsed.storage.byteCount).reduce(0, +)
        XCTAssertGreaterThan(kept, 0, "texts read back are kept a while")
        XCTAssertLessThanOrEqual(kept, cache.budget, "but no more than the budget")
        // The last one read is kept (a card shown again needs no read).
        XCTAssertTrue(index.notes.last { $0.parsed.storage.byteCount > 0 }!.parsed.storage.isResident)
    }
}
