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
        var scanner: MentionMaskScanner<UnsafeBufferPointer<UInt8>>?
        for start in 0..<n {
            // Most places start no name: one comparison per term rules them out.
            let b = lower(line[start])
            var starts = false
            for term in terms where term.firstASCII == b { starts = true; break }
            guard starts else { continue }
            if start > 0, isWord(line[start - 1]) { continue }
            for term in terms where term.firstASCII == b {
                guard let end = match(term, line, at: start) else { continue }
                if end < n, isWord(line[end]) { continue }
                if scanner == nil { scanner = MentionMaskScanner(line) }
                if scanner!.covers(start, end) { continue }
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
