import Foundation

/// One matching line of a full-text search.
public struct TextHit: Sendable, Hashable {
    public var path: String
    /// 1-based line number.
    public var line: Int
    /// The line, trimmed, cut to about 120 characters around the match (`…` marks cuts).
    public var snippet: String
    /// 1-based column (in Characters) of the first match in the untrimmed line.
    public var column: Int?

    public init(path: String, line: Int, snippet: String, column: Int?) {
        self.path = path
        self.line = line
        self.snippet = snippet
        self.column = column
    }
}

/// Case- and accent-insensitive substring search over note texts, like `rg -i -F` that
/// also ignores accents (`jose` finds `José`, `STRASSE` finds `Straße`).
///
/// Texts are scanned as UTF-8 bytes in place; only lines containing non-ASCII bytes are
/// folded (one line at a time), so no folded copy of the vault is kept.
public enum FullTextSearch {
    /// Longest snippet, in Characters, before it is cut around the match.
    public static let snippetLength = 120

    /// Every matching line, in document order then line order, at most `limit` of them.
    public static func search(_ query: String, in documents: [(path: String, text: String)],
                              limit: Int? = nil) -> [TextHit] {
        search(query, count: documents.count, limit: limit) { documents[$0] }
    }

    /// The same over `count` documents got by `document(i)` on any thread, each when its wave
    /// is scanned (a text read back from its file is read in parallel, and only when needed).
    static func search(_ query: String, count: Int, limit: Int?,
                       document: @Sendable (Int) -> (path: String, text: String)) -> [TextHit] {
        search(query, count: count, limit: limit) { i, needle, found in
            let d = document(i)
            scan(d.text, path: d.path, needle: needle, into: &found)
        }
    }

    /// The same, each document scanned by `scanDocument(i, needle, &hits)` (the folded query's
    /// bytes): a caller holding bytes need not make a String of them.
    static func search(_ query: String, count: Int, limit: Int?,
                       scanDocument: @Sendable (Int, [UInt8], inout [TextHit]) -> Void) -> [TextHit] {
        let needle = Array(TextFolding.fold(query).utf8)
        guard !needle.isEmpty, limit.map({ $0 > 0 }) ?? true else { return [] }
        var hits: [TextHit] = []
        // Waves of documents across all cores, so a small limit stops early; without a limit
        // one wave (each wave ended waiting for its slowest note, the other core idle).
        let wave = limit == nil ? max(1, count) : max(64, Parallel.cores * 256)
        var start = 0
        while start < count {
            let end = min(count, start + wave)
            // One task per document keeps document order without sorting afterwards.
            let first = start
            let parts = Parallel.map(end - start) { i -> [TextHit] in
                var found: [TextHit] = []
                scanDocument(first + i, needle, &found)
                return found
            }
            hits.reserveCapacity(hits.count + parts.reduce(0) { $0 + $1.count })
            for part in parts { hits += part }
            if let limit, hits.count >= limit { return Array(hits.prefix(limit)) }
            start = end
        }
        return hits
    }

    /// Appends the hits of one document.
    static func scan<Sink: TextHitSink>(_ text: String, path: String, needle: [UInt8], into hits: inout Sink) {
        var text = text
        text.withUTF8 { scan(bytes: $0, path: path, needle: needle, into: &hits) }
    }

    /// Appends the hits of one document's bytes, which must be valid UTF-8: an ASCII needle
    /// (most queries, `café` included: it folds to `cafe`) is looked for in the whole document
    /// at once (`scanCandidates`), any other line by line.
    static func scan<Sink: TextHitSink>(bytes: UnsafeBufferPointer<UInt8>, path: String, needle: [UInt8], into hits: inout Sink) {
        if let set = asciiSet(needle), !needle.contains(0x0A), !needle.contains(0x0D) {
            scanCandidates(bytes: bytes, path: path, needle: needle, asciiSet: set, into: &hits)
        } else {
            scanLines(bytes: bytes, path: path, needle: needle, into: &hits)
        }
    }

    /// Appends the hits of one document's valid UTF-8, walking it line by line (any needle).
    static func scanLines<Sink: TextHitSink>(bytes: UnsafeBufferPointer<UInt8>, path: String, needle: [UInt8], into hits: inout Sink) {
        guard let base = bytes.baseAddress else { return }
        let n = bytes.count
        let ascii = asciiSet(needle)  // once per note, not once per line
        var lineStart = 0
        var lineNumber = 1
        var scratch: [UInt8] = []
        while lineStart <= n {
            let rest = n - lineStart
            let nl = rest > 0 ? memchr(base + lineStart, 0x0A, rest) : nil
            let lineEnd = nl.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? n
            var contentEnd = lineEnd
            if contentEnd > lineStart && base[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let line = UnsafeBufferPointer(start: base + lineStart, count: contentEnd - lineStart)
            if let column = matchColumn(line, needle, asciiSet: ascii, &scratch) {
                hits.add(path: path, line: lineNumber, content: line, column: column)
            }
            if nl == nil { break }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
    }

    /// 0-based Character column of the first match, or nil.
    /// `asciiSet` is `asciiSet(needle)`, given by a caller that tests many lines.
    static func matchColumn(_ line: UnsafeBufferPointer<UInt8>, _ needle: [UInt8],
                            asciiSet ascii: (UInt64, UInt64)?? = nil, _ scratch: inout [UInt8]) -> Int? {
        if line.count == 0 { return nil }
        if isASCII(line) {
            // ASCII line: byte offsets are Character offsets (no "\r\n" inside a line).
            return asciiFind(line, needle)
        }
        // An ASCII needle in a line whose other characters fold to nothing of the needle
        // (dashes, ellipses, CJK, emoji fold to themselves; `ö` to `o`, which `zzz` lacks):
        // matches can only lie in the line's own ASCII runs, so the line itself is searched
        // and nothing is folded.
        if let bytes = ascii ?? asciiSet(needle), FoldCache.keepsASCIIRuns(line, apartFrom: bytes) {
            guard let at = asciiFind(line, needle) else { return nil }
            return characterCount(UnsafeBufferPointer(rebasing: line[..<at]))
        }
        return foldedMatchColumn(line, needle, &scratch)
    }

    /// The needle's bytes as a set (bit b of word b / 64), nil when one is not ASCII.
    static func asciiSet(_ needle: [UInt8]) -> (UInt64, UInt64)? {
        var low: UInt64 = 0, high: UInt64 = 0
        for b in needle {
            if b >= 0x80 { return nil }
            if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
        }
        return (low, high)
    }

    /// `matchColumn` of a non-ASCII line through its fold, for any line and needle.
    static func foldedMatchColumn(_ line: UnsafeBufferPointer<UInt8>, _ needle: [UInt8],
                                  _ scratch: inout [UInt8]) -> Int? {
        // Fold the line into reusable scratch bytes and search there; only a hit pays for the
        // Character mapping.
        scratch.removeAll(keepingCapacity: true)
        FoldCache.appendFolded(line, to: &scratch)
        guard let at = scratch.withUnsafeBufferPointer({ find($0, needle) }) else { return nil }
        return characterCount(UnsafeBufferPointer(rebasing: line[..<FoldCache.sourceOffset(line, foldedOffset: at)]))
    }

    /// `foldedMatchColumn` folding each character again to measure it (tests).
    static func plainFoldedMatchColumn(_ line: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Int? {
        var scratch: [UInt8] = []
        FoldCache.appendFolded(line, to: &scratch)
        guard let at = scratch.withUnsafeBufferPointer({ find($0, needle) }) else { return nil }
        var folded = 0, i = 0
        var one: [UInt8] = []
        while i < line.count {
            let len = scalarLength(line[i])
            let end = min(line.count, i + len)
            one.removeAll(keepingCapacity: true)
            FoldCache.appendFolded(UnsafeBufferPointer(rebasing: line[i..<end]), to: &one)
            if folded + one.count > at { break }
            folded += one.count
            i = end
        }
        return String(decoding: UnsafeBufferPointer(rebasing: line[..<i]), as: UTF8.self).count
    }

    /// Length of the UTF-8 sequence a lead byte starts (1 for stray bytes).
    static func scalarLength(_ b: UInt8) -> Int {
        b < 0xC2 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF5 ? 4 : 1
    }

    /// The trimmed line, cut to `snippetLength` Characters with the match in view.
    static func snippet(_ line: UnsafeBufferPointer<UInt8>, column: Int) -> String {
        guard let base = line.baseAddress else { return "" }
        guard let cut = snippetCut(line, column: column) else { return indexSnippet(line, column: column) }
        return bytesSnippet(base, cut.start, cut.end, before: cut.before, after: cut.after)
    }

    /// `plainSnippet` walking String indices instead of building an array of every
    /// Character: long transcript lines made that array the main cost of a search with hits.
    static func indexSnippet(_ line: UnsafeBufferPointer<UInt8>, column: Int) -> String {
        if line.count <= snippetLength { return plainSnippet(line, column: column) }
        let s = String(decoding: line, as: UTF8.self)
        var lo = s.startIndex, hi = s.endIndex
        var loCount = 0
        while lo < hi && s[lo].isWhitespace { s.formIndex(after: &lo); loCount += 1 }
        while hi > lo {
            let before = s.index(before: hi)
            if !s[before].isWhitespace { break }
            hi = before
        }
        // Character offsets as the plain path counts them (from the line's start).
        let loN = loCount
        // Usually the window ends before the trimmed end: then it starts a third of the room
        // before the match and the rest of the line need not be walked.
        let wantN = max(loN, column - snippetLength / 3)
        var a = lo, aN = loN
        while aN < wantN && a < hi { s.formIndex(after: &a); aN += 1 }
        var b = a, bN = aN
        while bN < aN + snippetLength && b < hi { s.formIndex(after: &b); bN += 1 }
        if b < hi {
            return (aN > loN ? "…" : "") + String(s[a..<b]) + "…"
        }
        let hiN = bN
        if hiN - loN <= snippetLength { return String(s[lo..<hi]) }
        var startN = max(loN, min(column - snippetLength / 3, hiN - snippetLength))
        let endN = min(hiN, startN + snippetLength)
        startN = max(loN, endN - snippetLength)
        let start = s.index(lo, offsetBy: startN - loN)
        let end = s.index(start, offsetBy: endN - startN)
        var out = startN > loN ? "…" : ""
        out += s[start..<end]
        if endN < hiN { out += "…" }
        return out
    }

    /// `plainSnippet` for an ASCII line, on bytes: each byte is a Character (a line holds no
    /// "\r\n"), and the ASCII whitespace Characters are 0x09–0x0D and space. Most hits are
    /// ASCII lines, and splitting long ones into Characters cost more than finding them.
    static func asciiSnippet(_ line: UnsafeBufferPointer<UInt8>, column: Int) -> String {
        guard let base = line.baseAddress else { return "" }
        let cut = asciiSnippetCut(line, column: column)
        return bytesSnippet(base, cut.start, cut.end, before: cut.before, after: cut.after)
    }

    /// Where `asciiSnippet` cuts the line: its bytes `start..<end`, with `…` before and after
    /// as flagged (the CLI writes them without making a String).
    static func asciiSnippetCut(_ line: UnsafeBufferPointer<UInt8>, column: Int) -> (start: Int, end: Int, before: Bool, after: Bool) {
        func space(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        var lo = 0, hi = line.count
        if hi <= snippetLength {
            // The plain path trims only spaces and tabs here (`.whitespaces`).
            while lo < hi && (line[lo] == 0x20 || line[lo] == 0x09) { lo += 1 }
            while hi > lo && (line[hi - 1] == 0x20 || line[hi - 1] == 0x09) { hi -= 1 }
            return (lo, hi, false, false)
        }
        while lo < hi && space(line[lo]) { lo += 1 }
        while hi > lo && space(line[hi - 1]) { hi -= 1 }
        var start = lo, end = hi
        if hi - lo > snippetLength {
            start = max(lo, min(column - snippetLength / 3, hi - snippetLength))
            end = min(hi, start + snippetLength)
            start = max(lo, end - snippetLength)
        }
        return (start, end, start > lo, end < hi)
    }

    /// The snippet on Characters, for any line.
    static func plainSnippet(_ line: UnsafeBufferPointer<UInt8>, column: Int) -> String {
        if line.count <= snippetLength {
            // Short line (bytes bound Characters): trim without building a Character array.
            var lo = 0, hi = line.count
            while lo < hi && (line[lo] == 0x20 || line[lo] == 0x09) { lo += 1 }
            while hi > lo && (line[hi - 1] == 0x20 || line[hi - 1] == 0x09) { hi -= 1 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: line[lo..<hi]), as: UTF8.self)
            return text.trimmingCharacters(in: .whitespaces)
        }
        let chars = Array(String(decoding: line, as: UTF8.self))
        var lo = 0, hi = chars.count
        while lo < hi && chars[lo].isWhitespace { lo += 1 }
        while hi > lo && chars[hi - 1].isWhitespace { hi -= 1 }
        if hi - lo <= snippetLength { return String(chars[lo..<hi]) }
        // Keep about a third of the room before the match.
        var start = max(lo, min(column - snippetLength / 3, hi - snippetLength))
        let end = min(hi, start + snippetLength)
        start = max(lo, end - snippetLength)
        return (start > lo ? "…" : "") + String(chars[start..<end]) + (end < hi ? "…" : "")
    }
}
