import Foundation
import XCTest

/// Text output cuts long summaries at a word with `…`; JSON carries them whole.
final class CLITextCutTests: XCTestCase {
    var vault = ""

    override func setUpWithError() throws {
        vault = NSTemporaryDirectory() + "kith-cut-\(UUID().uuidString.prefix(8))"
        let fm = FileManager.default
        try fm.createDirectory(atPath: vault + "/People", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: vault + "/Sources/Transcripts", withIntermediateDirectories: true)
        try "---\nlast_contact: 2026-11-20\n---\n# Ana Lima\n".write(toFile: vault + "/People/Ana Lima.md", atomically: true, encoding: .utf8)
        try """
        ---
        date: 2026-11-20
        ---
        # Planning

        Participants: [[Ana Lima]]

        ## Summary
        \(Self.summary)

        See [[Missing Note|the missing one]] and [[Gone\\|label in a table]].
        """.write(toFile: vault + "/Sources/Transcripts/2026-11-20 - Planning.md", atomically: true, encoding: .utf8)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: vault) }

    /// 600 characters of words (a long word sits across the 240th character).
    static let summary = (0..<60).map { $0 == 22 ? "extraordinarily" : "word\($0)" }.joined(separator: " ")

    func testTimelineTextCutsAtAWordAndJSONKeepsEverything() throws {
        let text = try CLI.run(["timeline", "--vault", vault])
        XCTAssertEqual(text.status, 0, text.stderr)
        let line = try XCTUnwrap(text.stdout.split(separator: "\n").first { $0.contains("Planning") })
        let shown = try XCTUnwrap(line.components(separatedBy: " — ").last)
        XCTAssertTrue(shown.hasSuffix("…"), shown)
        XCTAssertLessThanOrEqual(shown.count, 240)
        let kept = String(shown.dropLast())
        XCTAssertTrue(Self.summary.hasPrefix(kept + " "), "cut between words: \(kept)")
        let json = try CLI.run(["timeline", "--vault", vault, "--json"]).objects()
        XCTAssertEqual(json.first?.str("summary"), Self.summary)
        // `show` cuts the same way.
        let show = try CLI.run(["show", "Ana Lima", "--vault", vault])
        XCTAssertTrue(show.stdout.contains(kept + "…"), show.stdout)
    }

    func testCheckPrintsTheLinkTargetAndItsLabelApart() throws {
        let r = try CLI.run(["check", "--vault", vault])
        XCTAssertTrue(r.stdout.contains("unresolved link: Missing Note (shown as \"the missing one\")"), r.stdout)
        XCTAssertTrue(r.stdout.contains("unresolved link: Gone (shown as \"label in a table\")"), r.stdout)
        XCTAssertFalse(r.stdout.contains("Missing Note|the missing one"), r.stdout)
    }
}
