/// Which characters of a line are not prose, for unlinked mentions: code spans, comments
/// (`%% … %%`, `<!-- … -->`, unclosed to the line's end), wiki links and embeds, Markdown
/// links and images (text and target), URLs and `#tags`.
///
/// One pass over the line after one pass backwards that finds, for every position, the next
/// `]`, `)`, `]]`, `%%`, `-->` and the next backtick run of each length: a line of 20,000
/// unclosed `[[` or backtick runs costs the same per character as plain prose (searching
/// forward from each opener made it quadratic). Characters are given as codes: ASCII as
/// their value, anything else as `otherSpace`, `otherLetter` or `other`, so the byte path
/// (`MentionLineBytes`) and the Character path (`MentionLine`) share it.
enum MentionMask {
    static let otherSpace: UInt16 = 0x100
    static let otherLetter: UInt16 = 0x101
    static let other: UInt16 = 0x102

    /// Codes of Characters: one ASCII scalar is its value (`\r\n` is whitespace).
    static func codes(_ chars: [Character]) -> [UInt16] {
        chars.map { ch in
            if let a = ch.asciiValue, ch.unicodeScalars.count == 1 { return UInt16(a) }
            return ch.isWhitespace ? otherSpace : ch.isLetter ? otherLetter : other
        }
    }

    /// Codes of ASCII bytes.
    static func codes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt16] { bytes.map(UInt16.init) }

    static func isSpace(_ c: UInt16) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) || c == otherSpace }
    static func isLetter(_ c: UInt16) -> Bool { ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) || c == otherLetter }
    static func lower(_ c: UInt16) -> UInt16 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }

    static let urlPrefixes: [[UInt16]] = ["https://", "http://", "www.", "mailto:"].map { $0.utf8.map(UInt16.init) }

    static func mask(_ c: [UInt16]) -> [Bool] {
        var steps = 0
        return mask(c, steps: &steps)
    }

    /// The mask; `steps` counts the work done (the linear-time test reads it).
    static func mask(_ c: [UInt16], steps: inout Int) -> [Bool] {
        let n = c.count
        var m = [Bool](repeating: false, count: n)
        guard n > 0 else { return m }
        // The next position at or after p of each closer (n: none).
        var nextBracket = [Int](repeating: n, count: n + 1), nextParen = nextBracket, nextDouble = nextBracket
        var nextPercents = nextBracket, nextArrow = nextBracket
        for p in stride(from: n - 1, through: 0, by: -1) {
            steps += 1
            nextBracket[p] = c[p] == 0x5D ? p : nextBracket[p + 1]
            nextParen[p] = c[p] == 0x29 ? p : nextParen[p + 1]
            nextDouble[p] = c[p] == 0x5D && p + 1 < n && c[p + 1] == 0x5D ? p : nextDouble[p + 1]
            nextPercents[p] = c[p] == 0x25 && p + 1 < n && c[p + 1] == 0x25 ? p : nextPercents[p + 1]
            nextArrow[p] = c[p] == 0x2D && p + 2 < n && c[p + 1] == 0x2D && c[p + 2] == 0x3E ? p : nextArrow[p + 1]
        }
        // Backtick runs (maximal), and for each the next run of the same length.
        var runStart: [Int] = [], runLength: [Int] = []
        var runAt = [Int](repeating: -1, count: n)
        var k = 0
        while k < n {
            steps += 1
            guard c[k] == 0x60 else { k += 1; continue }
            var r = 0
            while k + r < n && c[k + r] == 0x60 { r += 1; steps += 1 }
            runAt[k] = runStart.count
            runStart.append(k)
            runLength.append(r)
            k += r
        }
        var nextSame = [Int](repeating: -1, count: runStart.count)
        var lastOfLength: [Int: Int] = [:]
        for r in stride(from: runStart.count - 1, through: 0, by: -1) {
            steps += 1
            nextSame[r] = lastOfLength[runLength[r]] ?? -1
            lastOfLength[runLength[r]] = r
        }
        func set(_ a: Int, _ b: Int) {
            for x in a...min(b, n - 1) { m[x] = true; steps += 1 }
        }
        var i = 0
        while i < n {
            steps += 1
            let ch = c[i]
            if ch == 0x60, runAt[i] >= 0 {  // a code span closes at the next run of as many backticks
                let r = runAt[i]
                if nextSame[r] >= 0 {
                    let close = runStart[nextSame[r]] + runLength[r] - 1
                    set(i, close)
                    i = close + 1
                } else {
                    i += runLength[r]
                }
                continue
            }
            if ch == 0x25, i + 1 < n, c[i + 1] == 0x25 {  // %% … %%
                let end = nextPercents[i + 2] < n ? nextPercents[i + 2] + 1 : n - 1
                set(i, end)
                i = end + 1
                continue
            }
            if ch == 0x3C, i + 3 < n, c[i + 1] == 0x21, c[i + 2] == 0x2D, c[i + 3] == 0x2D {  // <!-- … -->
                let end = nextArrow[i + 4] < n ? nextArrow[i + 4] + 2 : n - 1
                set(i, end)
                i = end + 1
                continue
            }
            if ch == 0x5B, i + 1 < n, c[i + 1] == 0x5B, nextDouble[i + 2] < n {  // [[ … ]]
                let end = nextDouble[i + 2]
                set(i, end + 1)
                i = end + 2
                continue
            }
            if ch == 0x5B, nextBracket[i + 1] < n {  // [text](target)
                let close = nextBracket[i + 1]
                if close + 1 < n, c[close + 1] == 0x28, nextParen[close + 2] < n {
                    let paren = nextParen[close + 2]
                    set(i, paren)
                    i = paren + 1
                    continue
                }
            }
            if ch == 0x23, i == 0 || isSpace(c[i - 1]), i + 1 < n, !isSpace(c[i + 1]), c[i + 1] != 0x23 {  // #tag
                var j = i + 1
                while j < n && !isSpace(c[j]) { j += 1; steps += 1 }
                set(i, j - 1)
                i = j
                continue
            }
            if ch == 0x68 || ch == 0x77 || ch == 0x6D, i == 0 || !isLetter(c[i - 1]), startsURL(c, at: i) {
                var j = i
                while j < n && !isSpace(c[j]) && c[j] != 0x3E { j += 1; steps += 1 }
                set(i, j - 1)
                i = j
                continue
            }
            i += 1
        }
        return m
    }

    static func startsURL(_ c: [UInt16], at i: Int) -> Bool {
        urlPrefixes.contains { p in
            i + p.count <= c.count && p.indices.allSatisfy { lower(c[i + $0]) == p[$0] }
        }
    }
}

/// `MentionMask.mask` asked one candidate at a time (`covers`), for a line's first unlinked
/// mention: the line is scanned only as far as the candidates reach, and the next closer of
/// each kind is searched for forward and remembered (the scan asks from ever later places,
/// so each search resumes where the last one stopped and the work stays linear), instead of
/// five position tables the size of the line built for every candidate line. A line with a
/// backtick takes the whole `mask` (code spans pair runs by length, which its tables do).
struct MentionMaskScanner<Codes: RandomAccessCollection> where Codes.Index == Int, Codes.Element: FixedWidthInteger {
    private let c: Codes
    private let n: Int
    /// The whole mask, for a line with backticks.
    private var whole: [Bool]?
    /// Where the scan is: every construct starting before it has been seen.
    private var i = 0
    /// The last construct seen (the only one that can reach past `i`).
    private var last: ClosedRange<Int>?
    /// What follows an opener: `]`, `)`, `]]`, `%%`, `-->`.
    private enum Closer: Int { case bracket, paren, double, percents, arrow }
    /// Per closer: none in `from..<at`, one at `at` (`n`: none from `from` on).
    private var memos: (Memo, Memo, Memo, Memo, Memo) = (Memo(), Memo(), Memo(), Memo(), Memo())
    private struct Memo {
        var from = Int.max, at = 0
    }
    /// Work done (the linear-time test reads it).
    private(set) var steps = 0

    /// `codes` as `MentionMask.codes` gives them (ASCII bytes are their own codes), indexed from 0.
    init(_ codes: Codes) {
        c = codes
        n = codes.count
        if codes.contains(0x60) { whole = MentionMask.mask(codes.map { UInt16(truncatingIfNeeded: $0) }, steps: &steps) }
    }

    @inline(__always) private func code(_ p: Int) -> UInt16 { UInt16(truncatingIfNeeded: c[p]) }

    /// Whether any of `start..<end` is masked. `start` never decreases from one call to the next.
    mutating func covers(_ start: Int, _ end: Int) -> Bool {
        if let whole { return whole[start..<end].contains(true) }
        if let r = last, r.upperBound >= start, r.lowerBound < end { return true }
        while i < end {
            steps += 1
            guard let r = construct() else { i += 1; continue }
            last = r
            i = r.upperBound + 1
            if r.upperBound >= start { return true }
        }
        return false
    }

    /// The masked range starting at `i` (as `MentionMask.mask` marks it), or nil.
    private mutating func construct() -> ClosedRange<Int>? {
        let ch = code(i)
        if ch == 0x25, i + 1 < n, code(i + 1) == 0x25 {  // %% … %%
            let p = next(.percents, i + 2)
            return i...(p < n ? p + 1 : n - 1)
        }
        if ch == 0x3C, i + 3 < n, code(i + 1) == 0x21, code(i + 2) == 0x2D, code(i + 3) == 0x2D {  // <!-- … -->
            let p = next(.arrow, i + 4)
            return i...(p < n ? p + 2 : n - 1)
        }
        if ch == 0x5B, i + 1 < n, code(i + 1) == 0x5B {  // [[ … ]]
            let p = next(.double, i + 2)
            if p < n { return i...min(p + 1, n - 1) }
        }
        if ch == 0x5B {  // [text](target)
            let close = next(.bracket, i + 1)
            if close < n, close + 1 < n, code(close + 1) == 0x28 {
                let paren = next(.paren, close + 2)
                if paren < n { return i...paren }
            }
        }
        if ch == 0x23, i == 0 || MentionMask.isSpace(code(i - 1)), i + 1 < n, !MentionMask.isSpace(code(i + 1)),
           code(i + 1) != 0x23 {  // #tag
            var j = i + 1
            while j < n && !MentionMask.isSpace(code(j)) { j += 1; steps += 1 }
            return i...(j - 1)
        }
        if ch == 0x68 || ch == 0x77 || ch == 0x6D, i == 0 || !MentionMask.isLetter(code(i - 1)), startsURL(at: i) {
            var j = i
            while j < n && !MentionMask.isSpace(code(j)) && code(j) != 0x3E { j += 1; steps += 1 }
            return i...(j - 1)
        }
        return nil
    }

    /// The first `p >= from` where a `kind` closer starts (`n`: none), resuming the last
    /// search of this closer when `from` falls inside what it already covered.
    private mutating func next(_ kind: Closer, _ from: Int) -> Int {
        if from >= n { return n }
        let memo = self.memo(kind)
        if memo.from <= from && from <= memo.at { return memo.at }
        var p = from
        while p < n && !isCloser(kind, at: p) { p += 1; steps += 1 }
        setMemo(kind, Memo(from: from, at: p))
        return p
    }

    private func isCloser(_ kind: Closer, at p: Int) -> Bool {
        switch kind {
        case .bracket: return code(p) == 0x5D
        case .paren: return code(p) == 0x29
        case .double: return code(p) == 0x5D && p + 1 < n && code(p + 1) == 0x5D
        case .percents: return code(p) == 0x25 && p + 1 < n && code(p + 1) == 0x25
        case .arrow: return code(p) == 0x2D && p + 2 < n && code(p + 1) == 0x2D && code(p + 2) == 0x3E
        }
    }

    private func memo(_ kind: Closer) -> Memo {
        switch kind {
        case .bracket: return memos.0
        case .paren: return memos.1
        case .double: return memos.2
        case .percents: return memos.3
        case .arrow: return memos.4
        }
    }

    private mutating func setMemo(_ kind: Closer, _ m: Memo) {
        switch kind {
        case .bracket: memos.0 = m
        case .paren: memos.1 = m
        case .double: memos.2 = m
        case .percents: memos.3 = m
        case .arrow: memos.4 = m
        }
    }

    private func startsURL(at i: Int) -> Bool {
        MentionMask.urlPrefixes.contains { p in
            i + p.count <= n && p.indices.allSatisfy { MentionMask.lower(code(i + $0)) == p[$0] }
        }
    }
}
