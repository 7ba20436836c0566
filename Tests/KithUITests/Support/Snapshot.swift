import Foundation
import XCTest
@testable import KithUI

/// Golden screens: `grid.text` compared with `__Snapshots__/<name>.txt`; with
/// `KITH_RECORD_SNAPSHOTS=1` the files are (re)written instead.
func assertSnapshot(_ grid: CellGrid, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let dir = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
    let folder = dir.lastPathComponent == "Support" ? dir.deletingLastPathComponent() : dir
    let url = folder.appendingPathComponent("__Snapshots__/\(name).txt")
    let actual = grid.text + "\n"
    if ProcessInfo.processInfo.environment["KITH_RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("no snapshot \(name).txt; run with KITH_RECORD_SNAPSHOTS=1", file: file, line: line)
        return
    }
    if expected != actual {
        XCTFail("snapshot \(name) differs:\n--- expected\n\(expected)--- actual\n\(actual)", file: file, line: line)
    }
}

extension CellGrid {
    /// The cell column where `text` starts in row `y` (wide characters count two), or nil.
    func column(of text: String, row y: Int) -> Int? {
        let row = rowText(y)
        guard let r = row.range(of: text) else { return nil }
        return DisplayWidth.of(row[..<r.lowerBound])
    }

    /// The first row containing `text`, or nil.
    func row(containing text: String) -> Int? {
        (0..<height).first { rowText($0).contains(text) }
    }
}
