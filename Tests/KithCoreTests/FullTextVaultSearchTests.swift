import Foundation
import XCTest
@testable import KithCore

/// Full-text search straight from the vault's files (no index) finds exactly what the search
/// over an index finds: the same notes in the same order, the same lines, snippets and columns.
final class FullTextVaultSearchTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    var root = ""

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "kith-fulltext-vault-\(UUID().uuidString)"
        func write(_ path: String, _ bytes: [UInt8]) throws {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        func write(_ path: String, _ text: String) throws { try write(path, Array(text.utf8)) }
        try write("People/José García.md", "---\ntype: person\nrole: Café owner\n---\n# José García\nMet at the café.\n")
        try write("Notes/crlf.md", "first line\r\nthe CAFE line\r\nlast cafe")
        try write("Notes/bom.md", [0xEF, 0xBB, 0xBF] + Array("café at the start\n".utf8))
        try write("Notes/bad utf8.md", Array("a caf".utf8) + [0xC3, 0x28] + Array("é here\nand café\n".utf8))
        try write("Notes/binary.md", Array("café".utf8) + [0, 1, 2])
        try write("Notes/UPPER.MD", "café in capitals\n")
        try write("Notes/Zoë 東京 🙂.md", "東京 café ☕\n")
        try write("Notes/attachment.txt", "café in an attachment\n")
        try write("Archive/ignored.md", "café in an excluded folder\n")
        try write(".trash/old.md", "café in the trash\n")
        try write(".obsidian/app.json", #"{"userIgnoreFilters": ["Archive/"]}"#)
        // A folder outside the vault, linked in: followed, as the index follows it.
        try write("../\(URL(fileURLWithPath: root).lastPathComponent)-outside/linked.md", "café behind a symlinked folder\n")
        try FileManager.default.createSymbolicLink(atPath: root + "/Linked", withDestinationPath: root + "-outside")
        XCTAssertEqual(mkfifo(root + "/Notes/fifo.md", 0o644), 0)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: root)
        try? FileManager.default.removeItem(atPath: root + "-outside")
    }

    func hits(_ q: String, _ vault: String, limit: Int? = nil) throws -> (direct: [TextHit], indexed: [TextHit]) {
        let index = try VaultLoader.load(root: vault)
        return (try FullTextSearch.search(q, vault: vault, limit: limit), FullTextSearch.search(q, in: index, limit: limit))
    }

    func testTheVaultsFilesGiveTheIndexsHits() throws {
        for q in ["cafe", "CAFÉ", "é", "東京", "line", "a", "zzz"] {
            let (direct, indexed) = try hits(q, root)
            XCTAssertEqual(direct, indexed, q)
        }
        let (cafe, _) = try hits("cafe", root)
        XCTAssertEqual(Set(cafe.map(\.path)), ["People/José García.md", "Notes/crlf.md", "Notes/bom.md", "Notes/bad utf8.md",
                                               "Notes/UPPER.MD", "Notes/Zoë 東京 🙂.md", "Linked/linked.md"],
                       "not the binary note, the attachment, the excluded folder, the trash or the FIFO")
        XCTAssertEqual(cafe.first { $0.path == "Notes/bom.md" }?.column, 1, "the BOM is no character")
        XCTAssertEqual(try hits("e", root, limit: 3).direct, try hits("e", root, limit: 3).indexed)
    }

    func testTheFixtureVaultsGiveTheIndexsHits() throws {
        for vault in ["SampleVault", "RealWorldVault", "SeedVault"] {
            for q in ["the", "Ana", "garcia", "2026-11", "zzz", "[["] {
                let (direct, indexed) = try hits(q, Self.fixtures.appendingPathComponent(vault).path)
                XCTAssertEqual(direct, indexed, "\(vault) \(q)")
                if q == "the" { XCTAssertGreaterThan(direct.count, 5, vault) }
            }
        }
    }

    /// The CLI's lines, read through kept buffers, equal the hits of the search in order, on
    /// this vault (a BOM, CRLF, invalid UTF-8, a binary note, a FIFO, a symlinked folder) and
    /// on a fixture vault of several folders; a vault that cannot be opened throws alike.
    func testLinesEqualTheHits() throws {
        let clean: TextHitLines.Clean = { $1 += Array($0.utf8) }
        for vault in [root, Self.fixtures.appendingPathComponent("SeedVault").path] {
            for q in ["cafe", "é", "the", "line", "e", "zzz", "東京"] {
                var expected = TextHitLines(clean: clean)
                for hit in try FullTextSearch.search(q, vault: vault) { expected.append(hit) }
                let lines = try FullTextSearch.lines(q, vault: vault, clean: clean)
                XCTAssertEqual(lines.flatMap(\.bytes), expected.bytes, "\(vault) \(q)")
                XCTAssertEqual(lines.reduce(0) { $0 + $1.count }, expected.count)
            }
        }
        XCTAssertThrowsError(try FullTextSearch.lines("x", vault: root + "/missing", clean: clean)) { error in
            XCTAssertEqual(error as? VaultError, .notFound(root + "/missing"))
        }
    }

    func testAVaultThatCannotBeOpenedThrows() {
        XCTAssertThrowsError(try FullTextSearch.search("x", vault: root + "/missing")) { error in
            XCTAssertEqual(error as? VaultError, .notFound(root + "/missing"))
        }
        XCTAssertThrowsError(try FullTextSearch.search("x", vault: root + "/Notes/crlf.md")) { error in
            XCTAssertEqual(error as? VaultError, .notADirectory(root + "/Notes/crlf.md"))
        }
    }
}
