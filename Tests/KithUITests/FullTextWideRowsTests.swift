import KithCore
import XCTest
@testable import KithUI

/// The `\` search cuts each hit's snippet to `FullTextSearch.snippetLength` characters; a pane
/// wider than that draws the hit from its whole line, so the row fills the terminal.
final class FullTextWideRowsTests: XCTestCase {
    /// One transcript line of ~400 characters with the match near the middle: words the
    /// snippet cuts off on both sides.
    static let line = (1...24).map { "before\($0)" }.joined(separator: " ") + " the checkpoint storage "
        + (1...24).map { "after\($0)" }.joined(separator: " ")

    private func state(cols: Int, line: String = line) -> AppState {
        let index = VaultIndex(root: "/vault", parsed: [
            NoteParser.parse(path: "Sources/Transcripts/2026-11-20 Sync.md",
                             bytes: Array("# Sync\n\nshort line\n\(line)\n".utf8)),
        ])
        var (s, _) = AppState.start(vaultName: "~/vault", today: TestVault.today, cols: cols, rows: 12)
        s = KithApp.update(s, .indexLoaded(index)).0
        return s.press(.char("\\")).type("checkpoint")
    }

    func testAWideTerminalDrawsTheWholeLineAroundTheMatch() throws {
        let hit = try XCTUnwrap(state(cols: 200).search.fullText("checkpoint", in: try XCTUnwrap(state(cols: 200).index)).first)
        XCTAssertLessThanOrEqual(hit.snippet.count, FullTextSearch.snippetLength + 2, "the search cut the line")
        XCTAssertFalse(hit.snippet.contains("after24"))

        let wide = KithApp.render(state(cols: 200))
        let y = try XCTUnwrap(wide.row(containing: "checkpoint storage"))
        let row = wide.rowText(y)
        // The row runs on past where the snippet stopped, to the pane's edge.
        let lastInSnippet = (1...24).last { hit.snippet.contains("after\($0) ") } ?? 0
        XCTAssertTrue(row.contains("after\(lastInSnippet + 4) "), "\(hit.snippet)\n\(row)")
        XCTAssertGreaterThan(row.trimmingCharacters(in: .whitespaces).count, 180, row)

        // A narrow pane slides the snippet to the match as before.
        let narrow = KithApp.render(state(cols: 80))
        let n = try XCTUnwrap(narrow.row(containing: "checkpoint"))
        XCTAssertFalse(narrow.rowText(n).contains("after\(lastInSnippet + 1) "), narrow.rowText(n))
    }

    func testALineTooLongToFoldAtEveryDrawingKeepsItsSnippet() throws {
        let filler = String(repeating: "lorem ipsum ", count: Screens.wideLineBytes / 12 + 10)
        let long = filler + Self.line + " " + filler
        let s = state(cols: 200, line: long)
        let hit = try XCTUnwrap(s.search.fullText("checkpoint", in: try XCTUnwrap(s.index)).first)
        let lastInSnippet = (1...24).last { hit.snippet.contains("after\($0) ") } ?? 0
        let grid = KithApp.render(s)
        let row = grid.rowText(try XCTUnwrap(grid.row(containing: "checkpoint storage")))
        // The snippet, as the search cut it, not the whole line.
        XCTAssertFalse(row.contains("after\(lastInSnippet + 2) "), row)
        XCTAssertTrue(row.contains("…"), row)
    }
}
