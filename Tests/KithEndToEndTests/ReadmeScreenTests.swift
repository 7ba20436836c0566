import Foundation
import XCTest

/// The README's screenshot is a text capture of the real browser (tmux, 100×30, the sample
/// vault, today pinned); this keeps it equal to what kith draws.
/// `KITH_UPDATE_DOCS=1 swift test --filter ReadmeScreenTests` captures it again.
final class ReadmeScreenTests: XCTestCase {
    static let begin = "<!-- screen:begin (kith --vault ~/Notes, the sample vault, in tmux at 100×30, KITH_TODAY=2026-11-25; see ReadmeScreenTests) -->\n```text\n"
    static let end = "```\n<!-- screen:end -->"

    func testTheReadmeScreenshotIsWhatTheBrowserShows() throws {
        try XCTSkipUnless(TmuxSession.available, "tmux is not installed (.ci/run installs it)")
        let binary = try XCTUnwrap(CLI.binary, "the kith binary was not built")
        let readme = CLI.packageRoot.appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: Self.begin), "README has no screenshot block")
        let stop = try XCTUnwrap(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        let shown = String(text[start.upperBound..<stop.lowerBound])

        // The vault as a reader's would be, `~/Notes` (a copy of the sample vault in a scratch
        // home: kith shows a link's real path), so the header shows no path of this machine.
        let home = NSTemporaryDirectory() + "kith-readme-home-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.copyItem(atPath: CLI.sampleVault, toPath: home + "/Notes")
        let session = try TmuxSession(command: "\(TmuxSession.quote(binary)) --vault ~/Notes", width: 100, height: 30,
                                      environment: ["HOME": home])
        defer { session.stop() }
        // The first screen once the index is in: the people, the card, the key hints and what
        // the load found.
        let settled = session.waitFor("the people list with the key hints", timeout: 20) {
            $0.contains("Andre Okafor") && $0.contains("? help") && $0.contains("indexed 52 notes")
        }
        if ProcessInfo.processInfo.environment["KITH_UPDATE_DOCS"] == "1" {
            let updated = text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: Self.trimmed(settled))
            try updated.write(to: readme, atomically: true, encoding: .utf8)
            return
        }
        // Drawing may still be finishing: wait for the screen the README shows.
        let last = session.waitFor("the README's screenshot (KITH_UPDATE_DOCS=1 swift test --filter ReadmeScreenTests if intended)",
                                   timeout: 10) { Self.trimmed($0) == shown }
        XCTAssertEqual(Self.trimmed(last), shown)
        session.send("q")
    }

    /// A capture as the README shows it: no trailing blanks on a line, one newline at the end,
    /// and the load's duration (it varies from run to run) as 0.05 s.
    static func trimmed(_ screen: String) -> String {
        let timed = screen.replacingOccurrences(of: #"indexed ([0-9,]+) notes in [0-9]+\.[0-9]+ s"#,
                                                with: "indexed $1 notes in 0.05 s", options: .regularExpression)
        let lines = timed.components(separatedBy: "\n").map { line -> String in
            var l = Substring(line)
            while l.last == " " { l.removeLast() }
            return String(l)
        }
        var kept = lines
        while kept.last == "" { kept.removeLast() }
        return kept.joined(separator: "\n") + "\n"
    }
}
