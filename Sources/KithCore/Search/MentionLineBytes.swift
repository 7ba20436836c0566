/// `MentionLine.firstMention` for a line of plain ASCII without a carriage return, on its
/// bytes: each byte is then one Character and folds to its lowercase, so columns are byte
/// offsets and nothing needs decoding. The vault's owner is named on tens of thousands of
/// lines; building Characters and folded scalars for each made a heavy card take seconds.
/// Answers exactly as `firstMention` does on the same line (`MentionBytesTests` compares them).
enum MentionLineBytes {
    /// Whether the fast path applies: ASCII and no `\r` (`\r\n` would be one Character).
    static func applies(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        FullTextSearch.isASCII(line) && !line.contains(0x0D)
    }

    /// The first unlinked mention on the line: its 0-based column and the text as written.
    static func firstMention(_ line: UnsafeBufferPointer<UInt8>, terms: [MentionTerm]) -> (column: Int, matched: String)? {
        let n = line.count
        var masked: [Bool]?
        for start in 0..<n {
            if start > 0, isWord(line[start - 1]) { continue }
            for term in terms {
                guard let end = match(term, line, at: start) else { continue }
                if end < n, isWord(line[end]) { continue }
                if masked == nil { masked = mask(line) }
                if masked![start..<end].contains(true) { continue }
                return (start, String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self))
            }
        }
        return nil
    }

    /// `MentionTerm.match` on lowercased bytes: the end (exclusive) of a match at `start`.
    static func match(_ term: MentionTerm, _ line: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        var i = start
        let n = line.count
        for (w, word) in term.words.enumerated() {
            if w > 0 {
                let gap = i
                while i < n, line[i] == 0x20 || line[i] == 0x09 { i += 1 }
                if i == gap { return nil }
            }
            guard i + word.count <= n else { return nil }
            for (k, c) in word.enumerated() where UInt32(lower(line[i + k])) != c.value { return nil }
            i += word.count
        }
        return i
    }

    static func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    /// Letters, digits and `_`.
    static func isWord(_ b: UInt8) -> Bool {
        (b &- 0x30 < 10) || (b | 0x20) &- 0x61 < 26 || b == 0x5F
    }

    /// Whitespace as `Character.isWhitespace` sees it in ASCII: tab to carriage return, space.
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b &- 0x09 < 5 }

    /// `MentionLine.mask` on bytes: code spans, comments, wiki links and embeds, Markdown links
    /// and images, URLs and `#tags` are not prose.
    static func mask(_ c: UnsafeBufferPointer<UInt8>) -> [Bool] {
        let count = c.count
        var m = [Bool](repeating: false, count: count)
        func set(_ a: Int, _ b: Int) { for k in a...min(b, count - 1) { m[k] = true } }
        func find(_ p: [UInt8], from: Int) -> Int? {
            guard from + p.count <= count else { return nil }
            for k in from...(count - p.count) where c[k] == p[0] {
                var same = true
                for j in 1..<p.count where c[k + j] != p[j] { same = false; break }
                if same { return k }
            }
            return nil
        }
        func firstIndex(of byte: UInt8, from: Int) -> Int? {
            var k = from
            while k < count { if c[k] == byte { return k }; k += 1 }
            return nil
        }
        var i = 0
        while i < count {
            let ch = c[i]
            if ch == 0x60 {  // `
                var run = 0
                while i + run < count && c[i + run] == 0x60 { run += 1 }
                var j = i + run, close: Int?
                while j < count {
                    if c[j] == 0x60 {
                        var r = 0
                        while j + r < count && c[j + r] == 0x60 { r += 1 }
                        if r == run { close = j + r - 1; break }
                        j += r
                    } else { j += 1 }
                }
                if let close { set(i, close); i = close + 1 } else { i += run }
                continue
            }
            if ch == 0x25, i + 1 < count, c[i + 1] == 0x25 {  // %%
                let end = find([0x25, 0x25], from: i + 2).map { $0 + 1 } ?? count - 1
                set(i, end)
                i = end + 1
                continue
            }
            if ch == 0x3C, i + 3 < count, c[i + 1] == 0x21, c[i + 2] == 0x2D, c[i + 3] == 0x2D {  // <!--
                let end = find([0x2D, 0x2D, 0x3E], from: i + 4).map { $0 + 2 } ?? count - 1
                set(i, end)
                i = end + 1
                continue
            }
            if ch == 0x5B, i + 1 < count, c[i + 1] == 0x5B, let end = find([0x5D, 0x5D], from: i + 2) {  // [[ ]]
                set(i, end + 1)
                i = end + 2
                continue
            }
            if ch == 0x5B, let close = firstIndex(of: 0x5D, from: i + 1), close + 1 < count, c[close + 1] == 0x28,
               let paren = firstIndex(of: 0x29, from: close + 2) {  // [text](target)
                set(i, paren)
                i = paren + 1
                continue
            }
            if ch == 0x23, i == 0 || isSpace(c[i - 1]), i + 1 < count, !isSpace(c[i + 1]), c[i + 1] != 0x23 {  // #tag
                var j = i + 1
                while j < count && !isSpace(c[j]) { j += 1 }
                set(i, j - 1)
                i = j
                continue
            }
            if ch == 0x68 || ch == 0x77 || ch == 0x6D, i == 0 || !isLetter(c[i - 1]), startsURL(c, at: i) {
                var j = i
                while j < count && !isSpace(c[j]) && c[j] != 0x3E { j += 1 }
                set(i, j - 1)
                i = j
                continue
            }
            i += 1
        }
        return m
    }

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    static let urlPrefixes: [[UInt8]] = ["https://", "http://", "www.", "mailto:"].map { Array($0.utf8) }

    static func startsURL(_ c: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        for p in urlPrefixes where i + p.count <= c.count {
            var same = true
            for k in 0..<p.count where lower(c[i + k]) != p[k] { same = false; break }
            if same { return true }
        }
        return false
    }
}

extension MentionTerm {
    /// Whether a folded line (`FoldCache`) holds the term's words one after another, apart
    /// only by spaces, tabs or no-break spaces: what a match needs before word boundaries and
    /// links are looked at. A line with accents that names someone else of the same surname
    /// ("Thandiwe Vallery" and "Jason" apart) is then left without decoding it into Characters.
    /// Terms with an apostrophe or hyphen always pass (the line's typographic ones are
    /// normalized only by the exact check).
    func hasPhrase(foldedLine line: UnsafeBufferPointer<UInt8>) -> Bool {
        let bytes = phrase
        guard let first = bytes.first, !first.isEmpty else { return true }
        if bytes.contains(where: { $0.contains(0x27) || $0.contains(0x2D) }) { return true }
        let n = line.count
        var from = 0
        while from < n, let hit = FullTextSearch.find(UnsafeBufferPointer(rebasing: line[from...]), bytes[0]) {
            var i = from + hit + bytes[0].count
            var matched = true
            for word in bytes.dropFirst() {
                let gap = i
                while i < n {
                    if line[i] == 0x20 || line[i] == 0x09 { i += 1 } else if line[i] == 0xC2, i + 1 < n, line[i + 1] == 0xA0 { i += 2 } else { break }
                }
                guard i > gap, i + word.count <= n, line[i..<(i + word.count)].elementsEqual(word) else {
                    matched = false
                    break
                }
                i += word.count
            }
            if matched { return true }
            from += hit + 1
        }
        return false
    }
}
