import Foundation
import XCTest
@testable import KithCore

/// `VaultIndex.references` (a note's backlinks with excerpts and a person's unlinked mentions
/// in one read of each note) gives exactly what `backlinks(to:)` and `unlinkedMentions(of:)`
/// give, texts read back from their files (as after any load) or in memory, with byte order
/// marks, invalid UTF-8, CRLF lines, frontmatter lists and files changed since the load.
final class NoteReferencesTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    /// Every note of `index`: references equal the two separate lists.
    func assertSameAsSeparate(_ index: VaultIndex, file: StaticString = #filePath, line: UInt = #line) -> (Int, Int) {
        var backlinks = 0, mentions = 0
        for note in index.notes {
            let isPerson = note.kind == .person
            let refs = index.references(to: note.path, mentions: isPerson)
            let expected = index.backlinks(to: note.path)
            XCTAssertEqual(refs.backlinks.map(\.excerpt), expected.map(\.excerpt), note.path, file: file, line: line)
            XCTAssertEqual(refs.backlinks, expected, note.path, file: file, line: line)
            let found = isPerson ? index.unlinkedMentions(of: note.path) : []
            XCTAssertEqual(refs.mentions, found, note.path, file: file, line: line)
            XCTAssertEqual(refs.mentions.map(\.snippet), found.map(\.snippet), note.path, file: file, line: line)
            backlinks += expected.count
            mentions += found.count
        }
        return (backlinks, mentions)
    }

    func testFixtureVaultsReadBackFromTheirFiles() throws {
        for vault in ["SampleVault", "RealWorldVault"] {
            let index = try VaultLoader.load(root: Self.fixtures + "/" + vault)
            let (backlinks, mentions) = assertSameAsSeparate(index)
            XCTAssertGreaterThan(backlinks, 20, vault)
            if vault == "SampleVault" { XCTAssertGreaterThan(mentions, 50, vault) }
        }
    }

    func testHostileFilesAndAChangeSinceTheLoad() throws {
        let root = NSTemporaryDirectory() + "kith-references-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        var files: [String: [UInt8]] = [
            "People/Ana Lima.md": Array("---\naliases: [Ana]\n---\n# Ana Lima\n".utf8),
            "People/Zoë Ñúñez.md": Array("# Zoë Ñúñez\n".utf8),
            "Meetings/Plain.md": Array("---\nattendees:\n  - \"[[Ana Lima]]\"\n  # a comment\n  - '[[Zoë Ñúñez]]'\n---\nAna Lima and ZOE NUNEZ met; [[Ana Lima]] said `Ana Lima`.\n".utf8),
            "Meetings/CRLF.md": Array("---\r\npeople: \"[[Ana Lima]], Kenji\"\r\n---\r\nAna Lima came.\r\n[[Zoë Ñúñez]] and Zoë Ñúñez\r\n".utf8),
            "Notes/BOM.md": [0xEF, 0xBB, 0xBF] + Array("Ana said hi to [[Ana Lima]]\nÁna Líma again\n".utf8),
            "Notes/Invalid.md": Array("Ana Lima \u{1F600} ".utf8) + [0xFF, 0xC3] + Array(" [[Zoë Ñúñez]] zoe nuñez\n".utf8),
            "Notes/Changed.md": Array("[[Ana Lima]] first\nAna Lima second\n".utf8),
            "Notes/Empty.md": [],
            "Notes/Binary.md": Array("[[Ana Lima]] ".utf8) + [0] + Array(" Ana Lima\n".utf8),
            // Longer than the buffer the notes before it were read into.
            "Notes/Big.md": Array((String(repeating: "filler line\n", count: 20_000) + "[[Ana Lima]] and Ana Lima\n").utf8),
            "Notes/Long.md": Array((String(repeating: "[[a ", count: 3_000) + "Ana Lima and [[Ana Lima]]\n").utf8),
        ]
        for i in 0..<40 { files["Notes/n\(i).md"] = Array("Ana Lima \(i) with [[Zoë Ñúñez]] — Zoë Ñúñez\n".utf8) }
        for (path, bytes) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let index = try VaultLoader.load(root: root)
        let (backlinks, mentions) = assertSameAsSeparate(index)
        XCTAssertGreaterThan(backlinks, 45)
        XCTAssertGreaterThan(mentions, 45)
        // The frontmatter list item says its key, as the separate excerpt does.
        XCTAssertTrue(index.references(to: "People/Ana Lima.md", mentions: true).backlinks.map(\.excerpt)
            .contains("attendees: Ana Lima"))
        // A file changed since the load (the watcher's update not yet in): both read it as it is now.
        try Data("a new first line\n[[Ana Lima]] Ana Lima moved\n".utf8).write(to: URL(fileURLWithPath: root + "/Notes/Changed.md"))
        _ = assertSameAsSeparate(index)
        // Texts in memory (an index built without releasing them) give the same.
        let parsed = try files.keys.sorted().map { path -> ParsedNote in
            NoteParser.parse(path: path, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: root + "/" + path))))
        }
        _ = assertSameAsSeparate(VaultIndex(root: root, parsed: parsed))
    }

    func testUTF8CheckAgreesWithStringDecoding() {
        var rng = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [[0x41], [0x0A], [0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x98, 0x80], [0xED, 0x9F, 0xBF],
                                 [0xED, 0xA0, 0x80], [0xE0, 0x9F, 0x80], [0xF0, 0x8F, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                 [0xC0, 0x80], [0xC1], [0xF5], [0xFF], [0x80], [0xBF], [0xC3], [0xE2, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
                                 Array("plain ascii text".utf8)]
        var valid = 0, invalid = 0
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...12, using: &rng)).flatMap { _ in pieces.randomElement(using: &rng)! }
            let expected = Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes
            XCTAssertEqual(bytes.withUnsafeBufferPointer(UTF8Check.isValid), expected, "\(bytes)")
            if expected { valid += 1 } else { invalid += 1 }
        }
        XCTAssertGreaterThan(valid, 1_000)
        XCTAssertGreaterThan(invalid, 1_000)
    }

    func testMentionFoldEqualsTheTableFold() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["Ana", "LIMA", "ZOË", "Ñúñez", " ", "\u{A0}", "e\u{301}", "ß", "ﬁ", "王", "😀", "İ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      "@[`{", "x", "’", "Ǆ", "Ω"]
        for _ in 0..<20_000 {
            let line = Array((0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined().utf8)
            var fast: [UInt8] = [0x2A], table: [UInt8] = [0x2A]
            line.withUnsafeBufferPointer {
                MentionFold.appendFolded($0, to: &fast)
                FoldCache.appendFolded($0, to: &table)
            }
            XCTAssertEqual(fast, table, String(decoding: line, as: UTF8.self))
        }
    }
}
