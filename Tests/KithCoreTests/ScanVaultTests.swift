import XCTest
@testable import KithCore

/// The walk over the vault folder: what is a note, what is skipped, what is reported.
final class ScanVaultTests: XCTestCase {
    var dir: String!

    override func setUpWithError() throws {
        dir = NSTemporaryDirectory() + "kith-scan-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: dir)
    }

    func write(_ rel: String, _ text: String = "x") throws {
        let url = URL(fileURLWithPath: dir + "/" + rel)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func testNotesAttachmentsAndHiddenFolders() throws {
        try write("Home.md")
        try write("People/Ana.MD")
        try write("Attachments/photo.png")
        try write(".obsidian/workspace.md")
        try write(".trash/old.md")
        try write("Notes/.hidden.md")
        let listing = try VaultScanner.list(root: dir)
        XCTAssertEqual(listing.notes.map(\.path), ["Home.md", "People/Ana.MD"])
        XCTAssertEqual(listing.attachments, ["Attachments/photo.png"])
        XCTAssertTrue(listing.problems.isEmpty)
    }

    func testSymlinkLoopDanglingLinkAndFIFO() throws {
        try write("a/Note.md")
        try FileManager.default.createSymbolicLink(atPath: dir + "/a/loop", withDestinationPath: dir + "/a")
        try FileManager.default.createSymbolicLink(atPath: dir + "/up", withDestinationPath: dir)
        try FileManager.default.createSymbolicLink(atPath: dir + "/gone.md", withDestinationPath: dir + "/missing.md")
        XCTAssertEqual(mkfifo(dir + "/x.md", 0o644), 0)
        try FileManager.default.createSymbolicLink(atPath: dir + "/zero.md", withDestinationPath: "/dev/zero")
        let listing = try VaultScanner.list(root: dir)
        XCTAssertEqual(listing.notes.map(\.path), ["a/Note.md"])
        let problems = Dictionary(uniqueKeysWithValues: listing.problems.map { ($0.path, $0.message) })
        XCTAssertEqual(problems["gone.md"], "dangling symlink")
        XCTAssertEqual(problems["x.md"], "not a regular file (skipped)")
        XCTAssertEqual(problems["zero.md"], "not a regular file (skipped)")
    }

    func testSymlinkedFolderOutsideTheVaultIsFollowedOnce() throws {
        let outside = dir + "-outside"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try Data("y".utf8).write(to: URL(fileURLWithPath: outside + "/Shared.md"))
        try FileManager.default.createSymbolicLink(atPath: dir + "/one", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: dir + "/two", withDestinationPath: outside)
        let listing = try VaultScanner.list(root: dir)
        XCTAssertEqual(listing.notes.map(\.path), ["one/Shared.md"])
    }

    func testMissingOrFileVaultIsAClearError() throws {
        XCTAssertThrowsError(try VaultScanner.list(root: dir + "/nope")) {
            XCTAssertEqual($0 as? VaultError, .notFound(dir + "/nope"))
            XCTAssertEqual(String(describing: $0), "vault not found: \(dir!)/nope")
        }
        try write("file.md")
        XCTAssertThrowsError(try VaultScanner.list(root: dir + "/file.md")) {
            XCTAssertEqual($0 as? VaultError, .notADirectory(dir + "/file.md"))
        }
    }

    func testReaderRefusesNonRegularFilesAndCapsSize() throws {
        try write("big.md", String(repeating: "a", count: 3000))
        guard case .bytes(let b, let truncated) = NoteReader.read(dir + "/big.md", limit: 1000) else {
            return XCTFail("expected bytes")
        }
        XCTAssertEqual(b.count, 1000)
        XCTAssertTrue(truncated)
        XCTAssertEqual(mkfifo(dir + "/p.md", 0o644), 0)
        guard case .failed(let why) = NoteReader.read(dir + "/p.md") else { return XCTFail("FIFO was read") }
        XCTAssertEqual(why, "not a regular file (skipped)")
        XCTAssertTrue(NoteReader.looksBinary([0x50, 0x4B, 0x00, 0x01]))
        XCTAssertFalse(NoteReader.looksBinary(Array("# Title\n".utf8)))
    }

    func testNFCFileNames() throws {
        try write("People/Zoe\u{0308}.md")
        let listing = try VaultScanner.list(root: dir)
        XCTAssertEqual(listing.notes.first?.path, "People/Zoë.md")
        XCTAssertEqual(listing.notes.first?.path.unicodeScalars.count, "People/Zoë.md".unicodeScalars.count)
    }

    func testSymlinkCycleAndNonUTF8NamesAreNamedAsSuch() throws {
        try write("Ok.md")
        symlink("b.md", dir + "/a.md")
        symlink("a.md", dir + "/b.md")
        let raw = Array((dir + "/").utf8) + [0xE9, 0x74, 0xE9] + Array(".md".utf8) + [0]  // "été" in Latin-1
        let fd = raw.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) } }
        XCTAssertGreaterThanOrEqual(fd, 0)
        close(fd)
        let listing = try VaultScanner.list(root: dir)
        XCTAssertEqual(listing.notes.map(\.path), ["Ok.md"])
        let problems = Dictionary(uniqueKeysWithValues: listing.problems.map { ($0.path, $0.message) })
        XCTAssertEqual(problems["a.md"], "symlink loop")
        XCTAssertEqual(problems["b.md"], "symlink loop")
        XCTAssertEqual(problems["\u{FFFD}t\u{FFFD}.md"], "name is not valid UTF-8 (skipped)")
    }
}
