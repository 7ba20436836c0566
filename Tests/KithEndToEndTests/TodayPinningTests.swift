import Foundation
import XCTest

/// "Today" is pinned for every command and the browser (`--today`, `$KITH_TODAY`): the same
/// vault seen from two days 400 days apart shows different ages, and never the machine's.
final class TodayPinningTests: XCTestCase {
    static let later = "2027-12-30"  // 400 days after the sample's reference day, 2026-11-25

    /// Andre Okafor's row of `kith people` (last contact 2026-11-24).
    func andreRow(_ r: CLIResult) throws -> String {
        XCTAssertEqual(r.status, 0, r.stderr)
        return try XCTUnwrap(r.stdout.split(separator: "\n").first { $0.hasPrefix("Andre Okafor") }.map(String.init))
    }

    func testTheCLICountsAgesFromTheOptionOrTheVariable() throws {
        let pinned = try andreRow(CLI.sample(["people"]))
        XCTAssertTrue(pinned.contains(" 1d "), pinned)
        let byOption = try andreRow(CLI.sample(["people", "--today", Self.later]))
        XCTAssertTrue(byOption.contains(" 1y "), byOption)
        let byVariable = try andreRow(CLI.run(["people", "--vault", CLI.sampleVault],
                                              environment: ["KITH_TODAY": Self.later]))
        XCTAssertEqual(byVariable, byOption)
        // The option wins over the variable.
        let both = try andreRow(CLI.run(["people", "--vault", CLI.sampleVault, "--today", PinnedToday.sample],
                                        environment: ["KITH_TODAY": Self.later]))
        XCTAssertEqual(both, pinned)
    }

    func testABadKithTodayIsOneClearLine() throws {
        let r = try CLI.run(["people", "--vault", CLI.sampleVault], environment: ["KITH_TODAY": "tomorrow"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("KITH_TODAY"), r.stderr)
    }

    func testTheBrowserCountsAgesFromThePinnedDay() throws {
        try XCTSkipUnless(TmuxSession.available, "tmux is not installed (.ci/run installs it)")
        let binary = try XCTUnwrap(CLI.binary)
        func andreInBrowser(_ extra: String, environment: [String: String]) throws -> String {
            let s = try TmuxSession(command: "\(TmuxSession.quote(binary)) --vault \(TmuxSession.quote(CLI.sampleVault)) \(extra)",
                                    width: 120, height: 40, environment: environment)
            defer { s.stop() }
            let screen = s.waitFor(text: "indexed 52 notes")
            // The list's row (the card's title names Andre too).
            return screen.split(separator: "\n").first { $0.contains("▌Andre Okafor") }.map(String.init) ?? ""
        }
        let now = try andreInBrowser("", environment: [:])
        XCTAssertTrue(now.contains(" 1d│"), now)
        let later = try andreInBrowser("", environment: ["KITH_TODAY": Self.later])
        XCTAssertTrue(later.contains("! 1y│"), later)
        let byOption = try andreInBrowser("--today \(Self.later)", environment: [:])
        XCTAssertTrue(byOption.contains("! 1y│"), byOption)
    }
}
