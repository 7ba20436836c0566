// The matching algorithms of fzf (src/algo/algo.go), reimplemented over `MatchText`.
// Scores follow fzf's exactly so `LineFilter` orders lines like `fzf --filter`.
// Every function takes the text in the comparison form the term needs (`t`) and the
// term's scalars (`p`); it returns the score, or -1 when there is no match, and appends
// matched positions (indices into the text) when `positions` is non-nil.

extension MatchText {
    /// fzf's FuzzyMatchV2: optimal alignment by dynamic programming.
    ///
    /// With `carryFirstRow`, a repeated first letter no longer discards an earlier, better
    /// start: fzf restarts the first row at every occurrence, so for `dj` the second `d` of
    /// "Deandre Jackson" wins over its initial and "aDjacent" ranks first. `FuzzyMatcher`
    /// carries; `LineFilter` does not, to stay identical to fzf.
    func fuzzyV2(_ t: UnsafeMutablePointer<UInt32>, _ p: UnsafeBufferPointer<UInt32>,
                 _ positions: inout [Int]?, carryFirstRow: Bool = false) -> Int32 {
        let m = p.count
        if m == 0 { return 0 }
        let n = count
        if m > n { return -1 }
        // fzf falls back to the greedy algorithm when the matrix would not fit its slab.
        if n * m > Scoring.maxMatrixCells { return fuzzyV1(t, p, &positions) }
        if firstOccurrence.count < m { firstOccurrence = [Int](repeating: 0, count: m) }

        // Phase 1: first occurrence of each pattern character in order, and the last
        // occurrence of the last one; nothing outside [f0, lastIdx] can be matched.
        var pidx = 0
        var lastIdx = 0
        var pchar = p[0]
        for i in 0..<n where t[i] == pchar {
            if pidx < m {
                firstOccurrence[pidx] = i
                pidx += 1
                pchar = p[min(pidx, m - 1)]
            }
            lastIdx = i
        }
        if pidx != m { return -1 }
        let b = bonuses()
        let f0 = firstOccurrence[0]
        let p0 = p[0]

        if m == 1 {
            var maxScore: Int32 = 0
            var maxPos = 0
            for i in f0...lastIdx where t[i] == p0 {
                let score = Scoring.match + b[i] * Scoring.firstCharMultiplier
                if score > maxScore {
                    maxScore = score
                    maxPos = i
                    // fzf stops at the first boundary match, even if a later one scores more.
                    if b[i] >= Scoring.boundary { break }
                }
            }
            positions?.append(maxPos)
            return maxScore
        }

        // Phase 2: first row (the first pattern character), with its doubled bonus.
        let width = lastIdx - f0 + 1
        reserveMatrix(width * m)
        let h = self.h, c = self.c
        var prevH: Int32 = 0
        var inGap = false
        for j in f0...lastIdx {
            let col = j - f0
            let carried = max(prevH + (inGap ? Scoring.gapExtension : Scoring.gapStart), 0)
            let start = Scoring.match + b[j] * Scoring.firstCharMultiplier
            if t[j] == p0 && (!carryFirstRow || start >= carried) {
                h[col] = start
                c[col] = 1
                inGap = false
            } else {
                h[col] = carried
                c[col] = 0
                inGap = true
            }
            prevH = h[col]
        }

        // Phase 3: the remaining rows. Omissions are not allowed, only gaps in the text.
        var maxScore: Int32 = 0
        var maxPos = 0
        for i in 1..<m {
            let f = firstOccurrence[i]
            let pc = p[i]
            let row = i * width
            var inGap = false
            h[row + f - f0 - 1] = 0
            for j in f...lastIdx {
                let col = j - f0
                let s2 = h[row + col - 1] + (inGap ? Scoring.gapExtension : Scoring.gapStart)
                var s1: Int32 = 0
                var consecutive: Int32 = 0
                if t[j] == pc {
                    s1 = h[row - width + col - 1] + Scoring.match
                    var bonus = b[j]
                    consecutive = c[row - width + col - 1] + 1
                    if consecutive > 1 {
                        let fb = b[j - Int(consecutive) + 1]
                        // A stronger boundary inside a chunk starts a new chunk.
                        if bonus >= Scoring.boundary && bonus > fb {
                            consecutive = 1
                        } else {
                            bonus = max(bonus, max(Scoring.consecutive, fb))
                        }
                    }
                    if s1 + bonus < s2 {
                        s1 += b[j]
                        consecutive = 0
                    } else {
                        s1 += bonus
                    }
                }
                c[row + col] = consecutive
                inGap = s1 < s2
                let score = max(max(s1, s2), 0)
                if i == m - 1 && score > maxScore {
                    maxScore = score
                    maxPos = j
                }
                h[row + col] = score
            }
        }

        // Phase 4: backtrace, preferring matches that continue a consecutive chunk.
        if positions != nil {
            var found: [Int] = []
            found.reserveCapacity(m)
            var i = m - 1
            var j = maxPos
            var preferMatch = true
            let cells = width * m
            while true {
                let rowStart = i * width
                let j0 = j - f0
                let s = h[rowStart + j0]
                var s1: Int32 = 0
                var s2: Int32 = 0
                if i > 0 && j >= firstOccurrence[i] { s1 = h[rowStart - width + j0 - 1] }
                if j > firstOccurrence[i] { s2 = h[rowStart + j0 - 1] }
                if s > s1 && (s > s2 || s == s2 && preferMatch) {
                    found.append(j)
                    if i == 0 { break }
                    i -= 1
                }
                let below = rowStart + width + j0 + 1
                preferMatch = c[rowStart + j0] > 1 || below < cells && c[below] > 0
                j -= 1
            }
            positions!.append(contentsOf: found.reversed())
        }
        return maxScore
    }

    /// fzf's FuzzyMatchV1: first occurrence forward, then the shortest span backward.
    func fuzzyV1(_ t: UnsafeMutablePointer<UInt32>, _ p: UnsafeBufferPointer<UInt32>,
                 _ positions: inout [Int]?) -> Int32 {
        let m = p.count
        var pidx = 0, sidx = -1, eidx = -1
        for i in 0..<count where t[i] == p[pidx] {
            if sidx < 0 { sidx = i }
            pidx += 1
            if pidx == m { eidx = i + 1; break }
        }
        if eidx < 0 { return -1 }
        pidx = m - 1
        var i = eidx - 1
        while i >= sidx {
            if t[i] == p[pidx] {
                pidx -= 1
                if pidx < 0 { sidx = i; break }
            }
            i -= 1
        }
        return calculateScore(t, p, sidx, eidx, &positions)
    }

    /// Scores the greedy alignment of `p` inside `t[start..<end]` with V2's criteria.
    func calculateScore(_ t: UnsafeMutablePointer<UInt32>, _ p: UnsafeBufferPointer<UInt32>,
                        _ start: Int, _ end: Int, _ positions: inout [Int]?) -> Int32 {
        var pidx = 0, score: Int32 = 0, inGap = false, consecutive = 0
        var firstBonus: Int32 = 0
        var prev = start > 0 ? classes[start - 1] : CharClass.white
        for idx in start..<end {
            let cls = classes[idx]
            if pidx < p.count && t[idx] == p[pidx] {
                positions?.append(idx)
                score += Scoring.match
                var bonus = matrix[Int(prev) * 8 + Int(cls)]
                if consecutive == 0 {
                    firstBonus = bonus
                } else {
                    if bonus >= Scoring.boundary && bonus > firstBonus { firstBonus = bonus }
                    bonus = max(max(bonus, firstBonus), Scoring.consecutive)
                }
                score += pidx == 0 ? bonus * Scoring.firstCharMultiplier : bonus
                inGap = false
                consecutive += 1
                pidx += 1
            } else {
                score += inGap ? Scoring.gapExtension : Scoring.gapStart
                inGap = true
                consecutive = 0
                firstBonus = 0
            }
            prev = cls
        }
        return score
    }

    /// fzf's ExactMatchNaive: the occurrence whose first character has the best bonus.
    func exactMatch(_ t: UnsafeMutablePointer<UInt32>, _ p: UnsafeBufferPointer<UInt32>,
                    _ positions: inout [Int]?) -> Int32 {
        let m = p.count, n = count
        if m == 0 { return 0 }
        if n < m { return -1 }
        var pidx = 0, bestPos = -1
        var bonus: Int32 = 0, bestBonus: Int32 = -1
        var index = 0
        while index < n {
            if t[index] == p[pidx] {
                if pidx == 0 {
                    bonus = index == 0 ? Scoring.boundaryWhite
                        : matrix[Int(classes[index - 1]) * 8 + Int(classes[index])]
                }
                pidx += 1
                if pidx == m {
                    if bonus > bestBonus { bestPos = index; bestBonus = bonus }
                    if bonus >= Scoring.boundary { break }
                    index -= pidx - 1
                    pidx = 0; bonus = 0
                }
            } else {
                index -= pidx
                pidx = 0; bonus = 0
            }
            index += 1
        }
        guard bestPos >= 0 else { return -1 }
        return calculateScore(t, p, bestPos - m + 1, bestPos + 1, &positions)
    }

    /// `^term`: matches after leading white space (unless the term itself starts with one).
    func prefixMatch(_ t: UnsafeMutablePointer<UInt32>, _ p: UnsafeBufferPointer<UInt32>,
                     _ positions: inout [Int]?) -> Int32 {
        let m = p.count
        if m == 0 { return 0 }
        let start = isWhite(p[0]) ? 0 : leadingWhite()
        guard count - start >= m else { return -1 }
        for k in 0..<m where t[start + k] != p[k] { return -1 }
        return calculateScore(t, p, start, start + m, &positions)
    }

    /// `term$`: matches before trailing white space (unless the term ends with one).
    func suffixMatch(_ t: UnsafeMutablePointer<UInt32>, _ p: UnsafeBufferPointer<UInt32>,
                     _ positions: inout [Int]?) -> Int32 {
        let m = p.count
        var end = count
        if m == 0 || !isWhite(p[m - 1]) { end -= trailingWhite() }
        if m == 0 { return 0 }
        let start = end - m
        guard start >= 0 else { return -1 }
        for k in 0..<m where t[start + k] != p[k] { return -1 }
        return calculateScore(t, p, start, end, &positions)
    }

    /// `^term$`: the whole text, ignoring surrounding white space.
    func equalMatch(_ t: UnsafeMutablePointer<UInt32>, _ p: UnsafeBufferPointer<UInt32>,
                    _ positions: inout [Int]?) -> Int32 {
        let m = p.count
        if m == 0 { return -1 }
        let start = isWhite(p[0]) ? 0 : leadingWhite()
        let trail = isWhite(p[m - 1]) ? 0 : trailingWhite()
        guard count - start - trail == m else { return -1 }
        for k in 0..<m where t[start + k] != p[k] { return -1 }
        for k in 0..<m { positions?.append(start + k) }
        return (Scoring.match + Scoring.boundaryWhite) * Int32(m)
            + (Scoring.firstCharMultiplier - 1) * Scoring.boundaryWhite
    }

    /// Number of leading white-space characters.
    func leadingWhite() -> Int {
        var i = 0
        while i < count && classes[i] == CharClass.white { i += 1 }
        return i
    }

    /// Number of trailing white-space characters.
    func trailingWhite() -> Int {
        var i = 0
        while i < count && classes[count - 1 - i] == CharClass.white { i += 1 }
        return i
    }

    private func isWhite(_ v: UInt32) -> Bool { CharClass.of(v) == CharClass.white }
}
