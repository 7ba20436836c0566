import KithCore

/// The card's contacts-per-month line: `contacts ▁▂▁▁▃▁▁▁▅▁▂█ Dec 2025–Nov 2026 · 14 in 12 months`.
enum FrequencyLine {
    /// The line for the person at `path` (past interactions only: upcoming ones are not contacts).
    static func line(of path: String, in index: VaultIndex, today: CalendarDate) -> StyledLine {
        let counts = index.monthlyInteractions(of: path, today: today)
        var spans = [StyledSpan("contacts ", .fieldName)] + Sparkline.spans(counts)
        spans.append(StyledSpan(" " + ContactFrequency.span(today: today) + " · " + Sparkline.total(counts), .dim))
        return StyledLine(spans)
    }
}
