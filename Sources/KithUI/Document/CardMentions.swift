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
            // The whole line as read (emphasis marks and comments gone, as backlinks show
            // theirs), then cut around the name: cutting first could split a comment open.
            let raw = index.note(m.path).map { $0.parsed.line(m.line) } ?? m.snippet[...]
            let text = InlineRenderer.plainText(String(raw)).trimmingCharacters(in: .whitespaces)
            spans += highlighted(cut(text, around: m.matched), m.matched)
            lines.append(StyledLine(spans, hangingIndent: 4))
        }
        if mentions.count > listLimit { lines.append(more(mentions.count - listLimit)) }
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
