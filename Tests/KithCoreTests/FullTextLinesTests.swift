import XCTest
@testable import KithCore

/// The CLI's lines written straight from the scanned bytes equal the lines of the `TextHit`s
/// the browser gets, formatted one by one.
final class FullTextLinesTests: XCTestCase {
    /// A stand-in for the CLI's cleaning: leaves text without controls as it is (which the
    /// direct path counts on) and marks every C0 control, DEL and C1 control.
    private let clean: TextHitLines.Clean = { snippet, out in
        var marked = String.UnicodeScalarView()
        for s in snippet.unicodeScalars { marked.append(s.value < 0x20 || (0x7F...0x9F).contains(s.value) ? "?" : s) }
        out += String(marked).utf8
    }

    /// Random documents: accents, combining marks, CRLF, lone CR, BOM, U+FFFD, long lines
    /// (cut with `…` on either side), control characters, overlapping and repeated matches.
    func testLinesEqualFormattedHits() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["check", "point", "CHECK", "Point", "checkcheckpoint", "kk", " ", "   ", "\t", "\n", "\r\n", "\r",
                      "é", "Café", "ö", "\u{0301}", "e\u{0301}", "ﬁ", "東京", "✅", "—", "…", "👩‍💻", "\u{FEFF}", "\u{FFFD}",
                      "zoë", "Zoe", "ZZQX", "\u{1B}", "\u{07}", "\u{7F}", "\u{85}", "\u{0B}", "\u{0C}",
                      String(repeating: "lorem ipsum ", count: 12)]
        let queries = ["checkpoint", "check", "kk", "k", "e", "cafe", "zoe", "zzqx", "ss", "✅", "é", "x\ny", " ", "\u{1B}"]
        for round in 0..<1500 {
            var documents: [(path: String, text: String)] = []
            for d in 0..<Int.random(in: 1...4, using: &rng) {
                var text = ""
                let count = round % 10 == 0 ? Int.random(in: 100...400, using: &rng) : Int.random(in: 0...60, using: &rng)
                for _ in 0..<count { text += pieces.randomElement(using: &rng)! }
                documents.append((path: "Notes/n\(d) é.md", text: text))
            }
            for query in queries {
                var expected = TextHitLines(clean: clean)
                for hit in FullTextSearch.search(query, in: documents) { expected.append(hit) }
                let lines = FullTextSearch.lines(query, in: documents, clean: clean)
                XCTAssertEqual(lines.reduce(0) { $0 + $1.count }, expected.count)
                let bytes = lines.flatMap(\.bytes)
                if bytes != expected.bytes {
                    return XCTFail("\(documents.map(\.text).debugDescription) \(query.debugDescription):\n"
                                   + "\(String(decoding: bytes, as: UTF8.self).debugDescription)\nvs\n"
                                   + "\(String(decoding: expected.bytes, as: UTF8.self).debugDescription)")
                }
            }
        }
    }

    /// Line numbers of every size are written as `String(line)` writes them.
    func testLineNumbersAsDecimal() {
        for number in [0, 1, 9, 10, 99, 100, 12_345, 1_000_000_007, Int.max, -5, Int.min] {
            var lines = TextHitLines(clean: clean)
            lines.append(TextHit(path: "a.md", line: number, snippet: "s", column: 1))
            XCTAssertEqual(String(decoding: lines.bytes, as: UTF8.self), "a.md:\(number)  s\n")
        }
    }

    /// The cleaning test, eight bytes at a time, equals a byte at a time on every byte at
    /// every position.
    func testControlTestEqualsPlainTest() {
        var rng = SystemRandomNumberGenerator()
        let rare: [UInt8] = [0x00, 0x1F, 0x7F, 0xC2, 0x80, 0x9F, 0xC3, 0xE2, 0x20, 0xFF, 0x42]
        for round in 0..<6000 {
            // Printable ASCII with, in most rounds, bytes on either side of each test's edge.
            let bytes = (0..<Int.random(in: 0...40, using: &rng)).map { _ in
                round % 3 != 0 && Int.random(in: 0..<8, using: &rng) == 0 ? rare.randomElement(using: &rng)!
                    : UInt8.random(in: round % 3 == 1 ? 0x00...0xFF : 0x20...0x7E, using: &rng)
            }
            bytes.withUnsafeBufferPointer { b in
                let plain = bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }
                XCTAssertEqual(b.baseAddress.map { TextHitLines.mayNeedCleaning($0, b.count) } ?? false, plain, "\(bytes)")
            }
        }
    }

    /// The folded text's exact search (`memmem`) finds the first match as a byte loop does.
    func testFindEqualsPlainFind() {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x61, 0x62, 0x61, 0xC3, 0xA9, 0x0A, 0x00]
        for _ in 0..<5000 {
            let hay = (0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let needle = (0..<Int.random(in: 1...4, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            hay.withUnsafeBufferPointer { h in
                XCTAssertEqual(FullTextSearch.find(h, needle), FullTextSearch.plainFind(h, needle), "\(hay) \(needle)")
            }
        }
    }
}
