import XCTest
import KithCore
@testable import KithUI

/// Every note of the sample vault through the card, the reader and the wrap.
final class DocumentSampleVaultTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/SampleVault").path
    let today = CalendarDate(year: 2026, month: 11, day: 25)!

    func testEveryNoteRendersAndWrapsWithinWidth() throws {
        let index = try VaultLoader.load(root: Self.root)
        XCTAssertGreaterThan(index.notes.count, 40)
        for note in index.notes {
            let docs = [ReaderBuilder.document(for: note.path, in: index),
                        CardBuilder.card(for: note.path, in: index, today: today)]
            for doc in docs {
                XCTAssertFalse(doc.lines.isEmpty, note.path)
                for l in doc.lines {
                    if let n = l.sourceLine { XCTAssertTrue((1...max(1, note.parsed.lineCount)).contains(n), note.path) }
                    // Raw CRs of CRLF files never reach the screen.
                    XCTAssertFalse(l.text.contains("\r"), note.path)
                }
                XCTAssertFalse(doc.lines.contains { $0.text.contains("%%") }, "comments hidden in \(note.path)")
                for width in [1, 7, 20, 33, 80] {
                    let wrapped = TextWrap.wrap(doc.lines, width: width)
                    for l in wrapped { XCTAssertLessThanOrEqual(DisplayWidth.of(l.text), width, "\(note.path) @\(width)") }
                    if width >= 20 {
                        XCTAssertEqual(Document.selectableItems(wrapped: wrapped).map(\.destination),
                                       doc.selectableItems.map(\.destination), "\(note.path) @\(width)")
                    }
                }
            }
        }
    }

    func testPersonCardStartsWithHeaderAndRecentContext() throws {
        // Needs frontmatter and sections from the real parser.
        try XCTSkipIf(NoteParser.parse(path: "x.md", bytes: Array("# H\n".utf8)).sections.isEmpty,
                      "NoteParser is still the placeholder")
        let index = try VaultLoader.load(root: Self.root)
        let path = "People/Ingrid Halvorsen.md"
        let card = CardBuilder.card(for: path, in: index, today: today)
        XCTAssertEqual(card.title, "Ingrid Halvorsen")
        XCTAssertTrue(card.lines.contains { $0.text.hasPrefix("last contact 2026-10-22") })
        XCTAssertTrue(card.lines.contains { $0.text.hasPrefix("Recent Context") })
        // The header carries no links: the first item is in Recent Context or later.
        let rc = card.lines.firstIndex { $0.text.hasPrefix("Recent Context") }!
        if let first = card.selectableItems.first { XCTAssertGreaterThan(first.firstLine, rc) }
    }
}
