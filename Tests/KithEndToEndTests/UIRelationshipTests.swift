import Foundation
import XCTest

/// The relationship workflows in tmux, as a user sees them: the brief (`b`), Organizations
/// (`4`) with its filter chip, sparklines (blocks, or ASCII under `TERM=linux`), Meetings (`3`)
/// and the Recent view's summaries and grouping (`m`).
final class UIRelationshipTests: TmuxTestCase {

    func start(_ vault: String, width: Int, height: Int, today: String = PinnedToday.sample,
               environment: [String: String] = [:]) throws -> TmuxSession {
        let s = try TmuxSession(command: "\(TmuxSession.quote(CLI.binary!)) --vault \(TmuxSession.quote(vault))",
                                width: width, height: height, environment: environment.merging(["KITH_TODAY": today]) { a, _ in a })
        session = s
        s.waitFor(text: "indexed ")
        return s
    }

    /// The screen's rows without trailing blanks (tmux drops them).
    func rows(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
    }

    func testTheSeedPersonsBriefFits80x24AsTheGoldenScreenShowsIt() throws {
        let s = try start(CLIWorkflowsTests.seedVault, width: 80, height: 24, today: "2025-11-12")
        s.send("/")
        s.send("deandre", literal: true)
        s.waitFor(text: "1 of 5")
        s.send("Enter")
        s.waitFor(text: "┌ Deandre Jackson")
        s.send("b")
        s.waitFor(text: "brief · Deandre Jackson")
        // The brief's last row: the header alone can be read while the rows below it still
        // show the card (the screen is captured mid-repaint under load).
        let screen = s.waitFor(text: "Competitive positioning vs MinIO")
        // Every part on one screen, nothing scrolled away: the rows above the status line are
        // the golden screen KithUITests renders from the same fixture.
        let golden = try String(contentsOf: CLI.packageRoot.appendingPathComponent(
            "Tests/KithUITests/__Snapshots__/brief-seed-80x24.txt"), encoding: .utf8)
        XCTAssertEqual(Array(rows(screen).prefix(23)), Array(rows(golden).prefix(23)), screen)
        for part in ["Role ", "Last ", "Monthly ", "Met ", "Open ", "Decisions ", "With ", "Topics "] {
            XCTAssertTrue(screen.contains("  " + part) || screen.contains("›" + part), "\(part) on screen:\n\(screen)")
        }
        XCTAssertFalse(screen.contains("Jason Vallery 1") || screen.contains("Jason Vallery 2"), "the owner is not among With")
        // Back returns to her card.
        s.send("BSpace")
        s.waitFor(text: "┌ Deandre Jackson")
    }

    func testOrganizationsSortAndEnterFiltersPeopleUntilEsc() throws {
        let s = try start(CLI.sampleVault, width: 120, height: 30)
        s.send("4")
        let byName = s.waitFor(text: "Organizations · by name")
        let fernwood = try XCTUnwrap(rows(byName).first { $0.contains("Fernwood Labs") })
        XCTAssertTrue(fernwood.contains("6 people") && fernwood.contains("2026-11-24") && fernwood.contains("1d"), fernwood)
        let brightwater = try XCTUnwrap(rows(byName).first { $0.contains("Brightwater Logistics") })
        XCTAssertTrue(brightwater.contains("1 person") && brightwater.contains("1 due"), brightwater)
        s.send("s")
        let byPeople = s.waitForSettled("the organizations by people") { $0.contains("Organizations · by people") }
        XCTAssertTrue(rows(byPeople)[2].contains("Fernwood Labs"), byPeople)
        // Enter on Fernwood: the People list with its six people and the chip.
        s.send("g")
        s.send("Enter")
        let people = s.waitForSettled("the chip") { $0.contains("org: Fernwood Labs ✕") }
        XCTAssertTrue(people.contains("1/6"), people)
        XCTAssertFalse(people.contains("José García"), people)
        // The chip stays while moving about, Esc clears it.
        s.send("j")
        s.waitFor(text: "2/6")
        s.send("Escape")
        let all = s.waitForSettled("the chip cleared") { $0.contains("filter cleared (org: Fernwood Labs)") }
        XCTAssertFalse(all.contains("✕"), all)
        XCTAssertTrue(all.contains("/15"), all)
        // `/` with tag: sets a chip too.
        s.send("/")
        s.send("tag:customer", literal: true)
        s.waitFor(text: "5 of 15")
        s.send("Enter")
        s.waitFor(text: "tag: customer ✕")
        s.send("Escape")
        s.waitFor("the chip cleared") { !$0.contains("tag: customer ✕") }
    }

    func testSparklinesOnTheListAndTheCardAndASCIIOnTheConsole() throws {
        // Andre's contacts per month, Dec 2025–Nov 2026: 1 · 0 0 0 · 1 · 0 · 1 · 0 0 0 0 · 3.
        let s = try start(CLI.sampleVault, width: 120, height: 40)
        // The card is built off the UI thread: it may show a moment after the list.
        let screen = s.waitFor("Andre's card") { $0.contains("contacts ▄") }
        let andre = try XCTUnwrap(rows(screen).first { $0.contains("▌Andre Okafor") })
        XCTAssertTrue(andre.contains("▄▁▁▁▄▁▄▁▁▁▁█"), andre)
        XCTAssertTrue(screen.contains("contacts ▄▁▁▁▄▁▄▁▁▁▁█ Dec 2025–Nov 2026 · 6 in 12 months"), screen)
        // No room at 80 columns: the list drops the column, the card keeps it.
        s.resize(width: 80, height: 24)
        let narrow = s.waitFor("one pane at 80 columns") { $0.contains("People ·") && !$0.contains("┌ Andre Okafor") }
        XCTAssertFalse(narrow.contains("▁▁▁▁"), narrow)
        s.stop()
        // The Linux console's font has no eighth blocks: the ASCII ramp instead.
        let console = try start(CLI.sampleVault, width: 120, height: 40, environment: ["TERM": "linux"])
        let ascii = console.waitFor("Andre's card on the console") { $0.contains("contacts =") }
        XCTAssertTrue(ascii.contains("contacts =...=.=....@ Dec 2025–Nov 2026"), ascii)
        XCTAssertFalse(ascii.contains("▁"), ascii)
    }

    func testMeetingsViewNewestFirstWithoutTheOwnerAndFiltered() throws {
        let s = try start(CLI.realWorldVault, width: 120, height: 40)
        s.send("3")
        // The rows, not only the title, on a settled screen: under load the screen may be read
        // mid-repaint, the meetings above the People view's last rows.
        let screen = s.waitForSettled("the Meetings rows") { $0.contains("Meetings · newest first") && $0.contains("2026-11-10") }
        let r = rows(screen)
        let dated = r.compactMap { row -> String? in
            guard let m = row.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression), row.hasPrefix("│") else { return nil }
            return String(row[m])
        }
        XCTAssertEqual(Array(dated.prefix(5)), ["2026-12-02", "2026-11-23", "2026-11-20", "2026-11-18", "2026-11-10"])
        XCTAssertEqual(dated, dated.sorted(by: >))
        let daily = try XCTUnwrap(r.first { $0.contains("2026-11-20") })
        XCTAssertTrue(daily.contains("daily note") && daily.contains("Ana Lima, Kenji Sato"), daily)
        XCTAssertFalse(screen.contains("Priya Nair"), "the owner is left out")
        s.send("/")
        s.send("kenji", literal: true)
        let filtered = s.waitFor(text: "4 of 9 meetings")
        let hits = rows(filtered).filter { $0.hasPrefix("│") && $0.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil }
        XCTAssertEqual(hits.count, 4, filtered)
        XCTAssertTrue(hits.allSatisfy { $0.contains("Kenji Sato") }, filtered)
        s.send("Escape")
        s.waitFor(text: "Meetings · newest first")
    }

    func testRecentSummariesGroupsAndEntriesWithoutALinkAt200Columns() throws {
        let s = try start(CLI.sampleVault, width: 200, height: 60)
        s.send("2")
        // The rows, not only the title, on a settled screen: under load the screen can be read
        // mid-repaint.
        let screen = s.waitForSettled("the Recent rows") { $0.contains("Recent · newest first") && $0.contains("Kestrel go-live retro") }
        let r = rows(screen)
        // Hannah's hallway chat has no note behind it: "note" in the title column, its text
        // with the summary; the summaries start in one column, the titles' width.
        let hallway = try XCTUnwrap(r.first { $0.contains("Hallway chat") })
        XCTAssertTrue(hallway.contains("Hannah Weiss      note   "), hallway)
        XCTAssertTrue(hallway.contains("Hallway chat after the board meeting — Hannah asked"), hallway)
        let retro = try XCTUnwrap(r.first { $0.contains("Ingrid Halvorsen") && $0.contains("Kestrel go-live retro") })
        let col: (String, String) -> Int? = { row, text in row.range(of: text).map { row.distance(from: row.startIndex, to: $0.lowerBound) } }
        XCTAssertEqual(col(hallway, "Hallway"), col(retro, "Go-live retro"), "\(hallway)\n\(retro)")
        XCTAssertLessThan(try XCTUnwrap(col(retro, "Go-live retro")), 60, "the title column is as wide as titles, not entries")
        // No summary repeats its row's day or title.
        for row in r where row.contains("Launch readiness review") {
            let after = row.components(separatedBy: "Launch readiness review").dropFirst().joined()
            XCTAssertFalse(after.contains("2026-11-04"), row)
        }
        // `m`: a day's rows under their meeting, its people beside it (the owner left out).
        s.send("m")
        let grouped = s.waitForSettled("grouped by meeting") { $0.contains("Recent · newest first · by meeting") }
        let g = rows(grouped)
        let header = try XCTUnwrap(g.firstIndex { $0.contains("Launch readiness review · Andre Okafor, Hannah Weiss") })
        XCTAssertFalse(g[header].contains("Mara Lindqvist"), g[header])
        XCTAssertTrue(g[header + 1].contains("│     Andre Okafor") && g[header + 1].contains("Go/no-go checklist"), g[header + 1])
        s.send("m")
        s.waitFor("ungrouped") { $0.contains("Recent · newest first ─") }
    }
}
