/// Per-line tables for the inline scanner, kept between lines so they allocate once per note.
///
/// Matching is done with tables built in one pass over the line (a stack for brackets and
/// parentheses, "next run of the same length" for backticks and `$`) so that no construct is
/// found by rescanning the rest of the line.
struct InlineScratch {
    /// What a line segment contains, from the scanner's first pass.
    struct Flags {
        var backticks = false, brackets = false, dollars = false, other = false, recordOnly = false
        var interesting: Bool { backticks || brackets || dollars || other }
    }

    /// Backtick runs: start, length, and the index of the next run of the same length (or -1).
    var runStart: [Int32] = []
    var runLength: [Int32] = []
    var runNextSame: [Int32] = []
    var runCursor = 0
    var lastRunOfLength: [Int: Int32] = [:]
    /// `$` runs: start, length, and the index of the run that closes them (or -1).
    var dollarStart: [Int32] = []
    var dollarLength: [Int32] = []
    var dollarCloser: [Int32] = []
    var dollarCursor = 0
    /// `[` and `(` in line order with the offset of their matching `]` / `)` (or -1).
    var bracketOpen: [Int32] = []
    var bracketClose: [Int32] = []
    var bracketCursor = 0
    var parenOpen: [Int32] = []
    var parenClose: [Int32] = []
    var whitespace: [Int32] = []
    var stack: [Int] = []
    var parenStack: [Int] = []
    /// Emphasis delimiter runs of the segment (see `InlineEmphasis.swift`).
    var delimiters: [Delimiter] = []
    /// No `"` (index 0) or `'` (index 1) after these offsets on the line (HTML attribute values).
    var quoteUnclosedFrom = (Int.max, Int.max)
    /// Tokens of emphasis found when resolving delimiters, merged into the line's tokens.
    var emphasisTokens: [InlineToken] = []

    private mutating func reset() {
        runStart.removeAll(keepingCapacity: true)
        runLength.removeAll(keepingCapacity: true)
        runNextSame.removeAll(keepingCapacity: true)
        lastRunOfLength.removeAll(keepingCapacity: true)
        dollarStart.removeAll(keepingCapacity: true)
        dollarLength.removeAll(keepingCapacity: true)
        dollarCloser.removeAll(keepingCapacity: true)
        bracketOpen.removeAll(keepingCapacity: true)
        bracketClose.removeAll(keepingCapacity: true)
        parenOpen.removeAll(keepingCapacity: true)
        parenClose.removeAll(keepingCapacity: true)
        whitespace.removeAll(keepingCapacity: true)
        delimiters.removeAll(keepingCapacity: true)
        runCursor = 0
        dollarCursor = 0
        bracketCursor = 0
        quoteUnclosedFrom = (Int.max, Int.max)
    }

    /// Builds the tables of one line segment.
    mutating func prepare(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ e: Int, flags: Flags) {
        reset()
        guard flags.backticks || flags.brackets || flags.dollars else { return }
        let brackets = flags.brackets
        var p = start
        defer { OperationCounter.tick(p - start) }
        while p < e {
            let b = buf[p]
            if b == 0x5C, p + 1 < e, ByteText.isASCIIPunctuation(buf[p + 1]), buf[p + 1] != 0x60 {
                p += 2
                continue
            }
            switch b {
            case 0x60, 0x24:
                let s = p
                while p < e, buf[p] == b { p += 1 }
                if b == 0x60 {
                    runStart.append(Int32(s))
                    runLength.append(Int32(p - s))
                    runNextSame.append(-1)
                } else {
                    dollarStart.append(Int32(s))
                    dollarLength.append(Int32(p - s))
                    dollarCloser.append(-1)
                }
                continue
            case 0x5B where brackets:
                stack.append(bracketOpen.count)
                bracketOpen.append(Int32(p))
                bracketClose.append(-1)
            case 0x5D where brackets:
                if let open = stack.popLast() { bracketClose[open] = Int32(p) }
            case 0x28 where brackets:
                parenStack.append(parenOpen.count)
                parenOpen.append(Int32(p))
                parenClose.append(-1)
            case 0x29 where brackets:
                if let open = parenStack.popLast() { parenClose[open] = Int32(p) }
            case 0x20 where brackets, 0x09 where brackets:
                whitespace.append(Int32(p))
            default:
                break
            }
            p += 1
        }
        stack.removeAll(keepingCapacity: true)
        parenStack.removeAll(keepingCapacity: true)
        // Right to left: each run learns the next run of the same length (its closer).
        var k = runStart.count - 1
        while k >= 0 {
            let length = Int(runLength[k])
            runNextSame[k] = lastRunOfLength[length] ?? -1
            lastRunOfLength[length] = Int32(k)
            k -= 1
        }
        // A single `$` closes math when no space precedes it and no digit follows ("$5 and $10"
        // is no math); `$$` closes `$$`.
        var nextSingle: Int32 = -1, nextDouble: Int32 = -1
        k = dollarStart.count - 1
        while k >= 0 {
            let s = Int(dollarStart[k]), length = Int(dollarLength[k])
            if length == 1 {
                dollarCloser[k] = nextSingle
                let after = s + 1 < e ? buf[s + 1] : 0x20
                if s > start, !ByteText.isSpaceOrTab(buf[s - 1]), !(after >= 0x30 && after <= 0x39) {
                    nextSingle = Int32(k)
                }
            } else if length == 2 {
                dollarCloser[k] = nextDouble
                nextDouble = Int32(k)
            }
            k -= 1
        }
        OperationCounter.tick(runStart.count + dollarStart.count)
    }

    /// Index of the first element of sorted `array` that is ≥ `value`.
    static func lowerBound(_ array: [Int32], _ value: Int) -> Int {
        var lo = 0, hi = array.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(array[mid]) < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
