import XCTest
@testable import KithCore

/// `MentionMask` (one pass, shared by the byte and Character checks) marks exactly what the
/// forward-searching mask marked, and its work grows linearly on hostile lines.
final class MentionMaskTests: XCTestCase {
    static let pieces = MentionSpeedTests.pieces + ["é", "Ána", "\u{A0}", "\r\n", "王", "e\u{301}", "[\u{301}", "ﬁ", "K"]

    func testTheOnePassMaskEqualsTheForwardSearchingOne() {
        var rng = SystemRandomNumberGenerator()
        var marked = 0
        for _ in 0..<30_000 {
            let line = (0..<Int.random(in: 1...16, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
            let chars = Array(line)
            let expected = ReferenceMask.mask(chars)
            XCTAssertEqual(MentionMask.mask(MentionMask.codes(chars)), expected, line.debugDescription)
            if line.utf8.allSatisfy({ $0 < 0x80 }) {
                let bytes = Array(line.utf8)
                if !bytes.contains(0x0D) {
                    XCTAssertEqual(bytes.withUnsafeBufferPointer { MentionMask.mask(MentionMask.codes($0)) }, expected)
                }
            }
            marked += expected.filter { $0 }.count
        }
        XCTAssertGreaterThan(marked, 10_000, "the lines hold enough links, code and tags to mask")
    }

    /// Work at N and 8N copies of a hostile piece (with a name to find on the line): linear
    /// means about eight times as much, where searching forward from each opener was 64.
    func testWorkGrowsLinearlyOnHostileLines() {
        let hostile = ["[[a ", "[a](", "[", "`", "%% x ", "<!-- ", "#t ", "http://x ", "[x] (", "]] [[", "``` `` `"]
        for piece in hostile {
            func steps(_ n: Int) -> Int {
                var s = 0
                _ = MentionMask.mask(MentionMask.codes(Array(String(repeating: piece, count: n) + " Ana Lima")), steps: &s)
                return s
            }
            let small = steps(1_000), large = steps(8_000)
            XCTAssertLessThanOrEqual(Double(large), 8.5 * Double(small), "\(piece.debugDescription): \(small) → \(large)")
        }
        // Backtick runs of every length up to N: no run closes, none is searched past.
        func runs(_ n: Int) -> Int {
            var s = 0
            let line = (1...n).map { String(repeating: "`", count: $0) + " x " }.joined() + "Ana Lima"
            _ = MentionMask.mask(MentionMask.codes(Array(line)), steps: &s)
            return s / line.count
        }
        XCTAssertLessThanOrEqual(runs(800), runs(100) + 2, "steps per character stay flat")
        // And a mention after 20,000 unclosed `[[` (80 KB) is found on both paths.
        let terms = MentionTerm.terms(for: ["Ana Lima"])
        let line = String(repeating: "[[a ", count: 20_000) + "met Ana Lima"
        XCTAssertEqual(MentionLine.firstMention(line, terms: terms)?.column, 80_004)
        XCTAssertEqual(Array(line.utf8).withUnsafeBufferPointer { MentionLineBytes.firstMention($0, terms: terms)?.column }, 80_004)
    }
}

/// The mask as it was before `MentionMask` (searching forward from each opener): the
/// reference the linear one must agree with.
enum ReferenceMask {
    /// Characters that are not prose: code spans, comments, wiki links and embeds, Markdown
    /// links and images (text and target), URLs and `#tags`.
    static func mask(_ c: [Character]) -> [Bool] {
        var m = [Bool](repeating: false, count: c.count)
        func set(_ a: Int, _ b: Int) { for k in a...min(b, c.count - 1) { m[k] = true } }
        var i = 0
        while i < c.count {
            let ch = c[i]
            if ch == "`" {
                var run = 0
                while i + run < c.count && c[i + run] == "`" { run += 1 }
                // The span closes at the next run of exactly as many backticks.
                var j = i + run, close: Int?
                while j < c.count {
                    if c[j] == "`" {
                        var r = 0
                        while j + r < c.count && c[j + r] == "`" { r += 1 }
                        if r == run { close = j + r - 1; break }
                        j += r
                    } else { j += 1 }
                }
                if let close { set(i, close); i = close + 1 } else { i += run }
                continue
            }
            // Comments (`%% … %%`, `<!-- … -->`) are hidden when read; unclosed, to the line's end.
            if ch == "%", i + 1 < c.count, c[i + 1] == "%" {
                let end = find("%%", in: c, from: i + 2).map { $0 + 1 } ?? c.count - 1
                set(i, end)
                i = end + 1
                continue
            }
            if ch == "<", i + 3 < c.count, c[i + 1] == "!", c[i + 2] == "-", c[i + 3] == "-" {
                let end = find("-->", in: c, from: i + 4).map { $0 + 2 } ?? c.count - 1
                set(i, end)
                i = end + 1
                continue
            }
            if ch == "[", i + 1 < c.count, c[i + 1] == "[", let end = find("]]", in: c, from: i + 2) {
                set(i, end + 1)
                i = end + 2
                continue
            }
            if ch == "[", let close = c[(i + 1)...].firstIndex(of: "]"), close + 1 < c.count, c[close + 1] == "(",
               let paren = c[(close + 2)...].firstIndex(of: ")") {
                set(i, paren)
                i = paren + 1
                continue
            }
            if ch == "#", i == 0 || c[i - 1].isWhitespace, i + 1 < c.count, !c[i + 1].isWhitespace, c[i + 1] != "#" {
                var j = i + 1
                while j < c.count && !c[j].isWhitespace { j += 1 }
                set(i, j - 1)
                i = j
                continue
            }
            if (ch == "h" || ch == "w" || ch == "m"), i == 0 || !c[i - 1].isLetter, startsURL(c, at: i) {
                var j = i
                while j < c.count && !c[j].isWhitespace && c[j] != ">" { j += 1 }
                set(i, j - 1)
                i = j
                continue
            }
            i += 1
        }
        return m
    }

    static func find(_ pattern: String, in c: [Character], from: Int) -> Int? {
        let p = Array(pattern)
        guard from + p.count <= c.count else { return nil }
        for k in from...(c.count - p.count) where c[k] == p[0] && Array(c[k..<(k + p.count)]) == p { return k }
        return nil
    }

    static func startsURL(_ c: [Character], at i: Int) -> Bool {
        for prefix in ["https://", "http://", "www.", "mailto:"] {
            let p = Array(prefix)
            if i + p.count <= c.count, c[i..<(i + p.count)].map({ Character($0.lowercased()) }) == p { return true }
        }
        return false
    }

}
