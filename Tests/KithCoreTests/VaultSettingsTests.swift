import Foundation
import XCTest
@testable import KithCore

/// `.obsidian/` settings: daily-note names in moment.js formats, templates, excluded files, and
/// what a missing or broken settings file gives (the defaults, and a line for `kith check`).
final class VaultSettingsTests: XCTestCase {
    func testMomentFormatsReadNamesBack() {
        func date(_ format: String, _ name: String) -> String? { MomentFormat(format).date(of: name)?.description }
        XCTAssertEqual(date("YYYY-MM-DD", "2022-01-16"), "2022-01-16")
        XCTAssertEqual(date("YYYY/MM-MMMM/YYYY-MM-DD-dddd", "2022/01-January/2022-01-16-Sunday"), "2022-01-16")
        XCTAssertEqual(date("MMMM Do, YYYY, dddd", "April 21st, 2022, Thursday"), "2022-04-21")
        XCTAssertEqual(date("MMMM Do, YYYY", "March 2nd, 2024"), "2024-03-02")
        XCTAssertEqual(date("DD.MM.YY", "05.11.24"), "2024-11-05")
        XCTAssertEqual(date("D MMM YYYY", "5 nov 2024"), "2024-11-05", "names ignore case")
        XCTAssertEqual(date("[Daily] YYYY-MM-DD", "Daily 2024-02-29"), "2024-02-29")
        XCTAssertEqual(date("YYYY-MM-DD ddd", "2024-02-29 Thu"), "2024-02-29")
        XCTAssertEqual(date("YYYYMMDD", "20240229"), "2024-02-29")
        XCTAssertEqual(date("YYYY-[W]ww-DDDD", "2024-W09-060"), "2024-02-29", "day of the year")
        // Not a day, or not this format.
        XCTAssertNil(date("YYYY-MM-DD", "2023-02-29"))
        XCTAssertNil(date("YYYY-MM-DD", "2024-13-01"))
        XCTAssertNil(date("YYYY-MM-DD", "Meeting notes"))
        XCTAssertNil(date("MMMM Do, YYYY", "Smarch 2nd, 2024"))
        XCTAssertNil(date("YYYY-MM-DD", "2024-01-01 extra"))
        XCTAssertNil(date("YYYY-MM", "2024-01"), "no day")
        // Parts that disagree (the year twice) are not a date.
        XCTAssertNil(date("YYYY/YYYY-MM-DD", "2023/2024-01-01"))
    }

    func testDailyNoteDatesByFolderFormatBareNameAndAlias() {
        let s = VaultSettings(dailyFolder: "Journal/", dailyFormat: "YYYY/MM-MMMM/YYYY-MM-DD-dddd")
        XCTAssertEqual(s.dailyFolder, "Journal")
        XCTAssertEqual(s.dailyDate(path: "Journal/2022/01-January/2022-01-16-Sunday.md", aliases: [])?.description, "2022-01-16")
        XCTAssertEqual(s.dailyDate(path: "Elsewhere/2022-01-16.md", aliases: [])?.description, "2022-01-16", "a bare date anywhere")
        XCTAssertNil(s.dailyDate(path: "Elsewhere/2022/01-January/2022-01-16-Sunday.md", aliases: []), "the format, outside the folder")
        XCTAssertEqual(s.dailyDate(path: "Journal/Someday.md", aliases: ["x", "2022-03-04"])?.description, "2022-03-04")
        XCTAssertNil(s.dailyDate(path: "Notes/Someday.md", aliases: ["2022-03-04"]), "an alias date outside the daily folder")
        XCTAssertNil(s.dailyDate(path: "Journal/2022-01-16 - Team sync.md", aliases: []), "a leading date is not a bare one")
        // Default settings: the root, YYYY-MM-DD.
        XCTAssertEqual(VaultSettings().dailyDate(path: "2024-05-06.md", aliases: [])?.description, "2024-05-06")
        let spelled = VaultSettings(dailyFormat: "MMMM Do, YYYY, dddd")
        XCTAssertEqual(spelled.dailyDate(path: "April 21st, 2022, Thursday.md", aliases: [])?.description, "2022-04-21")
    }

    func testTemplatesAndExcludedFiles() {
        var problems: [String] = []
        let s = VaultSettings(templateFolders: ["/Templates/", "Extras/Templater"], excluded: ["Archive/", "/\\.excalidraw\\.md$/", "/[/"])
        XCTAssertTrue(s.isTemplate("Templates/Person.md"))
        XCTAssertTrue(s.isTemplate("Extras/Templater/Sub/x.md"))
        XCTAssertFalse(s.isTemplate("Templates.md"))
        XCTAssertFalse(s.isTemplate("TemplatesOld/x.md"))
        XCTAssertTrue(s.excluded.excludes("Archive/x.md"))
        XCTAssertTrue(s.excluded.excludes("Drawings/plan.excalidraw.md"))
        XCTAssertFalse(s.excluded.excludes("Archived.md"))
        XCTAssertEqual(s.problems.count, 1, "the invalid regex is named")
        XCTAssertTrue(s.problems[0].contains("/[/"))
        _ = ExcludedFiles(["Notes"], problems: &problems)
        XCTAssertEqual(problems, [])
    }

    func testSettingsFilesMissingMalformedOrFromPlugins() throws {
        let root = NSTemporaryDirectory() + "kith-settings-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        func write(_ rel: String, _ text: String) throws {
            let url = URL(fileURLWithPath: root + "/" + rel)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        XCTAssertEqual(VaultSettings.read(vault: root), VaultSettings(), "no .obsidian/: the defaults")
        try write(".obsidian/daily-notes.json", "{ not json")
        try write(".obsidian/app.json", "{\"userIgnoreFilters\": \"Archive/\"}")
        try write(".obsidian/templates.json", "[1, 2]")
        let broken = VaultSettings.read(vault: root)
        XCTAssertEqual(broken.dailyFolder, "")
        XCTAssertEqual(broken.dailyFormat.pattern, "YYYY-MM-DD")
        XCTAssertEqual(broken.problems.count, 3)
        XCTAssertTrue(broken.problems.allSatisfy { $0.hasPrefix(".obsidian/") })
        // The Periodic Notes plugin's daily settings, when enabled, win over the core plugin's.
        try write(".obsidian/daily-notes.json", "{\"folder\": \"Daily\", \"format\": \"YYYY-MM-DD\"}")
        try write(".obsidian/plugins/periodic-notes/data.json",
                  "{\"daily\": {\"enabled\": true, \"folder\": \"Periodic/Days\", \"format\": \"DD-MM-YYYY\"}}")
        let periodic = VaultSettings.read(vault: root)
        XCTAssertEqual(periodic.dailyFolder, "Periodic/Days")
        XCTAssertEqual(periodic.dailyFormat.pattern, "DD-MM-YYYY")
        // The config's overrides win over both.
        let overridden = VaultSettings.read(vault: root, overrides: .init(owner: " Me ", dailyFolder: "/Log/", dailyFormat: "YYYYMMDD"))
        XCTAssertEqual([overridden.dailyFolder, overridden.dailyFormat.pattern, overridden.owner], ["Log", "YYYYMMDD", "Me"])
        // A vault with broken settings still loads, and says so.
        try write("2024-01-02.md", "met:: [[Ana]]\n")
        try write("Ana.md", "---\ntype: person\n---\n")
        let index = try VaultLoader.load(root: root)
        XCTAssertEqual(index.report.settings.count, 2)
        XCTAssertEqual(index.interactions(of: "Ana.md").map(\.origin), [.daily])
    }

    func testFolderNotes() {
        XCTAssertTrue(FolderNote.matches(path: "People/🗂️ People.md", stem: "🗂️ People"))
        XCTAssertTrue(FolderNote.matches(path: "Work/Meetings/_Meetings.md", stem: "_Meetings"))
        XCTAssertTrue(FolderNote.matches(path: "Équipe/equipe.md", stem: "equipe"), "accents and case ignored")
        XCTAssertTrue(FolderNote.matches(path: "Equipe/📁 Équipe.md", stem: "📁 Équipe"))
        XCTAssertTrue(FolderNote.matches(path: "Strasse/Straße.md", stem: "Straße"))
        XCTAssertFalse(FolderNote.matches(path: "People/Zoë Müller.md", stem: "Zoë Müller"))
        XCTAssertTrue(FolderNote.matches(path: "人/人.md", stem: "人"))
        XCTAssertFalse(FolderNote.matches(path: "People/People Index.md", stem: "People Index"))
        XCTAssertFalse(FolderNote.matches(path: "People.md", stem: "People"), "no folder")
        XCTAssertFalse(FolderNote.matches(path: "🗂️/🗂️.md", stem: "🗂️"), "nothing left to compare")
        // The ASCII fast path agrees with the general comparison.
        let pieces = ["", " ", "-", "_", "People", "people", "Peo", "ple", "2025", "A b", "a  b", "ab", "(x)", "x"]
        for a in pieces { for b in pieces { for c in pieces { for d in pieces {
            let folder = Substring(a + b), stem = Substring(c + d)
            let general = !FolderNote.bare(folder).isEmpty && FolderNote.bare(folder) == FolderNote.bare(stem)
            XCTAssertEqual(FolderNote.asciiBareEqual(folder.utf8, stem.utf8), general, "\(folder) / \(stem)")
        } } } }
    }

    func testMeetingRuleAndFolderNotesThatSayTheirType() {
        let c = NoteClassifier.standard
        XCTAssertEqual(c.classify(path: "x.md", type: "meeting", tags: [], categories: []).meeting, true)
        XCTAssertEqual(c.classify(path: "x.md", type: nil, tags: ["Meetings"], categories: []).kind, .transcript)
        XCTAssertEqual(c.classify(path: "x.md", type: nil, tags: [], categories: ["[[Meetings]]"]).meeting, true)
        XCTAssertEqual(c.classify(path: "Work/Meetings/x.md", type: nil, tags: [], categories: []).meeting, true)
        XCTAssertEqual(c.classify(path: "Sources/Transcripts/x.md", type: nil, tags: [], categories: []).meeting, false)
        // A folder note that says `type: person` is a person (per-person folders).
        let index = VaultIndex(root: "/v", parsed: [
            parseNote("---\ntype: person\n---\n", path: "People/Ana Lima/Ana Lima.md"),
            parseNote("---\ntags: [people]\n---\n", path: "People/People.md"),
        ])
        XCTAssertEqual(index.people.map(\.path), ["People/Ana Lima/Ana Lima.md"])
        // `categories: [[Meetings]]` and `people: [[Ana Lima]]` without quotes are lists in lists
        // in YAML (Obsidian shows no link): still a meeting, still Ana by name.
        let unquoted = VaultIndex(root: "/v", parsed: [
            parseNote("---\ntype: person\n---\n", path: "People/Ana Lima.md"),
            parseNote("---\ncategories: [[Meetings]]\ndate: 2024-05-06\npeople: [[Ana Lima]]\n---\n", path: "Sync.md"),
        ])
        XCTAssertEqual(unquoted.note("Sync.md")?.contactSource, .meeting)
        XCTAssertEqual(unquoted.interactions(of: "People/Ana Lima.md").map { "\($0.date!) \($0.origin)" }, ["2024-05-06 meeting"])
    }
}
