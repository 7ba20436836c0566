extension FullTextSearch {
    /// Whether a line that holds no case-insensitive match of an ASCII `needle` in its own
    /// bytes may match once folded (false: it need not be folded). Such a match must take in a
    /// character that breaks `keepsASCIIRuns` (else it would lie in one of the line's ASCII
    /// runs, as a raw match), and all its other bytes are the needle's: so around each such
    /// character, the needle's ASCII bytes next to it plus its fold must be as long as the
    /// needle. Unsure (true) where a run reaches another non-ASCII character or the fold is
    /// not in the tables. Most lines with an accent that folds into the query (`José` for
    /// `checkpoint`) were folded whole only to find nothing.
    static func foldMayMatch(_ line: UnsafeBufferPointer<UInt8>, needle: [UInt8], asciiSet set: (UInt64, UInt64)) -> Bool {
        guard let base = line.baseAddress else { return false }
        let n = line.count, m = needle.count
        func inNeedle(_ c: UInt8) -> Bool {
            let b = c &- 0x41 < 26 ? c | 0x20 : c
            return (b < 64 ? set.0 >> UInt64(b) : set.1 >> UInt64(b - 64)) & 1 == 1
        }
        var i = 0
        while true {
            let b = FoldCache.firstBreakingScalar(line, from: i, apartFrom: set)
            if b >= n { return false }
            let (v, length) = FoldCache.scalar(in: line, at: b)
            let slot = FoldCache.tableSlot(v)
            guard length > 1, slot >= 0 else { return true }
            var reach = Int(FoldCache.start[slot + 1] - FoldCache.start[slot])
            var j = b
            while j > 0 && reach < m {
                let c = base[j - 1]
                if c >= 0x80 { return true }
                if !inNeedle(c) { break }
                reach += 1; j -= 1
            }
            j = b + length
            while j < n && reach < m {
                let c = base[j]
                if c >= 0x80 { return true }
                if !inNeedle(c) { break }
                reach += 1; j += 1
            }
            if reach >= m { return true }
            i = b + length
        }
    }
}
