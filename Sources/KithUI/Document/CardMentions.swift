import KithCore

extension CardSections {
    /// `Unlinked mentions (N)`, then one line per mentioning line: the note's name (a link to
    /// that line: Enter opens the reader there, `e` the editor) and the line with the name
    /// highlighted. Found when the card is built, through the index's `MentionFilter`.
    static func unlinkedMentions(of note: IndexedNote, in index: VaultIndex, filter: MentionFilter?) -> [StyledLine] {
        let mentions = index.unlinkedMentions(of: note.path, filter: filter)
        guard !mentions.isEmpty else { return [] }
        var lines = [StyledLine([StyledSpan("Unlinked mentions", .heading), StyledSpan(" (\(mentions.count))", .count)])]
        for m in mentions.prefix(listLimit) {
            let name = index.note(m.path)?.name ?? m.path
            var spans = [StyledSpan(name, .link, link: LinkDestination(path: m.path, raw: m.path, line: m.line)),
                         StyledSpan("  ", .text)]
            spans += highlighted(m.snippet, m.matched)
            lines.append(StyledLine(spans, hangingIndent: 4))
        }
        if mentions.count > listLimit { lines.append(more(mentions.count - listLimit)) }
        return lines
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
