/// A parsed fzf extended-search query: space-separated term sets, all of which must match;
/// each set is one term or several joined by `|`, any of which may match.
///
/// Term syntax (as fzf): `abc` fuzzy, `'abc` exact substring, `^abc` prefix, `abc$` suffix,
/// `^abc$` whole text, `!abc` must not contain, `!^abc`, `!abc$`, `!'abc` (not fuzzy-match).
/// `\ ` is a literal space inside a term.
struct SearchPattern: Sendable {
    enum Kind: Sendable { case fuzzy, exact, prefix, suffix, equal }

    struct Term: Sendable {
        var kind: Kind
        var inverse: Bool
        var text: [UInt32]
        var caseSensitive: Bool
        var normalize: Bool
        /// ASCII bytes that must appear in this order in any text the term matches (nil when
        /// the term has non-ASCII scalars, which can match by folding).
        var requiredBytes: [UInt8]?
    }

    /// How query terms are compared with texts.
    enum Mode: Sendable {
        /// Texts are already `TextFolding`-folded (case kept); terms are folded the same
        /// way and accents never matter.
        case folded
        /// Texts are raw; like fzf, a term is accent-insensitive unless it contains accented
        /// letters itself.
        case fzf
    }

    private(set) var sets: [[Term]]
    let mode: Mode
    /// False when every term is a negation: fzf then keeps input order.
    let sortable: Bool

    var isEmpty: Bool { sets.isEmpty }

    init(_ query: String, mode: Mode, smartCase: Bool = true) {
        self.mode = mode
        var sets: [[Term]] = []
        var set: [Term] = []
        var switchSet = false
        var afterBar = false
        for token in Self.tokens(query) {
            let (text, caseSensitive, normalize) = Self.casing(token, mode: mode, smartCase: smartCase)
            if !set.isEmpty && !afterBar && text == "|" {
                switchSet = false
                afterBar = true
                continue
            }
            afterBar = false
            let (kind, inverse, body) = Self.operators(text)
            guard !body.isEmpty else { continue }
            if switchSet {
                sets.append(set)
                set = []
            }
            set.append(Self.term(body, kind: kind, inverse: inverse, caseSensitive: caseSensitive,
                                 normalize: normalize, mode: mode))
            switchSet = true
        }
        if !set.isEmpty { sets.append(set) }
        self.sets = sets
        self.sortable = sets.contains { $0.contains { !$0.inverse } }
    }

    /// The query's space-separated tokens, as fzf splits them: leading spaces and trailing
    /// ones not escaped with a backslash trimmed, and `\ ` a space inside a token.
    static func tokens(_ query: String) -> [Substring] {
        var q = Substring(query)
        while q.first == " " { q.removeFirst() }
        while q.hasSuffix(" ") && !q.hasSuffix("\\ ") { q.removeLast() }
        // An escaped space becomes a tab while splitting, then a space again.
        var escaped = ""
        var previous: Character = " "
        for ch in q {
            if ch == " " && previous == "\\" {
                escaped.removeLast()
                escaped.append("\t")
            } else {
                escaped.append(ch)
            }
            previous = ch
        }
        return escaped.split(separator: " ", omittingEmptySubsequences: true).map {
            Substring(String($0.map { $0 == "\t" ? " " : $0 }))
        }
    }

    /// Smart case and accents for one token: whether it matches case-sensitively (it has
    /// capitals) and accent-insensitively, and the token lowercased when case does not matter.
    static func casing(_ token: Substring, mode: Mode, smartCase: Bool)
        -> (text: Substring, caseSensitive: Bool, normalize: Bool) {
        let lower = String(token.unicodeScalars.map(TextFolding.lowercase).map(Character.init))
        let caseSensitive: Bool
        let normalize: Bool
        switch mode {
        case .folded:
            caseSensitive = smartCase && TextFolding.fold(token, keepingCase: true) != TextFolding.fold(token)
            normalize = true
        case .fzf:
            caseSensitive = smartCase && String(token) != lower
            normalize = lower.unicodeScalars.allSatisfy { TextFolding.stripAccent($0) == $0 }
        }
        return (caseSensitive ? token : Substring(lower), caseSensitive, normalize)
    }

    /// A token's match kind from its operators (`!`, `'`, `^`, `$`), and the text without them.
    static func operators(_ token: Substring) -> (kind: Kind, inverse: Bool, text: Substring) {
        var text = token
        var kind = Kind.fuzzy
        var inverse = false
        if text.hasPrefix("!") {
            inverse = true
            kind = .exact
            text = text.dropFirst()
        }
        if text != "$" && text.hasSuffix("$") {
            kind = .suffix
            text = text.dropLast()
        }
        if text.hasPrefix("'") {
            kind = inverse ? .fuzzy : .exact
            text = text.dropFirst()
        } else if text.hasPrefix("^") {
            kind = kind == .suffix ? .equal : .prefix
            text = text.dropFirst()
        }
        return (kind, inverse, text)
    }

    /// One term: its text as the scalars texts are compared with (folded, or accents stripped
    /// when it matches accent-insensitively), and the ASCII bytes a match must contain.
    static func term(_ text: Substring, kind: Kind, inverse: Bool, caseSensitive: Bool, normalize: Bool,
                     mode: Mode) -> Term {
        let scalars: [UInt32]
        switch mode {
        case .folded:
            scalars = TextFolding.fold(text, keepingCase: caseSensitive).unicodeScalars.map(\.value)
        case .fzf:
            scalars = text.unicodeScalars.map { normalize ? TextFolding.stripAccent($0).value : $0.value }
        }
        let ascii = scalars.allSatisfy { $0 < 0x80 }
        return Term(kind: kind, inverse: inverse, text: scalars, caseSensitive: caseSensitive,
                    normalize: normalize, requiredBytes: ascii && !inverse ? scalars.map { UInt8($0) } : nil)
    }

    /// A copy owning fresh arrays. Each worker thread takes one: retaining and releasing
    /// arrays shared by several threads makes their reference counts bounce between cores.
    func copyForThread() -> SearchPattern {
        var copy = self
        copy.sets = sets.map { set in
            set.map { term in
                var t = term
                t.text = term.text.map { $0 }
                t.requiredBytes = term.requiredBytes.map { $0.map { $0 } }
                return t
            }
        }
        return copy
    }

    /// Byte sequences every matching ASCII text must contain in order (one per set made of
    /// a single positive term): a cheap reject before any scoring.
    var prefilters: [(bytes: [UInt8], caseSensitive: Bool)] {
        sets.compactMap { set in
            guard set.count == 1, let bytes = set[0].requiredBytes else { return nil }
            return (bytes, set[0].caseSensitive)
        }
    }

    /// Matches a prepared text. Returns the total score (fzf sums the sets' scores) and,
    /// when asked, the matched positions (indices into the text, ascending, unique).
    func match(_ text: MatchText, withPositions: Bool) -> (score: Int, positions: [Int])? {
        var total = 0
        var positions: [Int]? = withPositions ? [] : nil
        for set in sets {
            var matched = false
            var setScore = 0
            for term in set {
                var termPositions: [Int]? = withPositions ? [] : nil
                let t = text.variant(caseSensitive: term.caseSensitive, normalize: term.normalize)
                let score = term.text.withUnsafeBufferPointer { p -> Int32 in
                    switch term.kind {
                    case .fuzzy: return text.fuzzyV2(t, p, &termPositions, carryFirstRow: mode == .folded)
                    case .exact: return text.exactMatch(t, p, &termPositions)
                    case .prefix: return text.prefixMatch(t, p, &termPositions)
                    case .suffix: return text.suffixMatch(t, p, &termPositions)
                    case .equal: return text.equalMatch(t, p, &termPositions)
                    }
                }
                if score >= 0 {
                    if term.inverse { continue }
                    matched = true
                    setScore = Int(score)
                    if let found = termPositions { positions?.append(contentsOf: found) }
                    break
                } else if term.inverse {
                    // A negation that holds satisfies the set, but a later positive term
                    // may still supply the score.
                    matched = true
                    setScore = 0
                }
            }
            if !matched { return nil }
            total += setScore
        }
        if var p = positions {
            p.sort()
            var unique: [Int] = []
            unique.reserveCapacity(p.count)
            for v in p where unique.last != v { unique.append(v) }
            return (total, unique)
        }
        return (total, [])
    }
}
