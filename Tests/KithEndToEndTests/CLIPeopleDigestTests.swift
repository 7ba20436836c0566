import Foundation
import XCTest

/// `kith people` and `kith stale` print byte for byte the same whether the vault is indexed
/// afresh (`--no-cache`), loaded while the snapshot is written, or answered from the snapshot's
/// people digest alone, for every sort, filter and format, on two different days, with and
/// without a cadence config; an edited, added, removed or renamed note is seen at once.
final class CLIPeopleDigestTests: XCTestCase {
    private var cacheHome = ""
    private var configHome = ""

    override func setUpWithError() throws {
        let base = NSTemporaryDirectory() + "kith-digest-test-\(UUID().uuidString)"
        cacheHome = base + "/cache"
        configHome = base + "/config"
        try FileManager.default.createDirectory(atPath: cacheHome, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: configHome + "/kith", withIntermediateDirectories: true)
        try "stale_days = 45\n\n[cadence]\nfernwood = \"2w\"\nteam = \"3m\"\n"
            .write(toFile: configHome + "/kith/config.toml", atomically: true, encoding: .utf8)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: (cacheHome as NSString).deletingLastPathComponent) }

    private static let commands: [[String]] = [
        ["people", "--json"], ["people"], ["people", "--sort", "name", "--json"], ["people", "--sort", "stale", "--json"],
        ["people", "--sort", "stale"], ["people", "--sort", "name"], ["people", "--tag", "team", "--json"],
        ["people", "--tag", "#Type/People/", "--sort", "stale"], ["stale", "--json"], ["stale"],
        ["stale", "--days", "30", "--json"], ["stale", "--days", "0"],
    ]
    private static let days = ["2026-11-25", "2025-02-14"]

    /// One of each kind, for the tests that run them many times.
    private static let fewer: [[String]] = [["people", "--json"], ["people"], ["stale", "--json"], ["stale"]]

    private func outputs(_ vault: String, config: Bool, cache: Bool = true, commands: [[String]] = commands) throws -> [String] {
        var out: [String] = []
        for day in Self.days {
            for args in commands {
                let r = try CLI.run(args + ["--vault", vault, "--today", day] + (cache ? [] : ["--no-cache"]),
                                    environment: ["XDG_CACHE_HOME": cacheHome,
                                                  "XDG_CONFIG_HOME": config ? configHome : CLI.emptyConfigHome])
                XCTAssertEqual(r.status, 0, "\(args) \(day): \(r.stderr)")
                XCTAssertEqual(r.stderr, "", "\(args) \(day)")
                out.append("\(args) \(day)\n" + r.stdout)
            }
        }
        return out
    }

    private func snapshotFile() throws -> String {
        let folder = cacheHome + "/kith"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".snapshot") }
        XCTAssertEqual(names.count, 1, "\(names)")
        return folder + "/" + (try XCTUnwrap(names.first))
    }

    func testEveryListingIsTheSameFromTheDigestAsFromAFreshIndex() throws {
        for fixture in ["SampleVault", "RealWorldVault", "SeedVault"] {
            let vault = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/" + fixture).path
            for config in fixture == "SampleVault" ? [false, true] : [true] {
                try? FileManager.default.removeItem(atPath: cacheHome + "/kith")
                let fresh = try outputs(vault, config: config, cache: false)
                XCTAssertFalse(FileManager.default.fileExists(atPath: cacheHome + "/kith"), "--no-cache writes nothing")
                XCTAssertEqual(try outputs(vault, config: config), fresh, "\(fixture): first run, writing the snapshot")
                // Damage a byte of the notes' part: only a whole load reads it (and would then
                // rewrite the snapshot), so an unchanged file afterwards shows the digest answered.
                let file = try snapshotFile()
                var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
                bytes[41] ^= 0xFF
                try bytes.write(to: URL(fileURLWithPath: file))
                XCTAssertEqual(try outputs(vault, config: config), fresh, "\(fixture): from the digest (config \(config))")
                XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), bytes,
                               "\(fixture): the digest answered; the notes' part was never read")
            }
        }
    }

    /// Waits until the files just copied are older than a scan's racy window (two seconds):
    /// their change times are the kernel's, so only waiting ages them.
    private func waitPastTheRacyWindow() {
        let deadline = Deadline(seconds: 2.5)
        while !deadline.passed { usleep(100_000) }
    }

    func testEditsAddsRemovesAndRenamesAreSeenAtOnce() throws {
        let copy = NSTemporaryDirectory() + "kith-digest-vault-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: CLI.sampleVaultPath, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        XCTAssertEqual(try outputs(copy, config: true, commands: Self.fewer),
                       try outputs(copy, config: true, cache: false, commands: Self.fewer))
        // Once the copy is older than the racy window, a run brings the snapshot up to date
        // and the next ones answer from the digest: the edits below start from there.
        waitPastTheRacyWindow()
        _ = try outputs(copy, config: true, commands: [["people", "--json"]])
        let file = try snapshotFile()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        bytes[41] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: file))
        _ = try outputs(copy, config: true, commands: [["people", "--json"]])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), bytes, "served from the digest before the edits")
        let person = copy + "/People/Andre Okafor.md"
        let text = try String(contentsOfFile: person, encoding: .utf8)
        let edits: [(String, () throws -> Void)] = [
            ("edit", {
                try text.replacingOccurrences(of: "## Recent Context\n\n",
                                              with: "## Recent Context\n\n- 2026-11-20: [[Zoë Ñúñez]] — planned the offsite\n")
                    .write(toFile: person, atomically: false, encoding: .utf8)
            }),
            ("add", {
                try "---\ntags: [type/people, fernwood]\nlast_contact: 2026-01-02\nrole: Tester\n---\n# Nia Test\n"
                    .write(toFile: copy + "/People/Nia Test.md", atomically: true, encoding: .utf8)
            }),
            ("remove", { try FileManager.default.removeItem(atPath: copy + "/People/Zoë Ñúñez.md") }),
            ("rename", { try FileManager.default.moveItem(atPath: copy + "/People/Nia Test.md", toPath: copy + "/People/Nia Renamed.md") }),
        ]
        var previous = try outputs(copy, config: true, commands: Self.fewer)
        for (what, edit) in edits {
            try edit()
            let warm = try outputs(copy, config: true, commands: Self.fewer)
            XCTAssertEqual(warm, try outputs(copy, config: true, cache: false, commands: Self.fewer), what)
            XCTAssertNotEqual(warm, previous, "\(what) shows")
            previous = warm
        }
        XCTAssertTrue(previous.joined().contains("Nia Renamed"))
        XCTAssertFalse(previous.joined().contains("Zoë Ñúñez"))
    }
}
