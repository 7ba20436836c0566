import XCTest
@testable import KithCore

/// The fast frontmatter path must give exactly what the Yams path gives, or decline.
final class FrontmatterFastPathTests: XCTestCase {
    private struct Outcome: Equatable {
        var properties: [String: FrontmatterValue]
        var links: [LinkReference]
    }

    /// Both readers on `yaml` placed between `---` lines: (fast or nil, Yams).
    private func bothPaths(_ yaml: String) -> (Outcome?, Outcome?) {
        var text = "---\n" + yaml + (yaml.isEmpty || yaml.hasSuffix("\n") ? "" : "\n") + "---\n"
        return text.withUTF8 { buf in
            let lines = LineTable(buf)
            var close = 1
            while close < lines.count, !FrontmatterReader.isDelimiter(buf, lines, close, dots: false) { close += 1 }
            let fast = FastFrontmatter.parse(buf, lines: lines, firstLine: 1, endLine: close)
                .map { Outcome(properties: $0.properties, links: $0.links) }
            switch YAMLFrontmatter.parse(buf, lines: lines, firstLine: 1, endLine: close) {
            case .success(let properties, let links): return (fast, Outcome(properties: properties, links: links))
            case .failure: return (fast, nil)
            }
        }
    }

    private let simple: [String] = [
        "title: Deandre Jackson",
        "type: people\ntitle: Deandre Jackson\nlast_contact: '2025-10-30'\ncreated: '2026-01-03'\ntags:\n- type/people\n- generated",
        "created: 2026-01-03", "n: 12", "b: true", "f: 1.5", "e:", "e: ~", "e: null", "e: Null", "e: NULL",
        "e: nulls", "q: ''", "q: \"\"", "q: 'it''s'", "q: 'a''''b'", "q: \"say hi\"", "q: 'single \"inner\"'",
        "q: \"double 'inner'\"", "tags:\n  - a\n  - '#b'\n  - \"c d\"", "tags:\n- a\n\n- b\n", "tags:\n",
        "tags:\nnext: x", "tags: [a, b]", "tags: []", "tags: [ ]", "tags: ['#a', \"b c\", d]", "tags: [  a  ,b ]",
        "participants: ['[[Deandre Jackson]]']", "categories: \"[[People]]\"",
        "x: text with [[A]] and [[B|b]]", "url: https://x.y/z#frag", "a: b#c", "key with space: v", "k: v   ",
        "k: 'v'   ", "name: Zoë Ångström", "名前: 日本語", "k: a, b", "k: a: b".replacingOccurrences(of: ": b", with: ":b"),
        "k: x [y] {z}", "k: 100%", "k: a-b_c.d/e", "Key.With-Marks: 1", "k: ~x", "k: nul", "k: 'null'",
        "k: \"~\"", "a: 1\n\n\nb: 2\n", "k: emoji 🎉", "k: nbsp\u{00A0}inside", "k: tab-free é",
        "list:\n  - x\n  - y\nother: z", "k: '[[Note#Heading|Label]]'", "k: [[[x]]]".replacingOccurrences(of: "[[[x]]]", with: "'[[x]]'"),
    ]

    private let fallback: [String] = [
        "k: a # comment", "k: |\n  text", "k: >\n  folded", "k: \"esc\\n\"", "k:\n  sub: 1", "k: &a x\nj: *a",
        "k: !!str 12", "# comment\nk: v", "k: v\n  continued", "k: 'multi\n  line'", "k: a: b", "k: v\nk: w",
        "- a\n- b", "k:\tv", "k: [a, [b]]", "k: {a: 1}", "k: -1", "? k\n: v", "k:v", "k: x\u{0085}y",
        "k: x\u{2028}y", "k: [a,]", "k: [a,,b]", "tags:\n  - a\n - b", "tags:\n- a\n  - b", "tags:\n  sub:",
        "k: [[A]]", "k: [a: b]", "k: ,x", "k: @x", "k: `x`", "k: %x", "k: x:", "tags:\n-\n- a", "k: 'open",
        "  k: v", "k: \"open", "tags:\n- [a, b]", "k: [http://x]", "k: 'a'b", "k : v", "'quoted key': v",
        "k: x\r\n".replacingOccurrences(of: "\r\n", with: "\rz"),
    ]

    func testSimpleVariantsTakeTheFastPathAndMatchYams() {
        for yaml in simple {
            for variant in [yaml, yaml.replacingOccurrences(of: "\n", with: "\r\n")] {
                let (fast, yams) = bothPaths(variant)
                XCTAssertNotNil(fast, "fast path declined: \(variant.debugDescription)")
                XCTAssertNotNil(yams, "Yams failed: \(variant.debugDescription)")
                XCTAssertEqual(fast, yams, variant.debugDescription)
            }
        }
    }

    func testAnythingElseIsLeftToYams() {
        for yaml in fallback {
            let (fast, _) = bothPaths(yaml)
            XCTAssertNil(fast, "fast path accepted: \(yaml.debugDescription)")
        }
    }

    func testGeneratedDocumentsAgree() {
        var rng = SplitMix(seed: 0x5EED)
        let keys = ["title", "type", "tags", "aliases", "created", "last_contact", "Project Name", "n", "ok",
                    "participants", "k-1", "über"]
        let values = ["x", "Deandre Jackson", "'2025-10-30'", "2025-10-30", "", "~", "null", "'null'", "12",
                      "true", "\"[[People]]\"", "'[[A|b]]'", "[a, 'b c', \"[[L]]\"]", "[]", "a, b", "'it''s'",
                      "x # c", "|", "&a x", "*a", "a: b", "-1", "[a, [b]]", "{a: 1}", "'", "http://x/#y",
                      "é ü ß", "  spaced  ", "x:y", "#tag", "'#tag'", "[[Bare]]", "ok [[Mid]] ok"]
        let items = ["a", "'#b'", "\"[[C]]\"", "", "~", "[x]", "k: v", "- z", "'q''q'", "1"]
        var accepted = 0
        for _ in 0..<600 {
            var yaml = ""
            var used = Set<String>()
            for _ in 0..<(1 + rng.next(6)) {
                var key = keys[rng.next(keys.count)]
                if rng.next(10) == 0 { key = keys[0] } // sometimes a duplicate
                if rng.next(4) == 0 {
                    yaml += "\(key):\n"
                    let indent = String(repeating: " ", count: rng.next(3))
                    for _ in 0..<rng.next(4) { yaml += "\(indent)- \(items[rng.next(items.count)])\n" }
                } else {
                    yaml += "\(key): \(values[rng.next(values.count)])\n"
                }
                if rng.next(8) == 0 { yaml += "\n" }
                used.insert(key)
            }
            if rng.next(3) == 0 { yaml = yaml.replacingOccurrences(of: "\n", with: "\r\n") }
            let (fast, yams) = bothPaths(yaml)
            if let fast {
                accepted += 1
                XCTAssertEqual(fast, yams, yaml.debugDescription)
            }
        }
        XCTAssertGreaterThan(accepted, 100, "the generator should exercise the fast path")
    }
}

/// A small deterministic generator (no Foundation randomness in tests).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
