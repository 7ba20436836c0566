import XCTest
@testable import KithCore

final class SearchFullTextTests: XCTestCase {
    let docs: [(path: String, text: String)] = [
        ("a.md", "# Notes\nMet José at the café.\n\nTalked about STRASSE names\n"),
        ("b.md", "nothing here\r\nJOSE again, in CRLF\r\nand jose once more"),
        ("c.md", "Straße und Zoë Ñúñez\nvoilà"),
        ("d.md", ""),
    ]

    func testCaseAndAccentInsensitiveWithLineNumbers() {
        let hits = FullTextSearch.search("jose", in: docs)
        XCTAssertEqual(hits.map(\.path), ["a.md", "b.md", "b.md"])
        XCTAssertEqual(hits.map(\.line), [2, 2, 3])
        XCTAssertEqual(hits.map(\.snippet), ["Met José at the café.", "JOSE again, in CRLF", "and jose once more"])
        XCTAssertEqual(hits.map(\.column), [5, 1, 5])
    }

    func testAccentedQueryAndExpansions() {
        XCTAssertEqual(FullTextSearch.search("CAFÉ", in: docs).map(\.line), [2])
        let strasse = FullTextSearch.search("strasse", in: docs)
        XCTAssertEqual(strasse.map(\.path), ["a.md", "c.md"])
        XCTAssertEqual(strasse.map(\.line), [4, 1])
        let zoe = FullTextSearch.search("zoe nunez", in: docs)
        XCTAssertEqual(zoe.map(\.path), ["c.md"])
        XCTAssertEqual(zoe.first?.column, 12)
    }

    func testNoMatchEmptyQueryAndLimit() {
        XCTAssertEqual(FullTextSearch.search("zzz", in: docs), [])
        XCTAssertEqual(FullTextSearch.search("", in: docs), [])
        XCTAssertEqual(FullTextSearch.search("e", in: docs, limit: 2).count, 2)
        XCTAssertEqual(FullTextSearch.search("e", in: docs, limit: 2),
                       Array(FullTextSearch.search("e", in: docs).prefix(2)))
    }

    func testLongLinesAreCutAroundTheMatch() throws {
        let long = String(repeating: "lorem ipsum ", count: 30) + "NEEDLE" + String(repeating: " dolor sit", count: 30)
        let hit = try XCTUnwrap(FullTextSearch.search("needle", in: [("x.md", "   " + long)]).first)
        XCTAssertTrue(hit.snippet.contains("NEEDLE"))
        XCTAssertTrue(hit.snippet.hasPrefix("…") && hit.snippet.hasSuffix("…"))
        XCTAssertLessThanOrEqual(hit.snippet.count, FullTextSearch.snippetLength + 2)
        XCTAssertEqual(hit.column, 3 + 360 + 1)
    }

    func testDocumentOrderAcrossManyDocuments() {
        // Enough documents to be spread over several threads.
        let many = (0..<3000).map { i in (path: "n\(i).md", text: i % 3 == 0 ? "x\nkith \(i)" : "none") }
        let hits = FullTextSearch.search("KITH", in: many)
        XCTAssertEqual(hits.count, 1000)
        XCTAssertEqual(hits.map(\.path), (0..<3000).filter { $0 % 3 == 0 }.map { "n\($0).md" })
        XCTAssertTrue(hits.allSatisfy { $0.line == 2 })
    }

    /// The byte-level snippet of ASCII lines equals the Character-level one: short and long
    /// lines, leading and trailing blanks of every ASCII kind, matches at the start, middle, end.
    func testASCIISnippetFastPathEqualsPlainPath() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["word", " ", "\t", "\u{0B}", "\u{0C}", "\r", "x", "pricing", "  ", "-", "[[Link]]"]
        for _ in 0..<3000 {
            var line = ""
            let parts = Int.random(in: 0...80, using: &rng)
            for _ in 0..<parts { line += pieces.randomElement(using: &rng)! }
            let bytes = Array(line.utf8)
            for column in [0, bytes.count / 2, max(0, bytes.count - 1), Int.random(in: 0...max(0, bytes.count), using: &rng)] {
                bytes.withUnsafeBufferPointer { b in
                    XCTAssertEqual(FullTextSearch.asciiSnippet(b, column: column),
                                   FullTextSearch.plainSnippet(b, column: column), "line \(line.debugDescription) column \(column)")
                }
            }
        }
    }

    /// The eight-bytes-at-a-time scans find what a byte-at-a-time scan finds: needles starting
    /// with letters of both cases, digits, punctuation, at every offset and near the end.
    func testWordAtATimeScansEqualPlainScans() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("aAbBpPzZ09 [].-_\t@`{".utf8)
        for _ in 0..<5000 {
            // Some past 32 bytes plus the needle's offset, where whole vector blocks are skipped.
            let hay = (0..<Int.random(in: 0...(Bool.random(using: &rng) ? 40 : 130), using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let len = Int.random(in: 1...4, using: &rng)
            let needle = (0..<len).map { _ -> UInt8 in
                let b = alphabet.randomElement(using: &rng)!
                return b &- 0x41 < 26 ? b | 0x20 : b
            }
            hay.withUnsafeBufferPointer { h in
                XCTAssertEqual(FullTextSearch.asciiFind(h, needle), FullTextSearch.plainASCIIFind(h, needle),
                               "\(String(decoding: hay, as: UTF8.self).debugDescription) / \(String(decoding: needle, as: UTF8.self))")
            }
            var mixed = hay
            if !mixed.isEmpty && Bool.random(using: &rng) { mixed[Int.random(in: 0..<mixed.count, using: &rng)] = 0xC3 }
            mixed.withUnsafeBufferPointer { h in
                XCTAssertEqual(FullTextSearch.isASCII(h), mixed.allSatisfy { $0 < 0x80 })
            }
        }
    }

    /// Snippets of non-ASCII lines cut by walking indices equal the Character-array cut:
    /// accents, combining marks, emoji, CJK, blanks of several kinds at both ends.
    func testIndexSnippetEqualsPlainPath() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["José", " ", "\t", "\u{00A0}", "\u{2003}", "e\u{0301}", "👩‍👩‍👧", "日本語", "Straße", "word", "—", "x", "\r"]
        for _ in 0..<2000 {
            var line = ""
            for _ in 0..<Int.random(in: 0...90, using: &rng) { line += pieces.randomElement(using: &rng)! }
            let bytes = Array(line.utf8)
            let count = line.count
            for column in [0, count / 2, max(0, count - 1), Int.random(in: 0...max(0, count), using: &rng)] {
                bytes.withUnsafeBufferPointer { b in
                    XCTAssertEqual(FullTextSearch.indexSnippet(b, column: column),
                                   FullTextSearch.plainSnippet(b, column: column), "line \(line.debugDescription) column \(column)")
                }
            }
        }
    }

    /// An ASCII query in a non-ASCII line finds the column the fold would find, whether the
    /// line is searched as it is (its other characters fold to non-ASCII) or through its fold.
    func testASCIINeedleInNonASCIILinesEqualsTheFoldedSearch() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["check", "point", "Check", "POINT", "zz", "Q", " ", "—", "…", "東京", "😀", "👩‍💻", "é", "É", "ß", "\u{0301}",
                      "Ž", "ǫ", "Ｑ", "ﬀ",
                      "ﬁ", "Ω", "Ｃ", "ǅ", "İ", "Ⱥ", "ก", "\u{0E31}", "\t"]
        let needles = ["checkpoint", "kpoi", "c", "t c", "ss", "fi", "e", "point—", "zzz", "q", "k p"].map { Array(TextFolding.fold($0).utf8) }
        var scratch: [UInt8] = []
        for _ in 0..<3000 {
            var line = ""
            for _ in 0..<Int.random(in: 1...24, using: &rng) { line += pieces.randomElement(using: &rng)! }
            let bytes = Array(line.utf8)
            for needle in needles {
                bytes.withUnsafeBufferPointer { b in
                    XCTAssertEqual(FullTextSearch.matchColumn(b, needle, &scratch),
                                   FullTextSearch.foldedMatchColumn(b, needle, &scratch),
                                   "\(line.debugDescription) \(String(decoding: needle, as: UTF8.self))")
                }
            }
        }
    }

    /// A document the whole-document test rules out has no hit line by line either, and one it
    /// keeps gets the same hits: random notes of ASCII, accents, combining marks, CRLF.
    func testWholeDocumentTestNeverHidesAHit() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["check", "point", "Zz", "q", " ", "\n", "\r\n", "—", "é", "É", "ö", "ß", "\u{0301}", "ﬁ", "Ｑ", "東京", "ǅ"]
        let needles = ["checkpoint", "zzq", "e", "o", "q", "ss", "fi", "k p"].map { Array(TextFolding.fold($0).utf8) }
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &rng) { text += pieces.randomElement(using: &rng)! }
            for needle in needles {
                var fast: [TextHit] = [], lines: [TextHit] = []
                Array(text.utf8).withUnsafeBufferPointer { b in
                    FullTextSearch.scan(bytes: b, path: "n.md", needle: needle, into: &fast)
                    FullTextSearch.scanLines(bytes: b, path: "n.md", needle: needle, into: &lines)
                }
                XCTAssertEqual(fast, lines, "\(text.debugDescription) \(String(decoding: needle, as: UTF8.self))")
            }
        }
    }

    /// Every scalar of Unicode folds through the fast paths as `TextFolding` folds it (the
    /// tables, and the scalars beyond them that fold to themselves).
    func testEveryScalarFoldsAsTextFoldingFoldsIt() {
        for block in stride(from: 0x80, to: 0x110000, by: 256) {
            var view = String.UnicodeScalarView()
            for v in block..<(block + 256) { if let s = Unicode.Scalar(UInt32(v)) { view.append(s); view.append(" ") } }
            let line = String(view)
            var fast: [UInt8] = [], plain: [UInt8] = []
            Array(line.utf8).withUnsafeBufferPointer {
                FoldCache.appendFolded($0, to: &fast)
                FoldCache.plainAppendFolded($0, to: &plain)
            }
            if fast != plain { return XCTFail(String(format: "block U+%04X", block)) }
        }
    }

    /// The flat fold tables fold lines as the per-character tables and `TextFolding` do:
    /// ASCII, Latin accents, Latin Extended Additional, Greek, CJK, emoji, combining marks.
    func testFlatFoldTablesEqualPlainFold() {
        var rng = SystemRandomNumberGenerator()
        // ASCII on both sides of each letter range (`@`, `[`, `` ` ``, `{`), in runs longer than a word.
        let pieces = ["José", "STRASSE", "Straße", "Ångström", "ẞ", "Ệ", "ΑΒΓ", "日本", "😀", "ǅ", "İ", "ﬁ", "x ", "\u{0301}",
                      "@AZ[`az{\u{7F}\t09~", "The Quick Brown FOX"]
        for _ in 0..<2000 {
            var line = ""
            for _ in 0..<Int.random(in: 0...30, using: &rng) { line += pieces.randomElement(using: &rng)! }
            let bytes = Array(line.utf8)
            var fast: [UInt8] = [], plain: [UInt8] = []
            bytes.withUnsafeBufferPointer {
                FoldCache.appendFolded($0, to: &fast)
                FoldCache.plainAppendFolded($0, to: &plain)
            }
            XCTAssertEqual(fast, plain, line.debugDescription)
            XCTAssertEqual(String(decoding: fast, as: UTF8.self), TextFolding.fold(line), line.debugDescription)
        }
    }
}
