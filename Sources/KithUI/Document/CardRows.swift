import KithCore

/// One row of a card section, as the card and the section's full list both show it.
enum CardRows {
    /// The source note's name (a link to the linking line) and the line's excerpt, dim.
    static func backlink(_ b: Backlink, in index: VaultIndex) -> [StyledSpan] {
        var spans = [StyledSpan(index.note(b.source)?.name ?? b.source, .link,
                                link: LinkDestination(path: b.source, raw: b.source, line: b.line))]
        // The excerpt is raw Markdown: show it as read (links as their text), not linked,
        // so each source stays one selectable item.
        let excerpt = InlineRenderer.plainText(b.excerpt).trimmingCharacters(in: .whitespaces)
        if !excerpt.isEmpty { spans.append(StyledSpan("  " + excerpt, .dim)) }
        return spans
    }

    /// `date  label  summary`: the label links the note the interaction was found in (a daily
    /// note's is its date, already shown: "daily note"); one after `today` is marked upcoming.
    static func interaction(_ i: Interaction, today: CalendarDate) -> [StyledSpan] {
        var spans = [StyledSpan(i.date?.description ?? "undated   ", i.date == nil ? .dim : .date), StyledSpan("  ", .text)]
        let dest = LinkDestination(path: i.target, raw: i.target ?? i.label, line: i.line)
        let label = i.origin == .daily ? "daily note" : CardBuilder.withoutDate(i.label, i.date)
        spans.append(StyledSpan(label, i.target == nil ? .unresolved : .link, link: dest))
        if let d = i.date, d > today { spans.append(StyledSpan(" (upcoming)", .dim)) }
        if let s = i.summary, !s.isEmpty { spans.append(StyledSpan("  " + s, .dim)) }
        return spans
    }

    /// The person's name (a link to their card) and how many transcripts they share.
    static func coAttendee(_ p: CoAttendee) -> [StyledSpan] {
        [StyledSpan(p.name, .link, link: LinkDestination(path: p.path, raw: p.path)),
         StyledSpan(" (\(p.shared))", .count)]
    }

    /// The note's name (a link to the line: Enter opens the reader there, `e` the editor) and
    /// the line with the name highlighted.
    static func mention(_ m: Mention, in index: VaultIndex) -> [StyledSpan] {
        let name = index.note(m.path)?.name ?? m.path
        var spans = [StyledSpan(name, .link, link: LinkDestination(path: m.path, raw: m.path, line: m.line)),
                     StyledSpan("  ", .text)]
        // The whole line as read (emphasis marks and comments gone, as backlinks show
        // theirs), then cut around the name: cutting first could split a comment open.
        let raw = index.note(m.path).map { $0.parsed.line(m.line) } ?? m.snippet[...]
        let text = InlineRenderer.plainText(String(raw)).trimmingCharacters(in: .whitespaces)
        spans += CardSections.highlighted(CardSections.cut(text, around: m.matched), m.matched)
        return spans
    }
}
