import Foundation
import XCTest

/// Every console example in README.md and docs/*.md is run against the sample vault (today
/// pinned) and its output compared with what the page shows, as `ReadmeKeysTests` keeps the key
/// table honest. `KITH_UPDATE_DOCS=1 swift test --filter DocsExamplesTests` rewrites the outputs
/// in place (read the diff before committing it).
///
/// The format, in a fenced block marked `console`: a line `$ COMMAND` (run by `sh` in
/// `Tests/Fixtures/SampleVault`, with the built `kith` first on `PATH`, standard error after
/// standard output), then its output. A last output line `…` alone shows only the first lines:
/// the output must start with them. See `DocsExample.normalized` for what is masked (paths of
/// the machine, timings, CRLF).
final class DocsExamplesTests: XCTestCase {
    static var updating: Bool { ProcessInfo.processInfo.environment["KITH_UPDATE_DOCS"] == "1" }

    func testEveryConsoleExampleShowsWhatKithPrints() throws {
        let binary = try XCTUnwrap(CLI.binary, "the kith binary was not built")
        let home = NSTemporaryDirectory() + "kith-docs-home-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let runner = DocsExampleRunner(binary: binary, home: home, directory: CLI.sampleVault)
        var examples = 0
        for page in DocsPage.all() {
            let text = try String(contentsOf: page.url, encoding: .utf8)
            var parsed = DocsExample.parse(text)
            for i in parsed.examples.indices {
                examples += 1
                let example = parsed.examples[i]
                let actual = try runner.output(of: example.command)
                if Self.updating {
                    parsed.examples[i].expected = example.updated(to: actual)
                } else if let problem = example.mismatch(with: actual) {
                    XCTFail("\(page.name):\(example.line): `$ \(example.command)` \(problem)\n"
                            + "(if the change is intended: KITH_UPDATE_DOCS=1 swift test --filter DocsExamplesTests)")
                }
            }
            if Self.updating {
                let rewritten = parsed.rendered()
                if rewritten != text { try rewritten.write(to: page.url, atomically: true, encoding: .utf8) }
            }
        }
        // The pages have examples: an empty walk would pass without checking anything.
        XCTAssertGreaterThan(examples, 20, "console examples found in README.md and docs/")
    }

    /// The checker itself: a changed line fails, a cut example compares its first lines only.
    func testTheCheckerFailsOnADifferenceAndHonoursTheCut() {
        let page = """
        text
        ```console
        $ kith people
        a
        b
        $ kith show x
        one
        …
        ```
        """
        let parsed = DocsExample.parse(page)
        XCTAssertEqual(parsed.examples.map(\.command), ["kith people", "kith show x"])
        XCTAssertNil(parsed.examples[0].mismatch(with: ["a", "b"]))
        XCTAssertNotNil(parsed.examples[0].mismatch(with: ["a", "c"]))
        XCTAssertNotNil(parsed.examples[0].mismatch(with: ["a", "b", "c"]))
        XCTAssertNil(parsed.examples[1].mismatch(with: ["one", "two", "three"]))
        XCTAssertNotNil(parsed.examples[1].mismatch(with: ["uno", "two"]))
        var updated = parsed
        updated.examples[0].expected = parsed.examples[0].updated(to: ["a", "B"])
        updated.examples[1].expected = parsed.examples[1].updated(to: ["1", "2", "3"])
        XCTAssertEqual(updated.rendered(), page.replacingOccurrences(of: "b\n$", with: "B\n$")
            .replacingOccurrences(of: "one\n", with: "1\n"))
        XCTAssertEqual(DocsExample.normalized("indexed in 0.31 s\r\n\"seconds\": 0.1234,\n", home: "/tmp/h"),
                       ["indexed in 0.05 s", "\"seconds\": 0.048,"])
    }
}

/// A Markdown page whose console examples are checked.
struct DocsPage {
    let name: String
    let url: URL

    /// README.md and every docs/*.md, in name order.
    static func all() -> [DocsPage] {
        let root = CLI.packageRoot
        var pages = [DocsPage(name: "README.md", url: root.appendingPathComponent("README.md"))]
        let docs = root.appendingPathComponent("docs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".md") {
            pages.append(DocsPage(name: "docs/" + name, url: docs.appendingPathComponent(name)))
        }
        return pages
    }
}

/// One `$ command` of a console block and the output the page shows for it.
struct DocsExample {
    let command: String
    /// 1-based line of the command in the page.
    let line: Int
    /// The output lines shown, without the closing `…` of a cut example.
    var expected: [String]
    /// Whether the page shows only the first lines (a last line `…`).
    var isCut: Bool

    static let cutMark = "…"

    /// Why `actual` is not what the page shows (nil when it is).
    func mismatch(with actual: [String]) -> String? {
        let compared = isCut ? Array(actual.prefix(expected.count)) : actual
        if compared == expected { return nil }
        if let i = zip(compared, expected).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            return "differs at output line \(i + 1):\n  page: \(expected[i])\n  kith: \(compared[i])"
        }
        return "shows \(expected.count) lines, kith printed \(actual.count):\n" + actual.joined(separator: "\n")
    }

    /// The page's new output lines for `actual`, keeping a cut example cut at the same length.
    func updated(to actual: [String]) -> [String] {
        guard isCut, actual.count > expected.count else { return actual }
        return Array(actual.prefix(expected.count))
    }

    /// A parsed page: its lines, with the examples' outputs replaceable.
    struct Page {
        var lines: [String]
        var examples: [DocsExample]
        /// For each example, the range of `lines` its output (and `…`) takes.
        var outputRanges: [Range<Int>]

        /// The page with each example's output as `examples` now has it.
        func rendered() -> String {
            var out: [String] = []
            var next = 0
            for (example, range) in zip(examples, outputRanges) {
                out += lines[next..<range.lowerBound]
                out += example.expected
                if example.isCut && !example.expected.isEmpty { out.append(DocsExample.cutMark) }
                next = range.upperBound
            }
            out += lines[next...]
            return out.joined(separator: "\n")
        }
    }

    /// The console examples of a Markdown page.
    static func parse(_ text: String) -> Page {
        let lines = text.components(separatedBy: "\n")
        var examples: [DocsExample] = []
        var ranges: [Range<Int>] = []
        var i = 0
        while i < lines.count {
            guard lines[i].trimmingCharacters(in: .whitespaces) == "```console" else { i += 1; continue }
            i += 1
            while i < lines.count, !lines[i].hasPrefix("```") {
                guard lines[i].hasPrefix("$ ") else { i += 1; continue }
                let commandLine = i
                i += 1
                let start = i
                while i < lines.count, !lines[i].hasPrefix("```"), !lines[i].hasPrefix("$ ") { i += 1 }
                var output = Array(lines[start..<i])
                let cut = output.last == cutMark
                if cut { output.removeLast() }
                examples.append(DocsExample(command: String(lines[commandLine].dropFirst(2)), line: commandLine + 1,
                                            expected: output, isCut: cut))
                ranges.append(start..<i)
            }
            i += 1
        }
        return Page(lines: lines, examples: examples, outputRanges: ranges)
    }

    /// What the page shows for an output: CRLF as line ends, no trailing newline, and what
    /// differs from machine to machine masked (the checkout's path as `/home/me/kith`, the
    /// examples' home as `/home/me`, the time an index took as 0.05 s and 0.048 s).
    static func normalized(_ output: String, home: String) -> [String] {
        var text = output.replacingOccurrences(of: "\r\n", with: "\n")
        text = text.replacingOccurrences(of: CLI.packageRoot.standardizedFileURL.path, with: "/home/me/kith")
        text = text.replacingOccurrences(of: home, with: "/home/me")
        text = text.replacingOccurrences(of: #"indexed in [0-9.]+ s"#, with: "indexed in 0.05 s", options: .regularExpression)
        text = text.replacingOccurrences(of: #""seconds": [0-9.e-]+"#, with: "\"seconds\": 0.048", options: .regularExpression)
        if text.hasSuffix("\n") { text.removeLast() }
        return text.isEmpty ? [] : text.components(separatedBy: "\n")
    }
}

/// Runs an example's command as a reader would type it in the sample vault.
struct DocsExampleRunner {
    let binary: String
    let home: String
    let directory: String

    func output(of command: String) throws -> [String] {
        let bin = URL(fileURLWithPath: binary).deletingLastPathComponent().path
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let r = try CLI.run(["-c", "{ \(command)\n} 2>&1"], environment: [
            "PATH": bin + ":" + path, "HOME": home, "XDG_CACHE_HOME": home + "/.cache",
            "XDG_CONFIG_HOME": home + "/.config",
            "COLUMNS": nil, "NO_COLOR": nil,
            // A UTF-8 terminal as the reader's: `kith brief` draws its sparkline in ASCII under
            // TERM=linux or a locale that is not UTF-8, which would rewrite the page.
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": nil, "LC_CTYPE": nil,
        ], directory: directory, executable: "/bin/sh")
        return DocsExample.normalized(r.stdout + r.stderr, home: home)
    }
}
