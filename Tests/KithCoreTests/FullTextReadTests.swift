import Foundation
import XCTest
@testable import KithCore

/// A note's bytes as full-text search reads them: through a kept buffer and its folder's
/// descriptor (`NoteBuffer`), checked for UTF-8 while scanned (`scanRead`), equal to reading
/// with `NoteReader` and checking the whole note before the scan.
final class FullTextReadTests: XCTestCase {
    /// Random byte documents, valid and not: overlong forms, surrogates, values past U+10FFFF,
    /// stray continuation bytes, sequences cut by a line break or the end, C0/C1/F5 leads,
    /// beside accents that fold into the query, combining marks, CJK, emoji, the Kelvin sign,
    /// CRLF and a BOM. Hits (and grep lines) equal the check-first path's.
    func testScanWhileCheckingEqualsCheckingFirst() {
        var rng = SystemRandomNumberGenerator()
        let text = ["check", "point", "CHECKPOINT", "k", " ", "\n", "\r\n", "é", "É", "ø", "ß", "e\u{0301}", "東京", "✅",
                    "👩‍💻", "\u{212A}", "zoë", "ZOE", "jose", "José", "ss", "\t", "\u{FFFD}", "the", "—"].map { Array($0.utf8) }
        let invalid: [[UInt8]] = [[0xC0, 0xAF], [0xC1, 0x81], [0xE0, 0x80, 0xAF], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
                                  [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80], [0x80], [0xBF],
                                  [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xC3, 0x0A], [0xFF], [0xFE]]
        let needles = ["checkpoint", "k", "zoe", "jose", "the", "ss", "e", "✅", "東京", "zzqx", "k p"]
            .map { Array(TextFolding.fold($0).utf8) }
        let clean: TextHitLines.Clean = { $1 += Array($0.utf8) }
        for round in 0..<3000 {
            var bytes: [UInt8] = round % 7 == 0 ? [0xEF, 0xBB, 0xBF] : []
            let spoiled = round % 3 != 0
            for _ in 0..<Int.random(in: 0...(round % 10 == 0 ? 400 : 40), using: &rng) {
                bytes += spoiled && Int.random(in: 0..<12, using: &rng) == 0
                    ? invalid.randomElement(using: &rng)! : text.randomElement(using: &rng)!
            }
            for needle in needles {
                var fast: [TextHit] = [], plain: [TextHit] = []
                var fastLines = TextHitLines(clean: clean), plainLines = TextHitLines(clean: clean)
                bytes.withUnsafeBufferPointer { b in
                    FullTextSearch.scanRead(b, path: "n.md", needle: needle, into: &fast)
                    FullTextSearch.scanRead(b, path: "n.md", needle: needle, into: &fastLines)
                }
                FullTextSearch.plainScanRead(bytes, path: "n.md", needle: needle, into: &plain)
                FullTextSearch.plainScanRead(bytes, path: "n.md", needle: needle, into: &plainLines)
                if fast != plain || fastLines.bytes != plainLines.bytes {
                    return XCTFail("\(bytes) \(String(decoding: needle, as: UTF8.self).debugDescription): \(fast) vs \(plain)")
                }
            }
        }
    }

    /// A breaking-character scan that reaches the end has passed over valid UTF-8 only: it
    /// stops at every ill-formed sequence, which is what lets the search skip a separate check.
    func testBreakingScanStopsAtEveryIllFormedSequence() {
        var rng = SystemRandomNumberGenerator()
        let none = FullTextSearch.asciiSet(Array("zzqx".utf8))!
        for _ in 0..<20000 {
            // Mostly ASCII, some past a 32-byte block, or mostly not.
            let ascii = Int.random(in: 1...40, using: &rng)
            let bytes = (0..<Int.random(in: 1...80, using: &rng)).map { _ in
                Int.random(in: 0..<ascii, using: &rng) != 0 ? UInt8.random(in: 0...0x7F, using: &rng) : UInt8.random(in: 0x80...0xFF, using: &rng)
            }
            bytes.withUnsafeBufferPointer { b in
                if FoldCache.firstBreakingScalar(b, from: 0, apartFrom: none) == b.count {
                    XCTAssertTrue(UTF8Check.isValid(b), "\(bytes)")
                }
            }
        }
    }

    /// One buffer reads notes of any size, one folder after another and back, as
    /// `NoteReader.read` reads them; what it cannot read (missing, a folder, a FIFO) is nil.
    func testKeptBufferReadsWhatNoteReaderReads() throws {
        let root = NSTemporaryDirectory() + "kith-note-buffer-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        var files: [String: [UInt8]] = [:]
        files["a/small.md"] = Array("café\n".utf8)
        files["a/empty.md"] = []
        files["b/large.md"] = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        files["b/c/deep é.md"] = Array("東京\n".utf8)
        files["top.md"] = Array("top\n".utf8)
        for (path, bytes) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try FileManager.default.createDirectory(atPath: root + "/a/folder.md", withIntermediateDirectories: true)
        XCTAssertEqual(mkfifo(root + "/a/fifo.md", 0o644), 0)
        let buffer = NoteBuffer()
        let order = ["a/small.md", "b/large.md", "a/empty.md", "a/fifo.md", "b/c/deep é.md", "a/folder.md", "top.md",
                     "a/missing.md", "b/large.md", "a/small.md", "missing/x.md", "top.md"]
        for path in order {
            for limit in [NoteReader.maxBytes, 1000] {
                let read = buffer.withBytes(of: root + "/" + path, limit: limit) { Array($0) }
                switch NoteReader.read(root + "/" + path, limit: limit) {
                case .bytes(let bytes, _): XCTAssertEqual(read, bytes, path)
                case .failed: XCTAssertNil(read, path)
                }
            }
        }
        XCTAssertEqual(buffer.withBytes(of: root + "/b/large.md") { $0.count }, 300_000)
        XCTAssertEqual(buffer.withBytes(of: root + "/a/small.md") { Array($0) }, files["a/small.md"])
    }
}
