import Foundation
import XCTest
import KithCore

/// Every input a fuzz target ever crashed or hung on (`Fuzz/Regressions`) and every seed
/// (`Fuzz/Seeds`) goes through the parser on each `swift test`, as the targets feed it.
final class FuzzRegressionTests: XCTestCase {
    static let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz")

    private func inputs(_ folder: String) -> [(name: String, bytes: [UInt8])] {
        let dir = Self.fuzz.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(atPath: dir.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { !$0.hasSuffix("README.md") }.sorted().compactMap { rel in
            guard let data = FileManager.default.contents(atPath: dir.appendingPathComponent(rel).path) else { return nil }
            return (rel, [UInt8](data))
        }
    }

    /// The snapshot seeds decode whole (checksums and all); every snapshot input decodes or is
    /// refused without checksums too, and what decodes answers the index's questions.
    func testSnapshotSeedsAndRegressionsDecode() throws {
        let seeds = inputs("Seeds/FuzzSnapshot")
        XCTAssertGreaterThanOrEqual(seeds.count, 4)
        for (name, bytes) in seeds {
            let index = try bytes.withUnsafeBytes { try SnapshotCodec.decode($0, root: "/fuzz") }
            XCTAssertGreaterThan(index.notes.count + (name.hasPrefix("empty") ? 1 : 0), 0, name)
            let again = try SnapshotCodec.encode(index)
            XCTAssertEqual(try again.withUnsafeBytes { try SnapshotCodec.decode($0, root: "/fuzz") }.notes.map(\.path),
                           index.notes.map(\.path), name)
        }
        for (_, bytes) in seeds + inputs("Regressions").filter({ $0.name.hasPrefix("FuzzSnapshot") }) {
            var damaged = bytes
            for k in stride(from: 7, to: damaged.count, by: 97) { damaged[k] ^= 0x5A }
            for input in [bytes, damaged, Array(bytes.prefix(bytes.count / 2))] {
                guard let index = try? input.withUnsafeBytes({ try SnapshotCodec.decode($0, root: "/fuzz", checksums: false) })
                else { continue }
                let today = CalendarDate(year: 2026, month: 1, day: 3)!
                for p in index.people { _ = index.interactions(of: p.path).map(\.summary); _ = index.lastContact(of: p.path, today: today) }
                // A trap here fails the run: reading what decoded must be safe.
                for n in index.notes { _ = index.backlinks(to: n.path).map(\.excerpt); _ = n.sections.map(\.text) }
            }
        }
    }

    func testSeedsAndRegressionsParse() throws {
        let all = inputs("Seeds") + inputs("Regressions")
        XCTAssertGreaterThanOrEqual(all.count, 4, "the seeds are found")
        for (name, bytes) in all {
            let asNote = NoteParser.parse(path: "People/Fuzz.md", bytes: bytes)
            assertConsistent(asNote, name)
            let asFrontmatter = NoteParser.parse(path: "People/Fuzz.md", bytes: Array("---\n".utf8) + bytes + Array("\n---\n".utf8))
            assertConsistent(asFrontmatter, name)
            let index = VaultIndex(root: "/fuzz", parsed: [asNote, asFrontmatter], attachments: [])
            XCTAssertLessThanOrEqual(index.notes.count, 2, name)
        }
    }

    /// The checks of `Fuzz/Sources/FuzzSupport/FuzzChecks.swift`, as assertions.
    private func assertConsistent(_ note: ParsedNote, _ name: String) {
        let lines = note.lineCount
        XCTAssertGreaterThanOrEqual(lines, 1, name)
        XCTAssertTrue((1...lines + 1).contains(note.frontmatter.bodyStartLine), name)
        for link in note.links { XCTAssertTrue((1...lines).contains(link.line), "\(name): link line \(link.line)") }
        for s in note.sections {
            XCTAssertTrue(s.line >= 1 && s.line <= s.endLine && s.endLine <= lines, "\(name): section \(s.line)...\(s.endLine)")
        }
    }
}
