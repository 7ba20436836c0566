import XCTest
@testable import KithCore

/// The whole-document scan of an ASCII query finds what the line walk finds, and the
/// shortcuts it takes (columns counted on scalars, symbols taken as folding to themselves)
/// agree with what they replace.
final class FullTextCandidateTests: XCTestCase {
    /// Random documents: accents that fold into the query and ones that do not, combining
    /// marks, CRLF and lone CR, a BOM and U+FFFD (what invalid bytes decode to) inside, long
    /// lines, matches across line breaks (which must not count), overlapping and repeated
    /// matches, matches at the first and last byte.
    func testCandidateScanEqualsLineWalk() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["check", "point", "CHECK", "Point", "checkcheckpoint", "kk", "k", " ", "  ", "\t", "\n", "\r\n", "\r",
                      "\n\n", "é", "É", "Café", "ö", "ß", "\u{0301}", "e\u{0301}", "ﬁ", "Ｑ", "東京", "ǅ", "İ", "✅", "—", "…",
                      "→", "👩‍💻", "\u{FEFF}", "\u{FFFD}", "zoë", "Zoe", "ZZQX", "q", "x", "ก\u{0E31}", "Ω", "Ⓒ", "ℌ"]
        let needles = ["checkpoint", "check", "point", "kk", "kkk", "k", "e", "cafe", "zoe", "zzqx", "q", "ss", "fi",
                       "k p", "t\tc", "✅", "é", "x\ny", "\r"].map { Array(TextFolding.fold($0).utf8) }
        for round in 0..<3000 {
            var text = ""
            let count = round % 10 == 0 ? Int.random(in: 100...600, using: &rng) : Int.random(in: 0...60, using: &rng)
            for _ in 0..<count { text += pieces.randomElement(using: &rng)! }
            for needle in needles {
                var whole: [TextHit] = [], lines: [TextHit] = []
                Array(text.utf8).withUnsafeBufferPointer { b in
                    FullTextSearch.scan(bytes: b, path: "n.md", needle: needle, into: &whole)
                    FullTextSearch.scanLines(bytes: b, path: "n.md", needle: needle, into: &lines)
                }
                if whole != lines {
                    return XCTFail("\(text.debugDescription) \(String(decoding: needle, as: UTF8.self).debugDescription): \(whole) vs \(lines)")
                }
            }
        }
    }

    /// The line walk, for its part, agrees with `TextFolding` on each line: folded with its
    /// mapping to Characters, a match's first folded scalar gives the column.
    func testLineWalkEqualsFoldWithMapping() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["check", "Point", " ", "\n", "\r\n", "é", "Café", "\u{0301}", "ﬁ", "東京", "✅", "—", "👩‍💻", "ß", "Zoë"]
        let queries = ["checkpoint", "cafe", "e", "zoe", "ss", "fi", "✅ c"]
        for _ in 0..<1000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &rng) { text += pieces.randomElement(using: &rng)! }
            for query in queries {
                let hits = FullTextSearch.search(query, in: [(path: "n.md", text: text)])
                var expected: [Int] = [], columns: [Int] = []
                // Split on bytes: "\r\n" is one Character, which a split on "\n" would not cut.
                for (number, bytes) in Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
                    let line = String(decoding: bytes.last == 0x0D ? bytes.dropLast() : bytes, as: UTF8.self)
                    let folded = TextFolding.foldWithMapping(line)
                    let needle = Array(TextFolding.fold(query).unicodeScalars), hay = folded.scalars
                    guard hay.count >= needle.count,
                          let scalarOffset = (0...(hay.count - needle.count)).first(where: { Array(hay[$0..<($0 + needle.count)]) == needle })
                    else { continue }
                    expected.append(number + 1)
                    columns.append(folded.characterIndices[scalarOffset] + 1)
                }
                XCTAssertEqual(hits.map(\.line), expected, "\(text.debugDescription) \(query)")
                XCTAssertEqual(hits.map { $0.column ?? 0 }, columns, "\(text.debugDescription) \(query)")
            }
        }
    }

    /// Every scalar the column count takes as a Character of its own is one, wherever it
    /// stands (before, after and beside itself and ASCII).
    func testScalarsCountedAsCharactersAreCharacters() {
        let ranges = [0x80..<0x300, 0x2010..<0x20D0, 0x2100..<0x27C0, 0x3400..<0xA000, 0xAC00..<0xD7A4]
        for range in ranges {
            for v in range {
                guard let s = Unicode.Scalar(UInt32(v)) else { continue }
                let text = "x\(s)x\(s)\(s)\r\(s)"
                let bytes = Array(text.utf8)
                bytes.withUnsafeBufferPointer { b in
                    XCTAssertEqual(FullTextSearch.simpleScalarCount(b), 7, String(format: "U+%04X", v))
                }
                XCTAssertEqual(text.count, 7, String(format: "U+%04X", v))
            }
        }
    }

    /// The column count equals `String.count` on random text, the scalars it cannot count
    /// alone (combining marks, emoji sequences, Hangul, Thai) included.
    func testCharacterCountEqualsStringCount() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["abc", " ", "\r", "\t", "é", "e\u{0301}", "✅", "—", "→", "👩‍💻", "🇫🇷", "한", "ᄀ", "ᅡ", "ก\u{0E31}", "\u{20D7}",
                      "\u{200D}", "\u{FE0F}", "東", "ǅ", "\u{00AD}", "\u{0085}", "\u{2028}", "\u{2060}"]
        for _ in 0..<5000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...30, using: &rng) { text += pieces.randomElement(using: &rng)! }
            Array(text.utf8).withUnsafeBufferPointer { b in
                XCTAssertEqual(FullTextSearch.characterCount(b), text.count, text.debugDescription)
            }
        }
    }

    /// The symbols the rule-out takes as folding to themselves do.
    func testSymbolsTakenAsFoldingToThemselvesDo() {
        for v in UInt32(0)..<0x20000 where FoldCache.surelyFoldsToItself(v) {
            let s = Unicode.Scalar(v)!
            XCTAssertTrue(FoldCache.foldsToItself(s), String(format: "U+%04X", v))
            XCTAssertEqual(TextFolding.fold(String(s)), String(s), String(format: "U+%04X", v))
        }
    }

    /// Newlines are counted, and the last one found, eight bytes at a time as one at a time.
    func testNewlineCountEqualsPlainCount() {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x0A, 0x0B, 0x09, 0x8A, 0x0A, 0x61, 0xFF, 0x00, 0x7F]
        for round in 0..<3000 {
            // Some past 255 words (where the per-byte sums are added up), some all newlines.
            let length = round % 20 == 0 ? Int.random(in: 2000...9000, using: &rng) : Int.random(in: 0...70, using: &rng)
            let bytes = round % 40 == 0 ? [UInt8](repeating: 0x0A, count: length)
                : (0..<length).map { _ in alphabet.randomElement(using: &rng)! }
            bytes.withUnsafeBufferPointer { b in
                let count = b.baseAddress.map { FullTextSearch.countNewlines($0, b.count) } ?? 0
                XCTAssertEqual(count, bytes.filter { $0 == 0x0A }.count, "\(bytes)")
                let from = Int.random(in: 0...bytes.count, using: &rng), to = Int.random(in: from...bytes.count, using: &rng)
                let last = b.baseAddress.flatMap { FullTextSearch.lastNewline($0, from: from, to: to) }
                XCTAssertEqual(last, bytes[from..<to].lastIndex(of: 0x0A), "\(bytes) \(from)..<\(to)")
            }
        }
    }
}

/// The per-hit shortcuts: snippets cut on scalars, short lines trimmed without Foundation,
/// the match's column mapped back through fold lengths.
final class FullTextHitShortcutTests: XCTestCase {
    /// Snippets through the fast paths equal the Character-array cut, on long and short lines
    /// of symbols, accents, blanks of several kinds (the scalar cut trims them too), and lines
    /// the fast paths must leave to the slow one (combining marks, emoji sequences, CJK).
    func testSnippetFastPathsEqualPlainPath() {
        var rng = SystemRandomNumberGenerator()
        let simple = ["José", " ", "\t", "\u{00A0}", "\u{2028}", "\u{202F}", "\u{205F}", "\u{0085}", "\r", "—", "✅", "→", "word",
                      "x", "ÿ", "ǅ", "€", "…", "日本語", "한", "김민준"]
        // A jamo after a syllable joins it (one Character): the scalar count must give way.
        let other = ["e\u{0301}", "👩‍👩‍👧", "\u{2003}", "\u{3000}", "\u{1161}", "\u{11A8}", "\u{3099}", "\u{FE0F}"]
        for round in 0..<4000 {
            let pieces = round % 3 == 0 ? simple + other : simple
            var line = ""
            for _ in 0..<Int.random(in: 0...(round % 2 == 0 ? 40 : 120), using: &rng) { line += pieces.randomElement(using: &rng)! }
            let bytes = Array(line.utf8)
            let count = line.count
            for column in [0, count / 3, count / 2, max(0, count - 1), Int.random(in: 0...max(0, count), using: &rng)] {
                bytes.withUnsafeBufferPointer { b in
                    XCTAssertEqual(FullTextSearch.snippet(b, column: column),
                                   FullTextSearch.plainSnippet(b, column: column), "line \(line.debugDescription) column \(column)")
                }
            }
        }
    }

    /// The scalar cut's white space is `Character.isWhitespace` for every scalar it admits.
    func testScalarWhiteSpaceIsCharacterWhiteSpace() {
        for range in [0x00..<0x300, 0x2010..<0x20D0, 0x2100..<0x27C0, 0x3400..<0xA000, 0xAC00..<0xD7A4] {
            for v in range where v != 0x0A {
                let s = Unicode.Scalar(UInt32(v))!
                let bytes = Array(String(s).utf8) + [0x20, 0x20, 0x20]
                bytes.withUnsafeBufferPointer { b in
                    XCTAssertEqual(FullTextSearch.isSpace(b.baseAddress!, 0), Character(s).isWhitespace, String(format: "U+%04X", v))
                }
            }
        }
    }

    /// The column of a match through the fold, mapped back by fold lengths, equals the one
    /// found by folding each character again: accents, expansions, combining marks, full-width
    /// letters, symbols, CJK, emoji.
    func testFoldedColumnEqualsCharacterByCharacterFold() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["check", "Point", " ", "é", "É", "ß", "ẞ", "\u{0301}", "e\u{0301}", "ﬁ", "ﬀ", "Ｑ", "Ｃ", "東京", "✅", "—", "👩‍💻",
                      "Ω", "İ", "ǅ", "Ⓒ", "Æ", "þ", "\u{3000}", "ǫ", "Ệ"]
        let needles = ["checkpoint", "e", "ss", "fi", "ff", "q", "c", "ae", "th", "o", " ", "é", "✅", "日", "ω"].map { Array(TextFolding.fold($0).utf8) }
        var scratch: [UInt8] = []
        for _ in 0..<3000 {
            var line = ""
            for _ in 0..<Int.random(in: 1...30, using: &rng) { line += pieces.randomElement(using: &rng)! }
            let bytes = Array(line.utf8)
            for needle in needles {
                bytes.withUnsafeBufferPointer { b in
                    XCTAssertEqual(FullTextSearch.foldedMatchColumn(b, needle, &scratch),
                                   FullTextSearch.plainFoldedMatchColumn(b, needle),
                                   "\(line.debugDescription) \(String(decoding: needle, as: UTF8.self))")
                }
            }
        }
    }
}
