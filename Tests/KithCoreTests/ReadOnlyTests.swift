import Foundation
import XCTest
@testable import KithCore

/// KithCore never writes into a vault: no write-capable file API appears in its sources, and
/// loading the sample vault leaves every file, byte and timestamp as it was.
final class ReadOnlyTests: XCTestCase {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/KithCore")
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/SampleVault").path

    /// APIs that open for writing, create, change or remove files and folders.
    static let forbidden = [
        "O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND", ".write(to", "write(toFile", "createFile",
        "FileHandle(forWriting", "forUpdating", "removeItem", "moveItem", "copyItem", "replaceItem",
        "createDirectory", "createSymbolicLink", "linkItem", "setAttributes", "unlink(", "rename(",
        "truncate(", "fopen(", "mkdir(", "rmdir(", "pwrite(", "write(", "chmod(", "chown(", "utimes(",
    ]
    /// Where a forbidden word is fine, and why: `kith search --stdin` writes matches to the
    /// descriptor it is handed (standard output), never to a file it opened.
    static let allowed: [(file: String, line: String)] = [
        ("Search/LineFilter.swift", "let w = write(fd, raw.baseAddress! + done, raw.count - done)"),
    ]
    /// Files that write, and why it is fine: the snapshot is written only in the cache folder
    /// (`SnapshotStore.directory`), which `SnapshotStore.refusal(forVault:)` keeps out of the
    /// vault (`SnapshotEqualityTests.testSnapshotFilesLiveInTheCacheFolderOnly`).
    static let allowedFiles: Set<String> = [
        "Snapshot/SnapshotStore.swift", "Snapshot/SnapshotStore+Listing.swift", "Snapshot/SnapshotLoader.swift",
    ]

    func testNoWriteCapableAPIInKithCore() throws {
        let files = try XCTUnwrap(FileManager.default.enumerator(atPath: Self.sources.path))
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        XCTAssertGreaterThan(files.count, 20, "KithCore's sources were found")
        var hits: [String] = []
        for file in files where !Self.allowedFiles.contains(file) {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                guard Self.forbidden.contains(where: { code.contains($0) }) else { continue }
                if Self.allowed.contains(where: { $0.file == file && $0.line == code }) { continue }
                hits.append("\(file): \(code)")
            }
        }
        XCTAssertEqual(hits, [], "KithCore must not write files")
    }

    func testLoadingLeavesTheVaultUnchanged() throws {
        let before = try Self.fingerprint(Self.fixture)
        XCTAssertGreaterThan(before.count, 50)
        let index = try VaultLoader.load(root: Self.fixture)
        XCTAssertEqual(index.notes.count, 52)
        for note in try VaultScanner.list(root: Self.fixture).notes { _ = NoteReader.read(note.absolutePath) }
        XCTAssertEqual(try Self.fingerprint(Self.fixture), before)
    }

    /// Each file's bytes, mode and modification time, by path.
    static func fingerprint(_ root: String) throws -> [String: String] {
        var out: [String: String] = [:]
        let walker = try XCTUnwrap(FileManager.default.enumerator(atPath: root))
        for case let rel as String in walker {
            var st = stat()
            guard lstat(root + "/" + rel, &st) == 0 else { continue }
            var print = "\(st.st_mode) \(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
            if (st.st_mode & S_IFMT) == S_IFREG {
                print += " " + (try Data(contentsOf: URL(fileURLWithPath: root + "/" + rel))).base64EncodedString()
            }
            out[rel] = print
        }
        return out
    }
}
