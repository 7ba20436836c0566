import Foundation
import XCTest

/// A reader that goes away (`kith stale | head -1`, a status bar that reads one line): kith ends
/// as a closed pipe ends a program, silently with SIGPIPE's status, but leaves the snapshot it
/// was writing whole, so the next run is warm and no temporary file is left in the cache.
final class CLIClosedPipeTests: XCTestCase {
    var root = ""
    var vault: String { root + "/vault" }
    var cache: String { root + "/cache" }

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "kith-closed-pipe-\(UUID().uuidString)"
        // 1,500 people overdue (`kith stale` prints more than a pipe holds), each note long
        // enough that writing the snapshot takes longer than printing.
        try FileManager.default.createDirectory(atPath: vault + "/People", withIntermediateDirectories: true)
        for i in 0..<1_500 {
            let path = vault + "/People/Person \(i) Ñúñez.md"
            let body = (0..<40).map { "- 2019-0\(1 + $0 % 9)-1\($0 % 10): met [[Person \(($0 * 7 + i) % 1_500) Ñúñez]] about item \($0)" }
            try ("---\ntype: person\nlast_contact: 2020-01-0\(1 + i % 9)\norg: Acme\n---\n# Person \(i)\n\n## Log\n"
                 + body.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: root) }

    /// Runs `kith ARGS | true` in bash (a reader that leaves at once); kith's exit status and
    /// the cache's files.
    func kithIntoHead(_ args: String) throws -> (status: String, cacheFiles: [String]) {
        let kith = try XCTUnwrap(CLI.binary)
        let r = try CLI.run(["-c", "set -o pipefail; \"$0\" \(args) --vault \"$1\" | true; echo $?", kith, vault],
                            environment: ["XDG_CACHE_HOME": cache], executable: "/bin/bash")
        XCTAssertEqual(r.stderr, "", "nothing said: the reader left, nothing failed")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: cache + "/kith")) ?? []
        return (r.stdout.trimmingCharacters(in: .whitespacesAndNewlines), files.sorted())
    }

    func testTheSnapshotIsWrittenWholeWhenTheReaderLeaves() throws {
        for args in ["stale", "people --json", "show 'Person 7 Ñúñez' --json"] {
            try? FileManager.default.removeItem(atPath: cache)
            let (status, files) = try kithIntoHead(args)
            XCTAssertEqual(status, "141", "\(args): ended by the closed pipe")
            XCTAssertEqual(files.count, 1, "\(args): \(files)")
            XCTAssertTrue(files.allSatisfy { $0.hasSuffix(".snapshot") }, "\(args): no temporary file left: \(files)")
            let check = try CLI.run(["check", "--json", "--vault", vault], environment: ["XDG_CACHE_HOME": cache])
            let json = try XCTUnwrap(try check.json() as? [String: Any])
            // (Its notes are re-read as racily clean: their ctime is this second's.)
            XCTAssertEqual(json["snapshot"] as? String, "warm", args)
        }
    }
}
