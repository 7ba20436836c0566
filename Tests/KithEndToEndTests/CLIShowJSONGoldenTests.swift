import Foundation
import XCTest

/// `kith show --json` writes its long lists as it makes them (a person's backlinks and
/// unlinked mentions run to tens of megabytes); the text must stay byte for byte what the
/// command wrote when it built the whole value first: keys, order, layout, escapes, accents,
/// CJK. The files in `Tests/Fixtures/ShowJSON` were written by that command;
/// `KITH_RECORD_SNAPSHOTS=1` writes them anew (for an intended change: read the diff).
final class CLIShowJSONGoldenTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    static let cases: [(vault: String, note: String, args: [String], golden: String)] = [
        ("SampleVault", "People/Mara Lindqvist.md", [], "SampleVault-Mara-Lindqvist"),
        ("SampleVault", "People/Mara Lindqvist.md", ["--limit", "2"], "SampleVault-Mara-Lindqvist-limit2"),
        ("SampleVault", "People/José García.md", [], "SampleVault-José-García"),
        ("SampleVault", "People/王小明.md", [], "SampleVault-王小明"),
        ("SampleVault", "Sources/Transcripts/2025/2025-03-14 - Brightwater discovery call.md", [],
         "SampleVault-Brightwater-discovery-call"),
        ("RealWorldVault", "People/Émile Dubois.md", [], "RealWorldVault-Émile-Dubois"),
    ]

    func testShowJSONIsByteForByteTheGoldenText() throws {
        let record = ProcessInfo.processInfo.environment["KITH_RECORD_SNAPSHOTS"] == "1"
        for c in Self.cases {
            let r = try CLI.run(["show", "--json", c.note, "--vault", Self.fixtures + "/" + c.vault] + c.args,
                                environment: ["KITH_TODAY": "2026-11-25"])
            XCTAssertEqual(r.status, 0, "\(c.golden): \(r.stderr)")
            let path = Self.fixtures + "/ShowJSON/" + c.golden + ".json"
            let got = Data(r.stdout.utf8)
            if record {
                try got.write(to: URL(fileURLWithPath: path))
                continue
            }
            let golden = try Data(contentsOf: URL(fileURLWithPath: path))
            XCTAssertTrue(got == golden, "\(c.golden): kith show --json differs from \(path) (first difference at byte "
                          + "\(zip(got, golden).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, golden.count)))")
            // The golden text holds what it is meant to test.
            XCTAssertGreaterThan(golden.count, 1_000, c.golden)
        }
        let mara = try String(contentsOfFile: Self.fixtures + "/ShowJSON/SampleVault-Mara-Lindqvist.json", encoding: .utf8)
        XCTAssertTrue(mara.contains(#"\""#), "escaped quotes")
        XCTAssertTrue(mara.contains("\"unlinked_mentions\": [\n    {"), "a list of objects")
        let wang = try String(contentsOfFile: Self.fixtures + "/ShowJSON/SampleVault-王小明.json", encoding: .utf8)
        XCTAssertTrue(wang.contains("王小明"), "CJK as is")
    }

    /// Lists longer than a rendering batch (1,024 elements) are rendered in batches side by
    /// side: the text is still every element in order, commas between, none after the last.
    func testAListOfThousandsIsEveryElementInOrder() throws {
        let root = NSTemporaryDirectory() + "kith-e2e-show-golden-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        var files = ["People/Ana Lima.md": "# Ana Lima\n"]
        let notes = 3, lines = 1_100
        for n in 0..<notes {
            files["Notes/n\(n).md"] = (1...lines).map { "Ana Lima said \($0)" }.joined(separator: "\n") + "\n"
        }
        for (path, text) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let r = try CLI.run(["show", "--json", "Ana Lima", "--vault", root], environment: ["KITH_TODAY": "2026-11-25"])
        XCTAssertEqual(r.status, 0, r.stderr)
        var expected = "  \"unlinked_mentions\": [\n"
        for n in 0..<notes {
            for k in 1...lines {
                let last = n == notes - 1 && k == lines
                expected += """
                    {
                      "path": "Notes/n\(n).md",
                      "line": \(k),
                      "column": 1,
                      "text": "Ana Lima said \(k)",
                      "matched": "Ana Lima"
                    }\(last ? "" : ",")

                """
            }
        }
        expected += "  ]\n}\n"
        XCTAssertTrue(r.stdout.hasSuffix(expected), "the mentions, in order, laid out as one built value")
        let object = try r.json() as? [String: Any]
        XCTAssertEqual((object?["unlinked_mentions"] as? [Any])?.count, notes * lines)
    }
}
