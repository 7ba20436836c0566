import XCTest
import KithCore
@testable import KithUI

/// Every parser and renderer is linear: each hostile input is fed at size N and 8N through the
/// index's parser, the reader, the card and the wrap, and the operation counts
/// (`OperationCounter`, ticked by every scanning loop) must grow at most ~10×, not 64×.
/// Counts, not wall time: the result does not depend on the machine or its load.
final class LinearInputTests: XCTestCase {
    /// Hostile notes by name: each makes a note of about `n` repetitions.
    static let inputs: [(String, @Sendable (Int) -> String)] = [
        ("unclosed [[", { String(repeating: "[[a ", count: $0) }),
        ("unclosed ![[", { String(repeating: "![[a ", count: $0) }),
        ("unclosed [", { String(repeating: "[a ", count: $0) }),
        ("brackets only", { String(repeating: "[", count: $0) + String(repeating: "]", count: $0 / 2) }),
        ("unclosed ](", { String(repeating: "[a](", count: $0) }),
        ("nested ](", { String(repeating: "[a](b", count: $0) + " x" + String(repeating: ")", count: $0) }),
        ("unclosed <dest", { String(repeating: "[a](<b ", count: $0) }),
        ("backtick runs", { (1...$0).map { String(repeating: "`", count: $0 % 40 + 1) + " a" }.joined() }),
        ("single backticks", { String(repeating: "` [[x]] ", count: $0) }),
        ("star runs", { String(repeating: "*a ", count: $0) + String(repeating: "**b", count: $0) }),
        ("underscores", { String(repeating: "_a _b_ c__", count: $0) }),
        ("tildes and equals", { String(repeating: "~~a ==b ", count: $0) }),
        ("emphasis openers", { String(repeating: "*", count: $0) + "a" + String(repeating: " *b", count: $0) }),
        ("angle runs", { String(repeating: "<", count: $0) + String(repeating: "<a ", count: $0) }),
        ("unclosed attributes", { String(repeating: "<a x=\"", count: $0) }),
        ("unclosed autolinks", { String(repeating: "<https://a", count: $0) }),
        ("HTML open and close", { String(repeating: "<i>", count: $0) + String(repeating: "</b>", count: $0) }),
        ("unclosed %%", { "%% start\n" + String(repeating: "a [[b]] %\n", count: $0) }),
        ("unclosed <!--", { String(repeating: "x <!-- ", count: $0) + "\n" + String(repeating: "y <!--\n", count: $0) }),
        ("dollar runs", { String(repeating: "$a ", count: $0) + String(repeating: "$", count: $0) }),
        ("entities", { String(repeating: "&amp &#12 &x", count: $0) }),
        ("carets", { String(repeating: "^a ", count: $0) }),
        ("bare URLs", { String(repeating: "https://a.b/(x ", count: $0) }),
        ("breaks", { String(repeating: "a<br>", count: $0) }),
        ("deep lists", { n in (0..<n).map { String(repeating: "  ", count: $0 % 60) + "- item [[x]]" }.joined(separator: "\n") }),
        ("deep quotes", { n in (0..<n).map { String(repeating: "> ", count: $0 % 60) + "text" }.joined(separator: "\n") }),
        ("one deep quote", { String(repeating: "> ", count: $0) + "text\n" + String(repeating: ">", count: $0) }),
        ("callouts", { String(repeating: "> [!note] T\n> > [!tip]- U\n> > x\n\n", count: $0) }),
        ("long line", { String(repeating: "word ", count: $0) }),
        ("long table", { "| a | b | c |\n| --- | :-: | --: |\n" + String(repeating: "| x | [[y\\|z]] | `c|d` |\n", count: $0) }),
        ("wide table", { "|" + String(repeating: " a |", count: $0) + "\n|" + String(repeating: " - |", count: $0) + "\n" }),
        ("many headings", { String(repeating: "## H\n[[#H]] [[#^b]] ^b\n", count: $0) }),
        ("fences", { String(repeating: "```\n[[a]]\n", count: $0) }),
    ]

    static let n = 500

    func testParserReaderCardAndWrapAreLinear() {
        for (name, make) in Self.inputs {
            let small = counts(make(Self.n)), large = counts(make(8 * Self.n))
            for (stage, s) in small {
                let ratio = Double(large[stage]!) / Double(max(s, 1))
                XCTAssertLessThanOrEqual(ratio, 10, "\(name), \(stage): \(s) → \(large[stage]!) operations")
            }
        }
    }

    /// Operations of each stage for one note.
    func counts(_ body: String) -> [String: Int] {
        let text = "---\ntype: people\n---\n# P\n\n" + body
        var note: ParsedNote?
        let parse = OperationCounter.measure { note = NoteParser.parse(path: "People/P.md", bytes: Array(text.utf8)) }
        let index = VaultIndex(root: "/v", parsed: [note!, NoteParser.parse(path: "x.md", bytes: [])], attachments: [])
        var reader: Document?, card: Document?
        let read = OperationCounter.measure { reader = ReaderBuilder.document(for: "People/P.md", in: index) }
        let cardOps = OperationCounter.measure {
            card = CardBuilder.card(for: "People/P.md", in: index, today: CalendarDate(year: 2026, month: 11, day: 25)!)
        }
        let wrap = OperationCounter.measure {
            _ = DocumentView(reader!, width: 80)
            _ = DocumentView(card!, width: 200)
        }
        return ["parse": parse, "reader": read, "card": cardOps, "wrap": wrap]
    }

    /// The counter sees a quadratic scan: the check above is not one that always passes.
    func testCounterCatchesQuadraticWork() {
        func quadratic(_ n: Int) -> Int {
            OperationCounter.measure { for i in 0..<n { OperationCounter.tick(i) } }
        }
        XCTAssertGreaterThan(Double(quadratic(8 * Self.n)) / Double(quadratic(Self.n)), 50)
    }

    /// What the hostile inputs render to stays sensible (the linear paths are the real ones).
    func testHostileInputsRenderAsText() {
        let d = DocVault.index(["n.md": String(repeating: "[[a ", count: 500) + "[[Real]]"])
        let doc = ReaderBuilder.document(for: "n.md", in: d)
        XCTAssertTrue(doc.lines.last!.text.hasPrefix("[[a [[a "))
        XCTAssertEqual(doc.lines.last!.links.map(\.raw), ["Real"])
    }
}
