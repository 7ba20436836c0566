import KithCore

extension CardSections {
    /// `Unlinked mentions (N)`, then one line per mentioning line (`CardRows.mention`) and
    /// "… N more" for the full list. While a heavy person's are searched in the background,
    /// `Unlinked mentions (…)` and what is being read.
    static func unlinkedMentions(of note: IndexedNote, _ lists: CardLists, pending candidates: Int?,
                                 in index: VaultIndex) -> [StyledLine] {
        guard let mentions = lists.mentions else {
            let reading = candidates.map { "searching \(Format.plural($0, "note", "notes"))…" } ?? "searching…"
            return [StyledLine([StyledSpan("Unlinked mentions", .heading), StyledSpan(" (…)", .count)]),
                    StyledLine([StyledSpan(reading, .dim)])]
        }
        guard !mentions.isEmpty else { return [] }
        var lines = [StyledLine([StyledSpan("Unlinked mentions", .heading),
                                 StyledSpan(" (\(Format.count(mentions.count)))", .count)])]
        for m in mentions.prefix(listLimit) {
            lines.append(StyledLine(CardRows.mention(m, in: index), hangingIndent: 4))
        }
        if mentions.count > listLimit {
            lines.append(more(mentions.count - listLimit, CardList(person: note.path, section: .mentions)))
        }
        return lines
    }

    /// At most `FullTextSearch.snippetLength` characters, a third of them before the name.
    static func cut(_ text: String, around name: String) -> String {
        let chars = Array(text), limit = FullTextSearch.snippetLength
        guard chars.count > limit else { return text }
        let at = text.range(of: name).map { text.distance(from: text.startIndex, to: $0.lowerBound) } ?? 0
        let start = max(0, min(at - limit / 3, chars.count - limit))
        let end = min(chars.count, start + limit)
        return (start > 0 ? "…" : "") + String(chars[start..<end]) + (end < chars.count ? "…" : "")
    }

    /// The snippet dim, with the first occurrence of the mention in the match role.
    static func highlighted(_ snippet: String, _ matched: String) -> [StyledSpan] {
        guard !matched.isEmpty, let r = snippet.range(of: matched) else { return [StyledSpan(snippet, .dim)] }
        var spans: [StyledSpan] = []
        if r.lowerBound > snippet.startIndex { spans.append(StyledSpan(String(snippet[..<r.lowerBound]), .dim)) }
        spans.append(StyledSpan(String(snippet[r]), .match))
        if r.upperBound < snippet.endIndex { spans.append(StyledSpan(String(snippet[r.upperBound...]), .dim)) }
        return spans
    }
}
