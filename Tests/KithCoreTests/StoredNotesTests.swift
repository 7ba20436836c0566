import Foundation
import XCTest
@testable import KithCore

/// A warm start keeps each note's parsed parts as snapshot bytes and decodes a note's parts
/// when they are first read: the loaded index decodes none, reading one note decodes that
/// note alone, and what is read equals a fresh parse, from any thread, through changes.
final class StoredNotesTests: XCTestCase {
    /// The stored blocks of a decoded index (one per 256 notes).
    private func blocks(_ index: VaultIndex) -> [StoredNotes] {
        var seen = Set<ObjectIdentifier>(), out: [StoredNotes] = []
        for id in 0..<index.notes.count {
            if case .stored(let block, _) = index.notes[id].parsed.body, seen.insert(ObjectIdentifier(block)).inserted {
                out.append(block)
            }
        }
        return out
    }

    private func decodedCount(_ index: VaultIndex) -> Int { blocks(index).map(\.decodedCount).reduce(0, +) }

    private func warm(_ fresh: VaultIndex) throws -> VaultIndex {
        let bytes = try SnapshotCodec.encode(fresh)
        return try bytes.withUnsafeBytes { try SnapshotCodec.decode($0, root: fresh.root) }
    }

    func testAWarmLoadDecodesANotesPartsOnlyWhenTheyAreRead() throws {
        for vault in ["SampleVault", "RealWorldVault", "SeedVault"] {
            let fresh = try VaultLoader.load(root: BacklinkEntryTests.fixtures.appendingPathComponent(vault).path)
            let index = try warm(fresh)
            XCTAssertFalse(blocks(index).isEmpty, vault)
            // The lists a start shows read no note's parts.
            _ = index.people.map { ($0.name, $0.kind, $0.date, $0.aliases, $0.profile.role) }
            _ = index.transcripts.map(\.name)
            // `kith check` counts every note's links; mention scans read where bodies start.
            XCTAssertEqual(index.linkCount, fresh.linkCount, vault)
            XCTAssertEqual((0..<index.notes.count).map { index.notes[$0].parsed.bodyStartLine },
                           (0..<fresh.notes.count).map { fresh.notes[$0].parsed.frontmatter.bodyStartLine }, vault)
            XCTAssertEqual(decodedCount(index), 0, "\(vault): nothing decoded before a note is opened")

            let person = try XCTUnwrap(fresh.people.first { !$0.sections.isEmpty && !$0.links.isEmpty })
            let opened = try XCTUnwrap(index.note(person.path))
            XCTAssertEqual(opened.sections.map(\.title), person.sections.map(\.title), vault)
            XCTAssertEqual(opened.sections.map(\.text), person.sections.map(\.text), vault)
            XCTAssertEqual(opened.links, person.links, vault)
            XCTAssertEqual(opened.parsed.bullets.map(\.text), person.parsed.bullets.map(\.text), vault)
            XCTAssertEqual(opened.parsed.frontmatter.properties, person.parsed.frontmatter.properties, vault)
            XCTAssertEqual(decodedCount(index), 1, "\(vault): reading one note decodes that note alone")

            // Written again, every note is read once and only the people's parts (the people
            // digest reads their properties) are kept.
            let again = try SnapshotCodec.encode(index)
            XCTAssertLessThanOrEqual(decodedCount(index), index.peopleIDs.count + 1, vault)
            XCTAssertLessThan(index.peopleIDs.count + 1, index.notes.count, vault)
            let reloaded = try again.withUnsafeBytes { try SnapshotCodec.decode($0, root: fresh.root) }
            try assertIndexDumpsEqual(reloaded, fresh, vault, label: "written from a warm index", file: #filePath, line: #line)
        }
    }

    func testPartsReadFromManyThreadsAtOnceEqualAFreshParse() throws {
        let fresh = try VaultLoader.load(root: BacklinkEntryTests.fixtures.appendingPathComponent("SampleVault").path)
        let index = try warm(fresh)
        let ids = Array(0..<index.notes.count)
        let same = ManagedAtomicCount()
        // Every note read by several threads at once, twice over.
        DispatchQueue.concurrentPerform(iterations: ids.count * 4) { k in
            let id = ids[k % ids.count]
            let a = index.notes[id], b = fresh.notes[id]
            if a.links == b.links && a.sections.map(\.text) == b.sections.map(\.text)
                && a.parsed.inlineTags == b.parsed.inlineTags && a.parsed.frontmatter.properties == b.parsed.frontmatter.properties {
                same.add()
            }
        }
        XCTAssertEqual(same.value, ids.count * 4)
        XCTAssertEqual(decodedCount(index), index.notes.count)
    }

    func testChangingAWarmNoteLeavesItsCopiesAsTheyWere() throws {
        let fresh = try VaultLoader.load(root: BacklinkEntryTests.fixtures.appendingPathComponent("SampleVault").path)
        let index = try warm(fresh)
        let id = try XCTUnwrap(index.peopleIDs.first { !index.notes[$0].links.isEmpty })
        let original = index.notes[id]
        var changed = original
        changed.parsed.frontmatter.properties["role"] = .scalar("Changed")
        changed.parsed.sections.removeAll()
        changed.links.removeLast()
        XCTAssertEqual(changed.parsed.frontmatter.properties["role"], .scalar("Changed"))
        XCTAssertTrue(changed.sections.isEmpty)
        XCTAssertEqual(changed.links.count, original.links.count - 1)
        // The index's own note, and the block behind it, are unchanged.
        XCTAssertEqual(index.notes[id].sections.map(\.title), fresh.notes[id].sections.map(\.title))
        XCTAssertEqual(index.notes[id].links, fresh.notes[id].links)
        XCTAssertEqual(index.notes[id].parsed.frontmatter.properties, fresh.notes[id].parsed.frontmatter.properties)
    }
}

/// A counter many threads add to.
private final class ManagedAtomicCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
