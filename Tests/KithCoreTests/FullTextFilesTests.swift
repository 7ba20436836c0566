import Foundation
import XCTest
@testable import KithCore

/// `kith search --full-text` reads the vault's files from its listing, without the index: it
/// must find exactly what the search over a loaded index finds (same notes, same texts: a
/// binary note, invalid UTF-8, a byte order mark, CRLF lines, excluded files, accents).
final class FullTextFilesTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    private static let queries = ["the", "jose", "ZOË", "checkpoint", "[[", "met", "Ελένη", "2025-", "a", "zzzz-none"]

    func testTheListingSearchFindsWhatTheIndexSearchFinds() throws {
        var roots = ["SampleVault", "RealWorldVault", "SeedVault"].map { Self.fixtures.appendingPathComponent($0).path }
        let vault = try RandomVault(seed: 31)
        defer { vault.remove() }
        try vault.write("Notes/bom.md", "\u{FEFF}# BOM\r\nthe checkpoint line\r\n")
        try Data([0x23, 0x20, 0x74, 0x68, 0x65, 0xFF, 0xFE, 0x0A, 0x6D, 0x65, 0x74, 0x0A]).write(to: URL(fileURLWithPath: vault.root + "/Notes/bad utf8.md"))
        try Data([0x74, 0x68, 0x65, 0x00, 0x01]).write(to: URL(fileURLWithPath: vault.root + "/Notes/binary.md"))
        roots.append(vault.root)
        for root in roots {
            let index = try VaultLoader.load(root: root)
            let listing = try VaultLoader.list(root: root)
            XCTAssertEqual(listing.notes.map(\.path), index.notes.map(\.path), root)
            for q in Self.queries {
                let fromIndex = FullTextSearch.search(q, in: index)
                XCTAssertEqual(FullTextSearch.search(q, in: listing), fromIndex, "\(root): \(q)")
                XCTAssertEqual(FullTextSearch.search(q, in: listing, limit: 3), Array(fromIndex.prefix(3)), "\(root): \(q)")
            }
        }
        XCTAssertFalse(FullTextSearch.search("checkpoint", in: try VaultLoader.list(root: vault.root)).isEmpty)
    }
}
