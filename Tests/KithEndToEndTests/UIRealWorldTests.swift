import Foundation
import XCTest

/// The browser on the real-world sample (daily notes, meetings with properties) and on an empty
/// vault, in tmux.
final class UIRealWorldTests: TmuxTestCase {

    func start(_ args: String, width: Int = 120, height: Int = 40) throws -> TmuxSession {
        let s = try TmuxSession(command: "\(TmuxSession.quote(CLI.binary!)) \(args)", width: width, height: height)
        session = s
        return s
    }

    func testADailyNoteContactShowsOnThePeopleListAndTheCard() throws {
        let s = try start("--vault \(TmuxSession.quote(CLI.realWorldVault))")
        let list = s.waitFor(text: "indexed 28 notes")
        let rows = list.split(separator: "\n").map(String.init)
        // Émile's last contact is the 2026-11-23 daily note (lunch at the canteen): 2 days ago.
        let emile = try XCTUnwrap(rows.first { $0.contains("Émile Dubois") }, list)
        XCTAssertTrue(emile.contains("2d"), emile)
        let kenji = try XCTUnwrap(rows.firstIndex { $0.contains("Kenji Sato") })
        XCTAssertLessThan(kenji, rows.firstIndex { $0.contains("Émile Dubois") }!, "recent first")
        XCTAssertFalse(list.contains("🗂️ People"), "a folder note is not a person")
        XCTAssertTrue(list.contains("8 people · 4 transcripts"), list)
        s.send("/")
        s.send("emile", literal: true)
        s.waitFor(text: "1 of 8")
        s.send("Enter")
        // The card's rows in the wait: under load they may be drawn a moment after its title.
        s.waitFor("Émile's card") {
            $0.contains("┌ Émile Dubois") && $0.contains("last contact 2026-11-23 · 2d ago (from an interaction)")
                && $0.contains("daily note") && $0.contains("Lunch with Émile at the canteen")
        }
        // The Recent view: the daily note by day, the upcoming meeting not among the contacts.
        s.send("2")
        let recent = s.waitForSettled("the Recent view") { $0.contains("Recent · newest first") }
        XCTAssertTrue(recent.contains("2026-11-23"), recent)
        XCTAssertFalse(recent.contains("2026-12-02"), "upcoming, not a contact")
        s.send("q")
        s.waitFor(text: "[exit 0]")
    }

    func testTheMeetingReaderShowsTheOwnerAsYou() throws {
        let s = try start("--vault \(TmuxSession.quote(CLI.realWorldVault))")
        s.waitFor(text: "indexed 28 notes")
        s.send("3")
        // The list's row (left of a pane border), not a mention of the meeting beside it: on a
        // loaded machine the header is drawn before the rows.
        let listRow = { (screen: String) in
            screen.split(separator: "\n").first { $0.components(separatedBy: "││").first?.contains("Product sync") == true }
        }
        let meetings = s.waitFor("the Product sync row") { $0.contains("Meetings · newest first") && listRow($0) != nil }
        let row = try XCTUnwrap(listRow(meetings).map(String.init))
        XCTAssertTrue(row.contains("Ana Lima, Émile Dubois, Samuel Okoye") && !row.contains("Priya Nair"),
                      "the owner is left out beside a meeting: \(row)")
        // Daily notes with people are rows too, between the meetings: `/` finds the meeting.
        s.send("/")
        s.send("product sync", literal: true)
        s.waitFor(text: "1 of ")
        s.send("Enter")
        let reader = s.waitFor(text: "Meetings/2026-11-18 Product sync.md")
        XCTAssertTrue(reader.contains("with Ana Lima, Émile Dubois, Samuel Okoye, you"), reader)
        s.send("q")
    }

    func testDemoOpensTheRealWorldSample() throws {
        let s = try start("demo --sample real-world")
        let screen = s.waitFor(text: "indexed 28 notes")
        XCTAssertTrue(screen.contains("real-world sample"), screen)
        s.send("q")
        s.waitFor(text: "[exit 0]")
    }

    func testAnEmptyVaultSaysHowPeopleAreRecognised() throws {
        let root = NSTemporaryDirectory() + "kith-e2e-empty-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/.obsidian", withIntermediateDirectories: true)
        try "# Just a note\n".write(toFile: root + "/Note.md", atomically: true, encoding: .utf8)
        let s = try start("--vault \(TmuxSession.quote(root))", width: 100, height: 30)
        let screen = s.waitFor(text: "No people in this vault")
        let flat = screen.split(whereSeparator: { $0 == "\n" || $0 == "│" }).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        for phrase in ["type: person", "#people", "[[People]]", "People/ folder", "[kinds.person]", "kith config"] {
            XCTAssertTrue(flat.contains(phrase), "\(phrase): \(screen)")
        }
        s.send("q")
    }
}
