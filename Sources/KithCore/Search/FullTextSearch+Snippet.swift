import Foundation

extension FullTextSearch {
    /// Where `snippet` cuts a line, when it cuts on bytes: the line's bytes `start..<end`, with
    /// `…` before and after as flagged (the CLI writes them without making a String). Nil for
    /// a line cut on Characters (`indexSnippet`).
    static func snippetCut(_ line: UnsafeBufferPointer<UInt8>, column: Int) -> SnippetCut? {
        if isASCII(line) { return asciiSnippetCut(line, column: column) }
        return shortSnippetCut(line) ?? scalarSnippetCut(line, column: column)
    }

    /// A cut of a line: its bytes `start..<end`, `…` before and after as flagged.
    typealias SnippetCut = (start: Int, end: Int, before: Bool, after: Bool)

    /// `indexSnippet`'s cut for a line over `snippetLength` bytes whose scalars are each a
    /// Character (`simpleScalarCount`): the same cut, walked a scalar at a time on the bytes
    /// instead of a Character at a time through a String (`—`, `✅`, accented names in long
    /// lines). Nil for any other line.
    static func scalarSnippetCut(_ line: UnsafeBufferPointer<UInt8>, column: Int) -> SnippetCut? {
        guard line.count > snippetLength, simpleScalarCount(line) != nil, let base = line.baseAddress else { return nil }
        let n = line.count
        func next(_ i: Int) -> Int { i + scalarLength(base[i]) }
        func previous(_ i: Int) -> Int {
            var j = i - 1
            while j > 0 && base[j] & 0xC0 == 0x80 { j -= 1 }
            return j
        }
        var lo = 0, hi = n
        var loCount = 0
        while lo < hi && isSpace(base, lo) { lo = next(lo); loCount += 1 }
        while hi > lo {
            let before = previous(hi)
            if !isSpace(base, before) { break }
            hi = before
        }
        let loN = loCount
        let wantN = max(loN, column - snippetLength / 3)
        var a = lo, aN = loN
        while aN < wantN && a < hi { a = next(a); aN += 1 }
        var b = a, bN = aN
        while bN < aN + snippetLength && b < hi { b = next(b); bN += 1 }
        if b < hi { return (a, b, aN > loN, true) }
        let hiN = bN
        if hiN - loN <= snippetLength { return (lo, hi, false, false) }
        var startN = max(loN, min(column - snippetLength / 3, hiN - snippetLength))
        let endN = min(hiN, startN + snippetLength)
        startN = max(loN, endN - snippetLength)
        var start = lo
        for _ in loN..<startN { start = next(start) }
        var end = start
        for _ in startN..<endN { end = next(end) }
        return (start, end, startN > loN, endN < hiN)
    }

    /// Whether the scalar at `i` is white space, for the scalars `simpleScalarCount` admits
    /// (a one-scalar Character is white space when its scalar is: checked for each of them).
    static func isSpace(_ base: UnsafePointer<UInt8>, _ i: Int) -> Bool {
        let b = base[i]
        if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        if b == 0xC2 { return base[i + 1] == 0x85 || base[i + 1] == 0xA0 }
        if b == 0xE2 && base[i + 1] == 0x80 { return base[i + 2] == 0xA8 || base[i + 2] == 0xA9 || base[i + 2] == 0xAF }
        return b == 0xE2 && base[i + 1] == 0x81 && base[i + 2] == 0x9F
    }

    /// `plainSnippet`'s cut of a line of at most `snippetLength` bytes whose ends, once spaces
    /// and tabs are trimmed, are ASCII: nothing more to trim (those bytes are not in
    /// `.whitespaces`), so Foundation's trim is not asked. Nil for any other line.
    static func shortSnippetCut(_ line: UnsafeBufferPointer<UInt8>) -> SnippetCut? {
        guard line.count <= snippetLength else { return nil }
        var lo = 0, hi = line.count
        while lo < hi && (line[lo] == 0x20 || line[lo] == 0x09) { lo += 1 }
        while hi > lo && (line[hi - 1] == 0x20 || line[hi - 1] == 0x09) { hi -= 1 }
        guard lo == hi || (line[lo] < 0x80 && line[hi - 1] < 0x80) else { return nil }
        return (lo, hi, false, false)
    }

    /// Bytes `from..<to` as a String, with `…` before and after as asked: written into the
    /// String's own storage (concatenating Strings went through the generic append, and a byte
    /// array first was a second allocation per hit).
    static func bytesSnippet(_ base: UnsafePointer<UInt8>, _ from: Int, _ to: Int, before: Bool, after: Bool) -> String {
        let count = to - from + (before ? 3 : 0) + (after ? 3 : 0)
        return String(unsafeUninitializedCapacity: count) { out in
            var o = 0
            func ellipsis() {
                out[o] = 0xE2; out[o + 1] = 0x80; out[o + 2] = 0xA6
                o += 3
            }
            if before { ellipsis() }
            if to > from {
                UnsafeMutableRawPointer(out.baseAddress! + o).copyMemory(from: base + from, byteCount: to - from)
                o += to - from
            }
            if after { ellipsis() }
            return o
        }
    }
}
