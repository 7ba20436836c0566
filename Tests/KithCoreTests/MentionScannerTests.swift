import XCTest
@testable import KithCore

/// `MentionMaskScanner` (the mask asked one candidate at a time) answers as the whole mask
/// does, the first mention it finds is the one the whole mask found, and its work stays
/// linear on hostile lines.
final class MentionScannerTests: XCTestCase {
    static let pieces = MentionMaskTests.pieces + ["]](", "[x](y)", "%%%", "-->-->", "<!--->", "#a#b", "www.x", "MAILTO:"]

    func testCoversEqualsTheWholeMaskForRisingCandidates() {
        var rng = SystemRandomNumberGenerator()
        var covered = 0, asked = 0
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 1...18, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
            let codes = MentionMask.codes(Array(line))
            let mask = MentionMask.mask(codes)
            var scanner = MentionMaskScanner(codes)
            // Candidates as `firstMention` asks them: starts that never go back, any end after.
            var start = Int.random(in: 0..<codes.count, using: &rng)
            while start < codes.count {
                let end = Int.random(in: (start + 1)...codes.count, using: &rng)
                let expected = mask[start..<end].contains(true)
                XCTAssertEqual(scanner.covers(start, end), expected, "\(line.debugDescription) \(start)..<\(end)")
                covered += expected ? 1 : 0
                asked += 1
                start += Int.random(in: 0...3, using: &rng)
            }
        }
        XCTAssertGreaterThan(covered, asked / 10, "enough candidates fall in masked text")
        XCTAssertGreaterThan(asked - covered, asked / 10, "and enough outside it")
    }

    /// The first mention on random ASCII lines of links, code, comments, URLs and names equals
    /// what the whole mask gave (the code before the scanner, kept here as the reference).
    func testFirstMentionEqualsTheWholeMaskOnes() {
        let terms = MentionTerm.terms(for: ["Ana Lima", "Ana", "Liam O'Brien", "O'Brien"])
        var rng = SystemRandomNumberGenerator()
        var hits = 0
        for _ in 0..<30_000 {
            let line = (0..<Int.random(in: 1...16, using: &rng)).map { _ in
                (MentionSpeedTests.pieces + ["]](", "[x](", "%%%", "-->", "Ana Lima"]).randomElement(using: &rng)!
            }.joined()
            let bytes = Array(line.utf8)
            bytes.withUnsafeBufferPointer { b in
                let fast = MentionLineBytes.firstMention(b, terms: terms)
                let whole = Self.wholeMaskFirstMention(b, terms: terms)
                XCTAssertEqual(fast?.column, whole?.column, line)
                XCTAssertEqual(fast?.matched, whole?.matched, line)
                hits += fast == nil ? 0 : 1
            }
        }
        XCTAssertGreaterThan(hits, 1_000)
    }

    /// Work at N and 8N copies of a hostile piece, with a name masked at every copy (so the
    /// scanner is asked again and again): about eight times as much.
    func testWorkGrowsLinearlyOnHostileLines() {
        let hostile = ["[[a ", "[a](", "[", "%% x ", "<!-- ", "#t ", "http://x ", "[x] (", "]] [[", "[[Ana Lima]] ",
                       "[Ana Lima](x) ", "%% Ana Lima ", "Ana Lima]] ", "[Ana Lima] ( "]
        let terms = MentionTerm.terms(for: ["Ana Lima"])
        for piece in hostile {
            func steps(_ n: Int) -> Int {
                let line = Array((String(repeating: piece, count: n) + " Ana Lima").utf8)
                var scanner = MentionMaskScanner(line)
                // Every place the name could start, as `firstMention` asks.
                for start in 0..<line.count where line[start] == 0x41 {
                    if !scanner.covers(start, start + 8) { break }
                }
                return scanner.steps
            }
            let small = steps(1_000), large = steps(8_000)
            XCTAssertLessThanOrEqual(Double(large), 8.5 * Double(small), "\(piece.debugDescription): \(small) → \(large)")
            // And the mention found is the whole mask's.
            let line = Array((String(repeating: piece, count: 2_000) + " Ana Lima").utf8)
            line.withUnsafeBufferPointer { b in
                XCTAssertEqual(MentionLineBytes.firstMention(b, terms: terms)?.column,
                               Self.wholeMaskFirstMention(b, terms: terms)?.column, piece)
            }
        }
    }

    /// `MentionLineBytes.firstMention` as it was: the whole mask once a name matched.
    static func wholeMaskFirstMention(_ line: UnsafeBufferPointer<UInt8>, terms: [MentionTerm]) -> (column: Int, matched: String)? {
        let n = line.count
        var masked: [Bool]?
        for start in 0..<n {
            if start > 0, MentionLineBytes.isWord(line[start - 1]) { continue }
            for term in terms {
                guard let end = MentionLineBytes.match(term, line, at: start) else { continue }
                if end < n, MentionLineBytes.isWord(line[end]) { continue }
                if masked == nil { masked = MentionMask.mask(MentionMask.codes(line)) }
                if masked![start..<end].contains(true) { continue }
                return (start, String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self))
            }
        }
        return nil
    }
}
