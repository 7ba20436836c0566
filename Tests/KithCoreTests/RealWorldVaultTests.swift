import XCTest
@testable import KithCore

/// The index over `Tests/Fixtures/RealWorldVault`, checked against `Tests/Fixtures/RealWorldVault.md`:
/// contacts as people keep them without Recent Context (daily notes, meeting properties, inline
/// fields, own logs), `.obsidian/` settings, templates, folder notes, excluded files, the owner.
final class RealWorldVaultTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/RealWorldVault").path
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!
    nonisolated(unsafe) static var cached: VaultIndex?

    var index: VaultIndex {
        get throws {
            if let i = Self.cached { return i }
            let i = try VaultLoader.load(root: Self.root)
            Self.cached = i
            return i
        }
    }

    func day(_ s: String) -> CalendarDate { CalendarDate(parsing: s)! }

    func testSettingsAreReadFromObsidianFolder() throws {
        let s = try index.settings
        XCTAssertEqual(s.dailyFolder, "Journal")
        XCTAssertEqual(s.dailyFormat.pattern, "YYYY/MM-MMMM/YYYY-MM-DD-dddd")
        XCTAssertEqual(s.templateFolders, ["Templates", "Extras/Templater"])
        XCTAssertEqual(s.excluded.filters, ["Archive/", "/secret/"])
        XCTAssertEqual(try index.report.settings, [])
    }

    func testKindsTemplatesFolderNotesAndExcludedFiles() throws {
        let i = try index
        XCTAssertEqual(i.notes.count, 28)
        XCTAssertEqual([i.count(.person), i.count(.transcript), i.count(.project), i.count(.organization), i.count(.note)],
                       [8, 4, 1, 1, 14])
        XCTAssertEqual(i.people.map(\.name).sorted(), ["Ana Lima", "Björn Åkesson", "Kenji Sato", "Never Met", "Priya Nair",
                                                      "Samuel Okoye", "Émile Dubois", "王芳"].sorted())
        for (path, why) in [("People/🗂️ People.md", "folder note"), ("Templates/Person.md", "template"),
                            ("Extras/Templater/Contact.md", "Templater template"), ("Meetings/Meetings.md", "folder note"),
                            ("Templates/Meeting.md", "template")] {
            let n = try XCTUnwrap(i.note(path), path)
            XCTAssertEqual(n.kind, .note, "\(path): \(why)")
            XCTAssertEqual(n.contactSource, .none, path)
        }
        XCTAssertTrue(try XCTUnwrap(i.note("People/🗂️ People.md")).isFolderNote)
        XCTAssertTrue(try XCTUnwrap(i.note("Extras/Templater/Contact.md")).isTemplate)
        // Excluded files are not notes, link targets or anything else.
        XCTAssertNil(i.note("Archive/Old Friend.md"))
        XCTAssertNil(i.note("Private/my secret diary.md"))
        XCTAssertNil(i.resolve("Old Friend", from: "Notes/x.md"))
        XCTAssertFalse(i.notes.contains { $0.path.hasPrefix("Archive/") || $0.path.hasPrefix(".obsidian") })
    }

    func testDailyNotesAndMeetingsAreRecognised() throws {
        let i = try index
        let daily = i.notes.filter { $0.contactSource == .daily }.map { "\($0.path) \($0.date!)" }
        XCTAssertEqual(daily, [
            "Journal/2026/10-October/2026-10-05-Monday.md 2026-10-05",
            "Journal/2026/11-November/2026-11-20-Friday.md 2026-11-20",
            "Journal/2026/11-November/2026-11-23-Monday.md 2026-11-23",
            "Journal/Someday.md 2026-09-14",
            "Notes/2026-08-30.md 2026-08-30",
        ])
        let meetings = i.notes.filter { $0.contactSource == .meeting }.map { "\($0.path) \($0.date!)" }
        XCTAssertEqual(meetings, [
            "Calendar/2026-12-02 Roadmap review.md 2026-12-02", "Meetings/2026-11-18 Product sync.md 2026-11-18",
            "Notes/Coffee chat.md 2026-07-01", "Notes/Quarterly planning.md 2026-11-10",
        ])
        XCTAssertTrue(i.notes.allSatisfy { $0.contactSource != .meeting || $0.kind == .transcript })
    }

    func testLastContactIsNewestOfPropertyAndPastInteractions() throws {
        let i = try index
        let expected: [(String, String?, LastContact.Source?)] = [
            ("People/Kenji Sato.md", "2026-11-24", .interaction), ("People/Émile Dubois.md", "2026-11-23", .interaction),
            ("People/Ana Lima.md", "2026-11-20", .interaction), ("People/Priya Nair.md", "2026-11-18", .interaction),
            ("People/Samuel Okoye.md", "2026-11-18", .interaction), ("People/Björn Åkesson.md", "2026-11-10", .interaction),
            ("People/王芳.md", "2026-11-10", .interaction), ("People/Never Met.md", nil, nil),
        ]
        for (path, date, source) in expected {
            let lc = i.lastContact(of: path, today: Self.today)
            XCTAssertEqual(lc?.date.description, date, path)
            XCTAssertEqual(lc?.source, source, path)
        }
        XCTAssertEqual(i.people(sortedBy: .recent, policy: ContactPolicy(), today: Self.today).map(\.path),
                       expected.map(\.0))
        XCTAssertEqual(i.lastContactMismatches(today: Self.today).map { "\($0.path) \($0.lastContact) \($0.newestInteraction)" },
                       ["People/Ana Lima.md 2026-10-01 2026-11-20", "People/Kenji Sato.md 2026-09-09 2026-11-24"])
        // Before the daily note and the meeting, Ana's property was the newest.
        XCTAssertEqual(i.lastContact(of: "People/Ana Lima.md", today: day("2026-11-17")),
                       LastContact(date: day("2026-10-01"), source: .property))
        XCTAssertEqual(i.duePeople(policy: ContactPolicy(), today: Self.today).map(\.name), ["Never Met"])
    }

    func testEveryInteractionWithOriginLineAndSummary() throws {
        let i = try index
        func list(_ p: String) -> [String] {
            i.interactions(of: p).map { "\($0.date!) \($0.origin) \($0.target ?? "-"):\($0.line) \($0.summary ?? "-")" }
        }
        XCTAssertEqual(list("People/Kenji Sato.md"), [
            "2026-12-02 meeting Calendar/2026-12-02 Roadmap review.md:5 Q1 roadmap with Priya Nair.",
            "2026-11-24 log -:12 -",
            "2026-11-20 daily Journal/2026/11-November/2026-11-20-Friday.md:9 Coffee at the station Kenji Sato before his flight.",
            "2026-09-09 log -:11 -",
            "2026-08-30 daily Notes/2026-08-30.md:3 Dinner with Kenji Sato and his sister.",
            "2026-07-01 meeting Notes/Coffee chat.md:4 Talked about climbing gyms.",
            "2026-06-01 log -:14 -",
        ])
        XCTAssertEqual(i.interactions(of: "People/Kenji Sato.md").filter { $0.origin == .log }.map(\.label),
                       ["Phone call about the trip.", "Climbing at the gym; he is training for a competition.",
                        "Met at the conference in Osaka."])
        XCTAssertEqual(list("People/Émile Dubois.md"), [
            "2026-11-23 daily Journal/2026/11-November/2026-11-23-Monday.md:3 Lunch with Émile at the canteen — he is moving to Lyon.",
            "2026-11-19 inlineField Projects/Launch.md:10 Émile Dubois the copy.",
            "2026-11-18 meeting Meetings/2026-11-18 Product sync.md:5 Agreed to ship the onboarding flow in December.",
        ])
        XCTAssertEqual(list("People/Ana Lima.md"), [
            "2026-12-02 meeting Calendar/2026-12-02 Roadmap review.md:5 Q1 roadmap with Priya Nair.",
            "2026-11-20 daily Journal/2026/11-November/2026-11-20-Friday.md:8 on my way home. Had a nice chat.",
            "2026-11-18 meeting Meetings/2026-11-18 Product sync.md:4 Agreed to ship the onboarding flow in December.",
        ])
        XCTAssertEqual(list("People/Priya Nair.md"), [
            "2026-12-02 meeting Calendar/2026-12-02 Roadmap review.md:10 Q1 roadmap with Priya Nair.",
            "2026-11-18 meeting Meetings/2026-11-18 Product sync.md:7 Agreed to ship the onboarding flow in December.",
        ])
        XCTAssertEqual(list("People/Samuel Okoye.md"), [
            "2026-11-18 meeting Meetings/2026-11-18 Product sync.md:6 Agreed to ship the onboarding flow in December.",
            "2026-11-10 meeting Notes/Quarterly planning.md:5 Quarterly planning: budget split and two hires.",
            "2026-07-01 meeting Notes/Coffee chat.md:4 Talked about climbing gyms.",
        ])
        XCTAssertEqual(list("People/Björn Åkesson.md"), [
            "2026-11-10 meeting Notes/Quarterly planning.md:4 Quarterly planning: budget split and two hires.",
            "2026-09-14 daily Journal/Someday.md:6 Hiked with Björn Åkesson above the lake.",
        ])
        XCTAssertEqual(list("People/王芳.md"), [
            "2026-11-10 meeting Notes/Quarterly planning.md:4 Quarterly planning: budget split and two hires.",
            "2026-10-05 daily Journal/2026/10-October/2026-10-05-Monday.md:1 在上海见面，聊了新项目。",
        ])
        XCTAssertEqual(list("People/Never Met.md"), [])
        var byOrigin: [Interaction.Origin: Int] = [:]
        for x in i.timeline { byOrigin[x.origin, default: 0] += 1 }
        XCTAssertEqual(byOrigin, [.meeting: 12, .daily: 6, .log: 3, .inlineField: 1])
    }

    func testClippingsTemplatesOpenTasksAndUndatedFieldsAreNotContacts() throws {
        let i = try index
        let sources = Set(i.timeline.compactMap(\.target))
        for path in ["Clippings/Great article.md", "Templates/Daily.md", "Templates/Meeting.md", "Templates/Person.md",
                     "Meetings/Meetings.md"] {
            XCTAssertFalse(sources.contains(path), path)
        }
        XCTAssertFalse(i.interactions(of: "People/Samuel Okoye.md").contains { $0.target == "Clippings/Great article.md" })
        XCTAssertFalse(i.interactions(of: "People/Kenji Sato.md").contains { $0.target == "Meetings/2026-11-18 Product sync.md" },
                       "an open task in a meeting")
        XCTAssertFalse(i.interactions(of: "People/Ana Lima.md").contains { $0.target == "Projects/Launch.md" },
                       "an undated inline field")
        // The clipping still links him: a backlink, not an interaction.
        XCTAssertTrue(i.backlinks(to: "People/Samuel Okoye.md").contains { $0.source == "Clippings/Great article.md" })
    }

    func testUpcomingInteractions() throws {
        let i = try index
        XCTAssertEqual(i.upcoming(after: Self.today).map { "\($0.date!) \($0.person)" }, [
            "2026-12-02 People/Ana Lima.md", "2026-12-02 People/Kenji Sato.md", "2026-12-02 People/Priya Nair.md",
        ])
        XCTAssertEqual(i.upcoming(of: "People/Kenji Sato.md", after: Self.today).map(\.target),
                       ["Calendar/2026-12-02 Roadmap review.md"])
        XCTAssertEqual(i.upcoming(after: day("2026-12-02")), [])
        // Seen from earlier, more is upcoming, soonest first.
        XCTAssertEqual(i.upcoming(after: day("2026-11-19")).map { $0.date!.description }.first, "2026-11-20")
    }

    func testOwnerIsLeftOutOfOthersButHasHerOwnCard() throws {
        let i = try index
        XCTAssertEqual(i.owner, "People/Priya Nair.md")
        let sync = "Meetings/2026-11-18 Product sync.md"
        XCTAssertEqual(i.participants(of: sync), ["People/Ana Lima.md", "People/Émile Dubois.md", "People/Samuel Okoye.md"])
        XCTAssertEqual(i.participants(of: sync, includingOwner: true).last, "People/Priya Nair.md")
        XCTAssertTrue(i.ownerAttends(sync))
        XCTAssertFalse(i.ownerAttends("Notes/Coffee chat.md"))
        XCTAssertEqual(i.participants(of: "Notes/Quarterly planning.md"),
                       ["People/Björn Åkesson.md", "People/王芳.md", "People/Samuel Okoye.md"])
        func co(_ p: String) -> [String] { i.coAttendees(of: p).map { "\($0.name) \($0.shared)" } }
        XCTAssertEqual(co("People/Ana Lima.md"), ["Émile Dubois 1", "Kenji Sato 1", "Samuel Okoye 1"])
        XCTAssertEqual(co("People/Samuel Okoye.md"), ["Ana Lima 1", "Björn Åkesson 1", "Émile Dubois 1", "Kenji Sato 1", "王芳 1"])
        XCTAssertEqual(co("People/Priya Nair.md"), ["Ana Lima 2", "Émile Dubois 1", "Kenji Sato 1", "Samuel Okoye 1"])
        XCTAssertFalse(i.isDue("People/Priya Nair.md", policy: ContactPolicy(override: 0), today: Self.today))
    }

    func testConfigNamesAnotherOwnerAndOverridesTheDailyFolder() throws {
        let i = try VaultLoader.load(root: Self.root, overrides: .init(owner: "sam", dailyFolder: "Nowhere"))
        XCTAssertEqual(i.owner, "People/Samuel Okoye.md", "an alias, any case")
        // Only bare-date names are daily notes now.
        XCTAssertEqual(i.notes.filter { $0.contactSource == .daily }.map(\.path), ["Notes/2026-08-30.md"])
        let missing = try VaultLoader.load(root: Self.root, overrides: .init(owner: "Nobody Here"))
        XCTAssertEqual(missing.owner, "People/Priya Nair.md", "falls back to `me: true`")
        XCTAssertEqual(missing.report.settings.count, 1)
        XCTAssertTrue(missing.report.settings[0].contains("Nobody Here"))
    }

    func testIncrementalUpdatesOfTheRealWorldVaultEqualAFreshLoad() throws {
        let copy = NSTemporaryDirectory() + "kith-rw-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: Self.root, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        var index = try VaultLoader.load(root: copy)
        func edit(_ rel: String, _ text: String, fast: Bool) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: copy + "/" + rel))
            let (next, summary) = index.updated(changing: [rel])
            XCTAssertEqual(summary.patchedInPlace, fast, rel)
            index = next
            XCTAssertEqual(IndexDump.dump(index, today: Self.today), IndexDump.dump(try VaultLoader.load(root: copy), today: Self.today), rel)
        }
        try edit("Journal/2026/11-November/2026-11-20-Friday.md", "met:: [[Never Met]] at last.\n", fast: true)
        try edit("Meetings/2026-11-18 Product sync.md", "---\ndate: 2026-11-19\nattendees: [王芳, Wang Fang, Priya Nair]\n---\n", fast: true)
        try edit("People/Kenji Sato.md", "---\ntype: person\n---\n## 2026-11-25\n\nTea.\n", fast: true)
        try edit("People/Priya Nair.md", "---\ntype: person\n---\n", fast: false)  // no longer the owner
        XCTAssertNil(index.owner)
        try edit("Private/secret.md", "met:: [[Ana Lima]]\n", fast: false)
        XCTAssertNil(index.note("Private/secret.md"))
    }
}
