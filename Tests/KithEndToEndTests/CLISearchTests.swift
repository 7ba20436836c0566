import Foundation
import XCTest

/// `kith search`: fuzzy people search, full text, and the fzf-style stdin filter.
final class CLISearchTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(CLI.searchWired, "kith search is still a placeholder (waiting for the search module)")
    }

    func testAccentFreeQueryFindsZoe() throws {
        let r = try CLI.sample(["search", "zoe nunez", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let hits = try r.objects()
        let best = try XCTUnwrap(hits.first)
        XCTAssertEqual(best.str("name"), "Zoë Ñúñez")
        XCTAssertEqual(best.str("path"), "People/Zoë Ñúñez.md")
        XCTAssertGreaterThan(best.int("score") ?? 0, 0)
        // Grapheme indices into the name: Z o ë, N ú ñ e z (4 is Ñ).
        XCTAssertEqual(best["positions"] as? [Int], [0, 1, 2, 4, 5, 6, 7, 8])
        for h in hits { XCTAssertTrue(["name", "path", "score", "positions"].allSatisfy { h[$0] != nil }) }
        // Several words work without quotes too.
        XCTAssertEqual(try CLI.sample(["search", "zoe", "nunez", "--json"]).stdout, r.stdout)
    }

    func testJoseAndAliases() throws {
        let hits = try CLI.sample(["search", "jose", "--json"]).objects()
        let best = try XCTUnwrap(hits.first)
        XCTAssertEqual(best.str("name"), "José García")
        XCTAssertEqual(best["positions"] as? [Int], [0, 1, 2, 3])
        XCTAssertEqual(try CLI.sample(["search", "sato-san", "--json"]).objects().first?.str("name"), "佐藤花子")
    }

    func testBestFirstLimitAndKinds() throws {
        let hits = try CLI.sample(["search", "fernwood", "--json"]).objects()
        XCTAssertGreaterThan(hits.count, 2)
        let scores = hits.compactMap { $0.int("score") }
        XCTAssertEqual(scores, scores.sorted(by: >), "best first")
        XCTAssertTrue(hits.allSatisfy { $0.str("path")?.hasPrefix("People/") == true || $0.str("path")?.hasPrefix("Contacts/") == true },
                      "people only by default")
        XCTAssertEqual(try CLI.sample(["search", "fernwood", "--limit", "2", "--json"]).objects().count, 2)
        let projects = try CLI.sample(["search", "kind:project", "launch", "--json"]).objects()
        XCTAssertEqual(projects.first?.str("path"), "Projects/🚀 Launch Plan.md")
    }

    func testNoHitsExit1() throws {
        let json = try CLI.sample(["search", "qqqxxzzj", "--json"])
        XCTAssertEqual(json.status, 1)
        XCTAssertEqual(json.stdout, "[]\n")
        let text = try CLI.sample(["search", "qqqxxzzj"])
        XCTAssertEqual(text.status, 1)
        XCTAssertEqual(text.stdout, "")
    }

    func testFullText() throws {
        let r = try CLI.sample(["search", "--full-text", "hardening sprint", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let hits = try r.objects()
        for h in hits { XCTAssertTrue(["path", "line", "snippet"].allSatisfy { h[$0] != nil }) }
        let andre = try XCTUnwrap(hits.first { $0.str("path") == "People/Andre Okafor.md" })
        XCTAssertEqual(andre.int("line"), 18)
        XCTAssertTrue(andre.str("snippet")?.localizedCaseInsensitiveContains("hardening sprint") == true)
        // Accents are ignored: `garcia` finds José García's note.
        let garcia = try CLI.sample(["search", "--full-text", "garcia", "--json"]).objects()
        XCTAssertTrue(garcia.contains { $0.str("path") == "People/José García.md" })
        let text = try CLI.sample(["search", "--full-text", "hardening sprint"])
        XCTAssertTrue(text.stdout.contains("People/Andre Okafor.md:18  "), text.stdout)
    }

    func testFullTextSnippetsAreOneLineOfVisibleText() throws {
        let vault = NSTemporaryDirectory() + "kith-fulltext-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: vault + "/Notes", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: vault) }
        let lines = ["plain ascii marker line", "tab\tmarker here", "escape \u{1B}[31m marker red",
                     "accented marker Zoë 東京 🙂", "bell \u{07} marker and \u{85} next line",
                     "café marker\u{A0}kept, delete é\u{7F} shown", "ß marker ¶ ÿ",
                     // Controls past the first eight bytes, and in the last ones.
                     "0123456789abcdef marker 0123456789 \u{1B} late", "marker padded to thirty-two bytes\u{7F}"]
        try (lines.joined(separator: "\n") + "\n").write(toFile: vault + "/Notes/Lines.md", atomically: true, encoding: .utf8)
        let r = try CLI.run(["search", "--full-text", "marker", "--no-cache", "--vault", vault])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout.split(separator: "\n").map(String.init), [
            "Notes/Lines.md:1  plain ascii marker line",
            "Notes/Lines.md:2  tab marker here",
            "Notes/Lines.md:3  escape \u{241B}[31m marker red",
            "Notes/Lines.md:4  accented marker Zoë 東京 🙂",
            "Notes/Lines.md:5  bell \u{2407} marker and � next line",
            // U+00A0 (`C2 A0`) is no control: kept; DEL among non-ASCII text is still replaced.
            "Notes/Lines.md:6  café marker\u{A0}kept, delete é� shown",
            "Notes/Lines.md:7  ß marker ¶ ÿ",
            "Notes/Lines.md:8  0123456789abcdef marker 0123456789 \u{241B} late",
            "Notes/Lines.md:9  marker padded to thirty-two bytes�",
        ])
    }

    func testStdinFilterNeedsNoVault() throws {
        let input = "Zoë Ñúñez\nJosé García\nzebra notes\nAndre Okafor\n"
        let r = try CLI.run(["search", "--stdin", "zoe"], stdin: input,
                            environment: ["KITH_VAULT": "/nonexistent-kith-vault"])
        XCTAssertEqual(r.status, 0, r.stderr)
        // Fuzzy, as fzf: z…o…e matches "zebra notes" too, after the tighter match.
        XCTAssertEqual(r.stdout, "Zoë Ñúñez\nzebra notes\n")
        let several = try CLI.run(["search", "--stdin", "o"], stdin: input)
        XCTAssertEqual(several.stdout, "Andre Okafor\nZoë Ñúñez\nJosé García\nzebra notes\n")
        let none = try CLI.run(["search", "--stdin", "qqq"], stdin: input)
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.stdout, "")
        // fzf's --filter output when fzf is installed: the same lines in the same order.
        if let fzf = ["/usr/bin/fzf", "/usr/local/bin/fzf"].first(where: FileManager.default.isExecutableFile) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: fzf)
            p.arguments = ["--filter", "o"]
            let inPipe = Pipe(), outPipe = Pipe()
            p.standardInput = inPipe
            p.standardOutput = outPipe
            try p.run()
            inPipe.fileHandleForWriting.write(Data(input.utf8))
            try inPipe.fileHandleForWriting.close()
            let expected = String(decoding: outPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            XCTAssertEqual(several.stdout, expected)
        }
    }
}
