import Foundation

/// One small Bloom filter of folded words per note, built once per index, so looking for a
/// person's unlinked mentions reads only the notes that may hold every word of their name
/// instead of the whole vault on each card (10,000 notes: 60 MB).
///
/// Words are split as `MentionLine` sees them (letters, digits and `_`; apostrophes, hyphens
/// and every other mark separate), so a note the filter rejects has no mention; a note it
/// keeps is then scanned exactly. Names in scripts written without spaces (CJK, Thai) skip
/// the filter: their words have no boundaries to split on.
public struct MentionFilter: Sendable {
    /// Each note's filter, `wordCount[i]` 64-bit words starting at `start[i]` of `bits`.
    private let bits: [UInt64]
    private let start: [Int]
    private let wordCount: [Int]
    /// The notes it was built over, to refuse use with another index.
    private let firstPath: String?, lastPath: String?

    /// Builds the filters of every note of `index`, in parallel.
    public init(_ index: VaultIndex) {
        let notes = index.notes
        // Chunks of 64 notes rather than one task per note: most notes are small.
        let parts = Parallel.chunks(of: notes.count, into: (notes.count + 63) / 64) { range in
            range.map { Self.filter(of: notes[$0].parsed) }
        }.flatMap { $0 }
        self.init(parts: parts.map { $0[...] }, notes: notes)
    }

    /// The filters of `new`'s notes, reusing this filter's (built over `old`) for every note
    /// whose path and text did not change: an edit refilters only the notes it touched, and
    /// the result equals `MentionFilter(new)` since a note's filter depends only on its text.
    public func updated(from old: VaultIndex, to new: VaultIndex) -> MentionFilter {
        guard fits(old) else { return MentionFilter(new) }
        var parts: [ArraySlice<UInt64>] = []
        parts.reserveCapacity(new.notes.count)
        for n in new.notes {
            if let i = old.idByPath[n.path], old.notes[i].parsed.sameText(as: n.parsed) {
                parts.append(bits[start[i]..<(start[i] + wordCount[i])])
            } else {
                parts.append(Self.filter(of: n.parsed)[...])
            }
        }
        return MentionFilter(parts: parts, notes: new.notes)
    }

    private init<Notes: BidirectionalCollection<IndexedNote>>(parts: [ArraySlice<UInt64>], notes: Notes) {
        var start: [Int] = [], count: [Int] = [], flat: [UInt64] = []
        start.reserveCapacity(parts.count)
        count.reserveCapacity(parts.count)
        flat.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for p in parts {
            start.append(flat.count)
            count.append(p.count)
            flat += p
        }
        self.bits = flat
        self.start = start
        self.wordCount = count
        firstPath = notes.first?.path
        lastPath = notes.last?.path
    }

    /// True when built over `index`'s notes (same count, same first and last path).
    public func fits(_ index: VaultIndex) -> Bool {
        index.notes.count == start.count && index.notes.first?.path == firstPath && index.notes.last?.path == lastPath
    }

    /// Bytes the filters take.
    public var byteCount: Int { bits.count * 8 }

    /// False when note `i` (index order) cannot contain every one of `hashes`.
    func mayContain(note i: Int, _ hashes: [UInt64]) -> Bool {
        guard i < start.count else { return true }
        let n = wordCount[i]
        if n == 0 { return hashes.isEmpty }
        let base = start[i]
        let mask = UInt64(n * 64 - 1)
        for h in hashes {
            for k in 0..<3 {
                let bit = Int((h >> UInt64(k * 21)) & mask)
                if bits[base + bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
            }
        }
        return true
    }

    /// Bits of the scratch filter a note is first built in (then folded down to its size).
    static let scratchWords = 1024

    /// The Bloom filter of one note's body: about ten bits per distinct word, three hashes,
    /// a power of two of 64-bit words.
    ///
    /// Words go straight into a 65,536-bit scratch filter; the number of distinct words is
    /// estimated from how full it is (linear counting), and the scratch is folded down to the
    /// size that estimate asks for. A Bloom filter of 2^k bits folds exactly to 2^j bits by
    /// OR-ing its halves, since a bit's position is the hash masked to the size: no set of
    /// words is kept, and each line is folded only when it has non-ASCII bytes.
    static func filter(of note: ParsedNote) -> [UInt64] {
        let bodyStart = max(1, note.bodyStartLine)
        guard bodyStart <= note.lineCount else { return [] }
        var big = [UInt64](repeating: 0, count: scratchWords)
        var any = false
        var scratch: [UInt8] = []
        let resident = note.storage.current
        var text = resident.text
        let lineStarts = resident.lineStarts
        let lineCount = min(note.lineCount, lineStarts.count)
        guard bodyStart <= lineCount else { return [] }
        big.withUnsafeMutableBufferPointer { bits in
            let mask = UInt64(scratchWords * 64 - 1)
            func add(_ h: UInt64) {
                any = true
                for k in 0..<3 {
                    let bit = Int((h >> UInt64(k * 21)) & mask)
                    bits[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
            text.withUTF8 { bytes in
                guard let base = bytes.baseAddress else { return }
                for n in bodyStart...lineCount {
                    let from = Int(lineStarts[n - 1])
                    let to = n < lineCount ? Int(lineStarts[n]) : bytes.count
                    let line = UnsafeBufferPointer(start: base + from, count: to - from)
                    if FullTextSearch.isASCII(line) {
                        words(asciiLowercasing: line, add)
                    } else {
                        scratch.removeAll(keepingCapacity: true)
                        FoldCache.appendFolded(line, to: &scratch)
                        scratch.withUnsafeBufferPointer { words(folded: $0, add) }
                    }
                }
            }
        }
        guard any else { return [] }
        // Linear counting: m bits, z of them still zero, k = 3 hashes per word.
        let m = Double(scratchWords * 64)
        let zeros = big.reduce(0) { $0 + (64 - $1.nonzeroBitCount) }
        let distinct = zeros == 0 ? m : -m * log(Double(zeros) / m) / 3
        var n = 1
        while n < scratchWords && Double(n * 64) < distinct * 10 { n *= 2 }
        var size = scratchWords
        while size > n {
            size /= 2
            for i in 0..<size { big[i] |= big[i + size] }
        }
        return Array(big.prefix(n))
    }

    /// Hashes of a term's words, split as the filter splits text; nil when the term has a
    /// letter of a script without spaces (the filter cannot rule such a name out).
    static func hashes(of term: MentionTerm) -> [UInt64]? {
        var out: [UInt64] = []
        for word in term.words {
            if word.contains(where: MentionLine.isSpaceless) { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: word)
            let bytes = Array(String(view).utf8)
            bytes.withUnsafeBufferPointer { words(folded: $0) { out.append($0) } }
        }
        return out
    }

    /// Words of ASCII text, lowercased on the fly.
    static func words(asciiLowercasing t: UnsafeBufferPointer<UInt8>, _ emit: (UInt64) -> Void) {
        var h: UInt64 = fnvBasis, inWord = false
        for b in t {
            let c = b &- 0x41 < 26 ? b | 0x20 : b
            if isWordByte(c) {
                h = (h ^ UInt64(c)) &* fnvPrime
                inWord = true
            } else if inWord {
                emit(mix(h))
                h = fnvBasis
                inWord = false
            }
        }
        if inWord { emit(mix(h)) }
    }

    /// Words of folded UTF-8 text: ASCII word bytes, and non-ASCII scalars that are letters or
    /// digits of scripts with spaces (`MentionLine.isWord`, not `isSpaceless`).
    static func words(folded t: UnsafeBufferPointer<UInt8>, _ emit: (UInt64) -> Void) {
        var h: UInt64 = fnvBasis, inWord = false
        var i = 0
        while i < t.count {
            let b = t[i]
            var len = 1
            var word: Bool
            if b < 0x80 {
                word = isWordByte(b)
            } else {
                len = FullTextSearch.scalarLength(b)
                let end = min(t.count, i + len)
                let s = String(decoding: UnsafeBufferPointer(rebasing: t[i..<end]), as: UTF8.self).unicodeScalars.first
                word = s.map { MentionLine.isWord($0) && !MentionLine.isSpaceless($0) } ?? false
                len = end - i
            }
            if word {
                for k in i..<(i + len) { h = (h ^ UInt64(t[k])) &* fnvPrime }
                inWord = true
            } else if inWord {
                emit(mix(h))
                h = fnvBasis
                inWord = false
            }
            i += len
        }
        if inWord { emit(mix(h)) }
    }

    static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || (c >= 0x41 && c <= 0x5A)
    }

    static let fnvBasis: UInt64 = 0xcbf29ce484222325
    static let fnvPrime: UInt64 = 0x100000001b3
    /// MurmurHash3's finalizer: FNV's low bits are weak, and the filter uses three slices.
    static func mix(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 33
        h = h &* 0xff51afd7ed558ccd
        h ^= h >> 33
        h = h &* 0xc4ceb9fe1a85ec53
        h ^= h >> 33
        return h
    }
}
