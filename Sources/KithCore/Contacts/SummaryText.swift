import Foundation

/// What an interaction's summary adds to what its row already shows. Generated and copied notes
/// often start a summary with the day and the meeting's title (`2026-01-03 - Weekly sync
/// between Jason and Lucía. Jason and Lucía escalated…`) under a day header and beside the
/// title: the row shows the rest (`Jason and Lucía escalated…`).
public enum SummaryText {
    /// `summary` without a leading `YYYY-MM-DD` (and the separator after it) and without what
    /// it repeats of `title` (itself without a leading date or a trailing `…`; case ignored):
    /// the whole title when a separator (`.`, `:`, `—`, …) or the end follows it, else the
    /// repeated part up to its last sentence break (`Intro with Dre. Dre outlined…` under the
    /// title `Intro with Dre. Dre outlined the course` keeps `Dre outlined…`), so no sentence
    /// is cut in the middle. Nil when nothing (or only `…`) is left, or there was no summary.
    public static func withoutRepeats(_ summary: String?, title: String) -> String? {
        guard let summary else { return nil }
        var rest = dropLeadingDate(Substring(summary))
        var name = dropLeadingDate(Substring(title)).trimmedSpaces
        while let last = name.last, last == "…" || last == "." { name = name.dropLast() }
        let (common, end) = commonPrefix(rest, name)
        if common >= 3 {
            // The title ends where a separator, `…` or the end follows it.
            let tail = rest[end...].drop { $0 == " " }
            if common == name.count && (tail.isEmpty || ".:;,|—–-…".contains(tail.first!)) {
                rest = rest[end...].drop { Self.separators.contains($0) }
            } else if let cut = lastSentenceBreak(in: rest[..<end]) {
                rest = rest[cut...]
            }
        }
        let out = rest.trimmedSpaces
        if out.isEmpty || out.allSatisfy({ $0 == "…" || $0 == "." }) { return nil }
        return String(out)
    }

    /// What may stand between a repeated title and the rest.
    static let separators: Set<Character> = [" ", ".", ":", ";", ",", "-", "—", "–", "|"]

    /// How many characters `a` and `b` share from the start (case and accents ignored) and where
    /// that prefix ends in `a`.
    static func commonPrefix(_ a: Substring, _ b: Substring) -> (count: Int, end: Substring.Index) {
        var i = a.startIndex, j = b.startIndex, n = 0
        while i < a.endIndex, j < b.endIndex {
            let x = a[i], y = b[j]
            // Exact first: folding is needed only where they differ (a capital, an accent).
            guard x == y || x.lowercased() == y.lowercased() || TextFolding.fold(String(x)) == TextFolding.fold(String(y))
            else { break }
            i = a.index(after: i)
            j = b.index(after: j)
            n += 1
        }
        return (n, i)
    }

    /// Just past the last sentence break (`. `, `! `, `? `, `; `, `: `, ` — `, ` - `) inside `s`.
    static func lastSentenceBreak(in s: Substring) -> Substring.Index? {
        var found: Substring.Index?
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            let next = s.index(after: i)
            if next < s.endIndex, s[next] == " " {
                if ".!?;:".contains(c) { found = s.index(after: next) }
                if "—–-".contains(c), i > s.startIndex, s[s.index(before: i)] == " " { found = s.index(after: next) }
            }
            i = next
        }
        return found
    }

    /// Text after a leading date and the separator that follows it (` - `, `: `, ` — `).
    static func dropLeadingDate(_ s: Substring) -> Substring {
        let t = s.trimmedSpaces
        guard let first = t.utf8.first, first >= 0x30, first <= 0x39,
              CalendarDate(parsing: t.prefix(10)) != nil else { return t }
        let rest = t.dropFirst(10)
        // A date that runs on into more digits (`2026-01-031`) is not a leading date.
        if let f = rest.first, f.isNumber { return t }
        return rest.drop { " -—–:|".contains($0) }
    }
}
