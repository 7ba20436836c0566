import Foundation
import XCTest

/// The CLI on `Tests/Fixtures/RealWorldVault` (its facts: `Tests/Fixtures/RealWorldVault.md`), and
/// which folder is the vault when none is named.
final class CLIRealWorldTests: XCTestCase {
    func kith(_ args: [String], config: String? = nil) throws -> CLIResult {
        var env: [String: String?] = [:]
        if let config {
            let xdg = NSTemporaryDirectory() + "kith-e2e-rw-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: xdg + "/kith", withIntermediateDirectories: true)
            try config.write(toFile: xdg + "/kith/config.toml", atomically: true, encoding: .utf8)
            env["XDG_CONFIG_HOME"] = xdg
        }
        return try CLI.run(args + ["--vault", CLI.realWorldVault], environment: env)
    }

    func testPeopleLastContactFromEverySource() throws {
        let r = try kith(["people", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let people = try r.objects()
        XCTAssertEqual(people.compactMap { $0.str("name") },
                       ["Kenji Sato", "Émile Dubois", "Ana Lima", "Priya Nair", "Samuel Okoye", "Björn Åkesson", "王芳", "Never Met"])
        XCTAssertEqual(people.map { $0.str("last_contact") ?? "-" },
                       ["2026-11-24", "2026-11-23", "2026-11-20", "2026-11-18", "2026-11-18", "2026-11-10", "2026-11-10", "-"])
        XCTAssertEqual(people.map { $0.str("last_contact_source") ?? "-" },
                       ["interaction", "interaction", "interaction", "interaction", "interaction", "interaction", "interaction", "-"])
        XCTAssertEqual(people.compactMap { $0.int("interactions") }, [7, 3, 3, 2, 3, 2, 2, 0])
        XCTAssertTrue(people.last!.isNull("last_contact"))
        // The same day seen from before the daily note and the meeting: Ana's property was newest.
        let earlier = try kith(["people", "--today", "2026-11-17", "--json"]).objects()
        let ana = try XCTUnwrap(earlier.first { $0.str("name") == "Ana Lima" })
        XCTAssertEqual(ana.str("last_contact"), "2026-10-01")
        XCTAssertEqual(ana.str("last_contact_source"), "property")
        XCTAssertEqual(ana["last_contact_derived"] as? Bool, false)
        // Text: `*` marks a date from an interaction.
        let text = try kith(["people"]).stdout
        XCTAssertTrue(text.contains("Émile Dubois   2026-11-23*"), text)
        XCTAssertTrue(text.contains("Never Met      —"), text)
    }

    func testShowListsEveryOriginAndUpcoming() throws {
        let kenji = try kith(["show", "Kenji Sato", "--json"]).object()
        let interactions = kenji.objects("interactions")
        XCTAssertEqual(interactions.compactMap { $0.str("origin") }, ["meeting", "log", "daily", "log", "daily", "meeting", "log"])
        XCTAssertEqual(interactions.map { $0["upcoming"] as? Bool }, [true, false, false, false, false, false, false])
        XCTAssertEqual(interactions[2].str("summary"), "Coffee at the station Kenji Sato before his flight.")
        XCTAssertEqual(interactions[2].str("target"), "Journal/2026/11-November/2026-11-20-Friday.md")
        XCTAssertEqual(interactions[2].int("line"), 9)
        XCTAssertEqual(kenji.str("last_contact"), "2026-11-24")
        let emile = try kith(["show", "emile", "--json"]).object()
        XCTAssertEqual(emile.objects("interactions").compactMap { $0.str("origin") }, ["daily", "inline_field", "meeting"])
        // A meeting's people: the owner marked, and shown as "you" in text.
        let sync = try kith(["show", "Meetings/2026-11-18 Product sync.md", "--json"]).object()
        XCTAssertEqual(sync.str("kind"), "transcript")
        XCTAssertEqual(sync.objects("participants").compactMap { $0.str("name") },
                       ["Ana Lima", "Émile Dubois", "Samuel Okoye", "Priya Nair"])
        XCTAssertEqual(sync.objects("participants").map { $0["me"] as? Bool }, [false, false, false, true])
        let syncText = try kith(["show", "Meetings/2026-11-18 Product sync"]).stdout
        XCTAssertTrue(syncText.contains("Participants  Ana Lima, Émile Dubois, Samuel Okoye, you"), syncText)
        // The owner is in no one's co-attendees but has her own.
        let ana = try kith(["show", "Ana Lima", "--json"]).object()
        XCTAssertFalse(ana.objects("co_attendees").contains { $0.str("name") == "Priya Nair" })
        let priya = try kith(["show", "Priya Nair", "--json"]).object()
        XCTAssertEqual(priya.objects("co_attendees").compactMap { $0.str("name") },
                       ["Ana Lima", "Émile Dubois", "Kenji Sato", "Samuel Okoye"])
    }

    func testCheckStaleAndTimeline() throws {
        let check = try kith(["check", "--json"]).object()
        XCTAssertEqual(check.int("notes"), 28)
        XCTAssertEqual(check.int("people"), 8)
        XCTAssertEqual(check.int("transcripts"), 4)
        XCTAssertEqual(check.str("owner"), "People/Priya Nair.md")
        XCTAssertEqual(check.objects("last_contact_mismatches").compactMap { $0.str("path") },
                       ["People/Ana Lima.md", "People/Kenji Sato.md"])
        XCTAssertEqual(check["settings"] as? [String], [])
        XCTAssertEqual(try kith(["check", "--strict"]).status, 1, "behind last_contact is a problem for --strict")
        let stale = try kith(["stale", "--json"]).objects()
        XCTAssertEqual(stale.compactMap { $0.str("name") }, ["Never Met"], "the owner is never due")
        let timeline = try kith(["timeline", "--json"]).objects()
        XCTAssertEqual(timeline.count, 22)
        XCTAssertEqual(Set(timeline.compactMap { $0.str("origin") }), ["meeting", "daily", "log", "inline_field"])
        XCTAssertFalse(timeline.contains { $0.str("target") == "Clippings/Great article.md" })
    }

    func testConfigNamesTheOwnerAndTheDailyFolder() throws {
        let r = try kith(["check", "--json"], config: "me = \"Sam\"\n[daily_notes]\nfolder = \"Elsewhere\"\n")
        XCTAssertTrue(r.stderr.isEmpty, r.stderr)
        let check = try r.object()
        XCTAssertEqual(check.str("owner"), "People/Samuel Okoye.md")
        let timeline = try kith(["timeline", "--json"], config: "[daily_notes]\nfolder = \"Elsewhere\"\n").objects()
        XCTAssertEqual(timeline.filter { $0.str("origin") == "daily" }.count, 1, "only the bare-date note is left")
        let wrong = try kith(["check"], config: "me = \"Nobody\"\n")
        XCTAssertTrue(wrong.stdout.contains("me = \"Nobody\" names no person note"), wrong.stdout)
    }

    func testBrokenSettingsAreNamedNotFatal() throws {
        let root = NSTemporaryDirectory() + "kith-e2e-settings-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/.obsidian", withIntermediateDirectories: true)
        try "{oops".write(toFile: root + "/.obsidian/daily-notes.json", atomically: true, encoding: .utf8)
        try "met:: [[Ana]] hello\n".write(toFile: root + "/2024-02-03.md", atomically: true, encoding: .utf8)
        try "---\ntype: person\n---\n".write(toFile: root + "/Ana.md", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check"], directory: root)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains(".obsidian/daily-notes.json is not a JSON object"), r.stdout)
        let people = try CLI.run(["people", "--json"], directory: root).objects()
        XCTAssertEqual(people.first?.str("last_contact"), "2024-02-03")
    }

    func testTheVaultIsTheNearestFolderWithObsidianSettings() throws {
        let root = NSTemporaryDirectory() + "kith-e2e-find-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/.obsidian", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/People/Deep", withIntermediateDirectories: true)
        try "---\ntype: person\n---\n".write(toFile: root + "/People/Ana.md", atomically: true, encoding: .utf8)
        let deep = try CLI.run(["check", "--json"], directory: root + "/People/Deep")
        XCTAssertEqual(deep.status, 0, deep.stderr)
        XCTAssertEqual(try deep.object().str("vault").map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path },
                       URL(fileURLWithPath: root).resolvingSymlinksInPath().path)
        XCTAssertEqual(try deep.object().int("people"), 1)
        // Without .obsidian/ anywhere up, the current folder.
        let plain = NSTemporaryDirectory() + "kith-e2e-plain-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: plain) }
        try FileManager.default.createDirectory(atPath: plain, withIntermediateDirectories: true)
        XCTAssertEqual(try CLI.run(["check", "--json"], directory: plain).status, 0)
    }

    func testRootAndHomeWithoutObsidianAreRefused() throws {
        let home = NSTemporaryDirectory() + "kith-e2e-home-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/notes", withIntermediateDirectories: true)
        for (dir, env) in [("/", [String: String?]()), (home, ["HOME": home])] {
            let r = try CLI.run(["people"], environment: env, directory: dir)
            XCTAssertEqual(r.status, 2, "\(dir): \(r.stdout)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
            for word in ["--vault", "KITH_VAULT", "vault = "] { XCTAssertTrue(r.stderr.contains(word), r.stderr) }
            XCTAssertEqual(r.stdout, "")
        }
        // A folder below home is fine; KITH_VAULT names the vault anywhere.
        XCTAssertEqual(try CLI.run(["people"], environment: ["HOME": home], directory: home + "/notes").status, 0)
        XCTAssertEqual(try CLI.run(["people"], environment: ["KITH_VAULT": CLI.realWorldVault], directory: "/").status, 0)
        // `/` named on purpose (flag, environment, however spelled) is the whole disk too:
        // one line at once, not a walk of every mounted file system.
        for (args, env) in [(["people", "--vault", "/"], [String: String?]()), (["check", "--vault", "/tmp/.."], [:]),
                            (["people"], ["KITH_VAULT": "//"])] {
            let r = try CLI.run(args, environment: env, directory: home)
            XCTAssertEqual(r.status, 2, "\(args) \(env): \(r.stdout.prefix(200))")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
            XCTAssertTrue(r.stderr.hasPrefix("kith: no vault: / has no .obsidian/"), r.stderr)
            XCTAssertEqual(r.stdout, "")
        }
        // The browser says the same before taking over the screen.
        let browse = try CLI.run([], environment: ["HOME": home], directory: home)
        XCTAssertEqual(browse.status, 2)
        XCTAssertTrue(browse.stderr.contains("KITH_VAULT"), browse.stderr)
    }
}
