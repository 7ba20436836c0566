/// A name or alias to look for, folded (`TextFolding`) and split into words.
struct MentionTerm {
    /// Folded words; between two words the text may have any run of spaces or tabs.
    let words: [[Unicode.Scalar]]
    /// Folded UTF-8 of each word: a line lacking one of them cannot hold the term.
    let probes: [[UInt8]]
    /// Folded UTF-8 of each word in order (`hasPhrase`).
    let phrase: [[UInt8]]
    /// The first folded scalar when it is ASCII (a match on an ASCII line starts with a byte
    /// that lowercases to it); else 0xFF, which no ASCII byte is.
    let firstASCII: UInt8

    init(words: [[Unicode.Scalar]], probes: [[UInt8]], phrase: [[UInt8]]) {
        self.words = words
        self.probes = probes
        self.phrase = phrase
        let first = words.first?.first?.value ?? 0xFF
        firstASCII = first < 0x80 ? UInt8(first) : 0xFF
    }

    var scalarCount: Int { words.reduce(words.count - 1) { $0 + $1.count } }

    /// Terms for a person's name and aliases: folded, duplicates and one-letter terms dropped
    /// (an alias `A` would match every article), longest first so `Ana Lima` wins over `Ana`.
    static func terms(for names: [String]) -> [MentionTerm] {
        var seen = Set<[[Unicode.Scalar]]>()
        var out: [MentionTerm] = []
        for name in names {
            let folded = TextFolding.fold(name).unicodeScalars.map(MentionLine.normalize)
            var words: [[Unicode.Scalar]] = [[]]
            for s in folded {
                if s == " " || s == "\t" || s == "\u{A0}" {
                    if !words[words.count - 1].isEmpty { words.append([]) }
                } else {
                    words[words.count - 1].append(s)
                }
            }
            if words.last?.isEmpty == true { words.removeLast() }
            guard !words.isEmpty, words.reduce(0, { $0 + $1.count }) >= 2, seen.insert(words).inserted else { continue }
            // Longest word first: it is the rarest, so most lines fail on the first probe.
            let utf8 = { (w: [Unicode.Scalar]) -> [UInt8] in
                var view = String.UnicodeScalarView()
                view.append(contentsOf: w)
                return Array(String(view).utf8)
            }
            let probes = words.sorted { $0.count > $1.count }.map(utf8)
            out.append(MentionTerm(words: words, probes: probes, phrase: words.map(utf8)))
        }
        return out.sorted { $0.scalarCount > $1.scalarCount }
    }

    /// A quick test on an ASCII line's raw bytes: false means the term is not on the line.
    func mayOccur(asciiLine line: UnsafeBufferPointer<UInt8>) -> Bool {
        probes.allSatisfy { FullTextSearch.asciiFind(line, $0) != nil }
    }

    /// The same test on a non-ASCII line already folded (`FoldCache`). Apostrophes and hyphens
    /// are normalized in terms, not in the folded bytes, so words with them always pass and
    /// are checked precisely.
    func mayOccur(foldedLine line: UnsafeBufferPointer<UInt8>) -> Bool {
        probes.allSatisfy { p in
            p.contains(0x27) || p.contains(0x2D) || FullTextSearch.find(line, p) != nil
        }
    }

    /// The end (exclusive) of a match starting at `start` in folded scalars, or nil.
    func match(_ s: [Unicode.Scalar], at start: Int) -> Int? {
        var i = start
        for (w, word) in words.enumerated() {
            if w > 0 {
                // At least one space or tab between words.
                let gap = i
                while i < s.count, s[i] == " " || s[i] == "\t" || s[i] == "\u{A0}" { i += 1 }
                if i == gap { return nil }
            }
            guard i + word.count <= s.count else { return nil }
            for (k, c) in word.enumerated() where MentionLine.normalize(s[i + k]) != c { return nil }
            i += word.count
        }
        return i
    }
}

/// The precise check of one line that passed the byte test.
enum MentionLine {
    /// The first unlinked mention on the line: its 0-based Character column and the text.
    static func firstMention(_ line: String, terms: [MentionTerm]) -> (column: Int, matched: String)? {
        let folded = TextFolding.foldedScalars(line)
        let s = folded.scalars
        // Characters and the mask only once a match is found: most candidate lines have none.
        var chars: [Character] = []
        var codes: [UInt16] = []
        var scanner: MentionMaskScanner<[UInt16]>?
        for start in s.indices {
            // Only a word's first scalar can start a match.
            if start > 0, isWord(s[start - 1]), !isSpaceless(s[start - 1]), !isSpaceless(s[start]) { continue }
            for term in terms {
                guard let end = term.match(s, at: start) else { continue }
                if end < s.count, isWord(s[end]), !isSpaceless(s[end]), !isSpaceless(s[end - 1]) { continue }
                let first = folded.characterIndices[start], last = folded.characterIndices[end - 1]
                if scanner == nil {
                    chars = Array(line)
                    codes = MentionMask.codes(chars)
                    scanner = MentionMaskScanner(codes)
                }
                if scanner!.covers(first, last + 1) { continue }
                return (first, String(chars[first...last]))
            }
        }
        return nil
    }

    /// Letters, digits and `_` make up words.
    static func isWord(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || v == 0x5F
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Scripts written without spaces between words (Chinese, Japanese, Thai): a name there
    /// sits right against its neighbours, so no word boundary is asked for.
    static func isSpaceless(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0E00...0x0EFF, 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0xFF66...0xFF9F, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// Typographic apostrophes and hyphens compare equal to ASCII ones (`O’Brien`, `O'Brien`).
    static func normalize(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x2019, 0x2018, 0x02BC: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013: return "-"
        default: return s
        }
    }
}
