import Foundation

/// What an interaction's summary adds to what its row already shows. Generated and copied notes
/// often start a summary with the day and the meeting's title (`2026-01-03 - Weekly sync
/// between Jason and Lucía. Jason and Lucía escalated…`) under a day header and beside the
/// title: the row shows the rest (`Jason and Lucía escalated…`).
public enum SummaryText {
    /// `summary` without a leading `YYYY-MM-DD` (and the separator after it) and without a
    /// leading repeat of `title` (itself without a leading date; case and accents ignored; only
    /// when it ends at a word boundary, so `Weekly sync` is not taken from `Weekly synchronous`).
    /// Nil when nothing is left or there was no summary.
    public static func withoutRepeats(_ summary: String?, title: String) -> String? {
        guard let summary else { return nil }
        var rest = dropLeadingDate(Substring(summary))
        let name = dropLeadingDate(Substring(title)).trimmedSpaces
        // A title cut short (`…`, `...`) is compared without its marker.
        var wanted = String(name)
        while let last = wanted.last, last == "…" || last == "." { wanted.removeLast() }
        if wanted.count >= 3, let r = rest.range(of: wanted, options: [.anchored, .caseInsensitive, .diacriticInsensitive]) {
            let after = rest[r.upperBound...]
            if after.first.map({ !$0.isLetter && !$0.isNumber }) ?? true {
                rest = after.drop { " .:;,-—–|".contains($0) }
            }
        }
        let out = rest.trimmedSpaces
        return out.isEmpty ? nil : String(out)
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
