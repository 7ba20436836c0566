import Foundation
import KithCore
import KithUI
import XCTest
@testable import KithConfig

/// The settings about the vault itself: its owner, daily notes, meeting rules.
final class VaultConfigTests: XCTestCase {
    let paths = ConfigPaths(environment: ["XDG_CONFIG_HOME": "/tmp/kith-xdg-unused", "HOME": "/home/u"])

    func testOwnerDailyNotesAndMeetingRules() {
        let text = """
            me = "Ana Lima"
            [daily_notes]
            folder = "Journal"
            format = "MMMM Do, YYYY"
            colour = "x"
            [kinds.meeting]
            folders = ["Calls"]
            """
        let c = KithConfig.parse(text, file: "config.toml", paths: paths)
        XCTAssertEqual(c.me, "Ana Lima")
        XCTAssertEqual(c.dailyFolder, "Journal")
        XCTAssertEqual(c.dailyFormat, "MMMM Do, YYYY")
        XCTAssertEqual(c.vaultOverrides, VaultSettings.Overrides(owner: "Ana Lima", dailyFolder: "Journal", dailyFormat: "MMMM Do, YYYY"))
        XCTAssertEqual(c.classifier.meeting.folders, ["calls"])
        XCTAssertEqual(c.classifier.kind(path: "Calls/x.md", type: nil, tags: [], categories: []), .transcript)
        XCTAssertEqual(c.issues.map(\.line), [5], "the unknown daily_notes field, by line")
        XCTAssertTrue(c.issues[0].message.contains("known: folder, format"), c.issues[0].message)
        // The default text shows every one of them.
        let defaults = DefaultConfig.text(paths: paths)
        for line in ["# me = \"Your Name\"", "[daily_notes]", "# folder = \"Daily\"", "[kinds.meeting]", "categories = [\"meetings\"]"] {
            XCTAssertTrue(defaults.contains(line), line)
        }
    }
}
