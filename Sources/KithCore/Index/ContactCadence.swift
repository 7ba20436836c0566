/// How often a person should be contacted: frontmatter `cadence: 30d`, or a per-tag setting.
public enum ContactCadence {
    /// Days in `30d`, `2w`, `3m` (30 days each), `1y`, or a bare number of days; nil otherwise.
    public static func days(_ text: String) -> Int? {
        let t = text.trimmedSpaces.lowercased()
        if let n = Int(t) { return n > 0 ? n : nil }
        guard let unit = t.last, let n = Int(t.dropLast().trimmedSpaces), n > 0 else { return nil }
        switch unit {
        case "d": return n
        case "w": return n * 7
        case "m": return n * 30
        case "y": return n * 365
        default: return nil
        }
    }

    /// A note's own cadence from its frontmatter, in days.
    public static func days(of note: IndexedNote) -> Int? {
        note.parsed.frontmatter["cadence"]?.string.flatMap(days)
    }
}
