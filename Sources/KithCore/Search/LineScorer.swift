/// Scores single lines against a pattern the way `fzf --filter` does. One per thread:
/// it owns the reusable `MatchText`, so scoring a line allocates nothing.
final class LineScorer {
    let pattern: SearchPattern
    private let prefilters: [(bytes: [UInt8], caseSensitive: Bool)]
    private let text = MatchText()

    init(_ pattern: SearchPattern) {
        self.pattern = pattern
        self.prefilters = pattern.prefilters
    }

    /// The sort key of a matching line, or nil. Keys order like fzf's default
    /// `--tiebreak=length`: higher score, then shorter trimmed length, then input order.
    @inline(__always)
    func key(_ line: UnsafeBufferPointer<UInt8>, index: Int) -> UInt64? {
        guard let (score, length) = score(line) else { return nil }
        if !pattern.sortable { return UInt64(index) }
        return Self.key(score: score, length: length, index: index)
    }

    static func key(score: Int, length: Int, index: Int) -> UInt64 {
        // fzf ranks on 16-bit values: clamp like its AsUint16.
        let s = UInt64(65535 - min(max(score, 0), 65535))
        let l = UInt64(min(length, 65535))
        return s << 48 | l << 32 | UInt64(UInt32(truncatingIfNeeded: index))
    }

    /// fzf's score and the line's length in scalars without surrounding white space.
    func score(_ line: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        var ascii = true
        for filter in prefilters {
            switch Self.prefilter(line, filter.bytes, filter.caseSensitive) {
            case .reject: return nil
            case .accept: break
            case .unknown: ascii = false
            }
        }
        if ascii && FullTextSearch.isASCII(line) {
            text.load(ascii: line)
        } else {
            text.load(utf8: line)
        }
        guard let m = pattern.match(text, withPositions: false) else { return nil }
        let lead = text.leadingWhite()
        let length = lead == text.count ? 0 : text.count - lead - text.trailingWhite()
        return (m.score, length)
    }

    enum Verdict { case reject, accept, unknown }

    /// Are `needle`'s ASCII bytes present in order? A non-ASCII byte in the line makes a
    /// miss inconclusive: it may fold to one of the needle's letters (`é` for `e`).
    @inline(__always)
    static func prefilter(_ line: UnsafeBufferPointer<UInt8>, _ needle: [UInt8],
                          _ caseSensitive: Bool) -> Verdict {
        needle.withUnsafeBufferPointer { n in
            let count = n.count
            if count == 0 { return .accept }
            var k = 0
            var want = n[0]
            var sawHigh = false
            if caseSensitive {
                for b in line {
                    if b == want {
                        k += 1
                        if k == count { return .accept }
                        want = n[k]
                    } else if b >= 0x80 {
                        sawHigh = true
                    }
                }
            } else {
                for b in line {
                    if (b &- 0x41 < 26 ? b | 0x20 : b) == want {
                        k += 1
                        if k == count { return .accept }
                        want = n[k]
                    } else if b >= 0x80 {
                        sawHigh = true
                    }
                }
            }
            return sawHigh ? .unknown : .reject
        }
    }
}
