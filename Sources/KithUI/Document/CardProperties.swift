import KithCore

/// The card's Properties block: the person's frontmatter as Obsidian's Properties panel shows
/// it (`NoteProperties`: contact details first, then the rest as written), one aligned line
/// per property:
///
///     Properties
///     email     ana@example.com
///     birthday  1990-07-22 · 36 · next Jul 22 (in 228d)
///     company   Obsidian
///
/// Dates in the date color (a birthday or a configured yearly date adds the years and the next
/// date), lists joined with `, `, checkboxes as yes/no, and links — `[[Note]]`, Markdown links,
/// bare URLs — selectable like every other card link. A link-valued date (`[[July 22nd]]`) is
/// a link, shown as written.
enum CardProperties {
    /// Keys wider than this do not widen the key column (their value follows two spaces on).
    static let keyColumnLimit = 14

    static func lines(of note: IndexedNote, in index: VaultIndex, today: CalendarDate,
                      yearlyKeys: [String]) -> [StyledLine] {
        let properties = NoteProperties.listed(for: note)
        guard !properties.isEmpty else { return [] }
        let keyW = min(keyColumnLimit, properties.map { DisplayWidth.of($0.key) }.max() ?? 0)
        let links = LinkTargets(path: note.path, index: index)
        let birthdays = Set(NoteProperties.birthdayKeys.map(NoteProperties.normalized))
        let yearly = Set(yearlyKeys.map(NoteProperties.normalized))
        var lines = [StyledLine([StyledSpan("Properties", .heading)], sourceLine: properties.compactMap(\.line).min())]
        for p in properties {
            var b = SpanBuilder()
            let keyCells = DisplayWidth.of(p.key)
            b.append(p.key + String(repeating: " ", count: max(0, keyW - keyCells) + 2), .fieldName)
            let k = NoteProperties.normalized(p.key)
            // A multi-line value (`notes: |`) reads as one paragraph, wrapped like the rest.
            let texts = p.texts.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") }
            switch p.kind {
            case .date:
                let text = texts.first ?? ""
                b.append(text, .date)
                if birthdays.contains(k) || yearly.contains(k), let date = YearlyDate(parsing: text) {
                    for remark in date.remarks(today: today, birthday: birthdays.contains(k)) {
                        b.append(" · " + remark, .dim)
                    }
                }
            case .datetime:
                b.append(texts.first ?? "", .date)
            case .checkbox:
                b.append((texts.first ?? "").lowercased() == "true" ? "yes" : "no", .text)
            case .list:
                for (i, item) in texts.enumerated() {
                    if i > 0 { b.append(", ", .dim) }
                    b.append(contentsOf: spans(item, links))
                }
            case .text, .number, .link:
                b.append(contentsOf: spans(texts.first ?? "", links))
            }
            lines.append(StyledLine(b.spans, hangingIndent: max(keyCells, keyW) + 2, sourceLine: p.line))
        }
        return lines
    }

    /// One value: `[[wikilinks]]`, `[text](target)`, autolinks and bare `http(s)://` URLs
    /// become links (found by KithCore's inline grammar, as everywhere), the rest stays plain
    /// text as written (Obsidian renders no other Markdown in a property).
    static func spans(_ value: String, _ links: LinkTargets) -> [StyledSpan] {
        let syntax = NoteSyntax(inline: value)
        var renderer = InlineRenderer(syntax: syntax, links: links)
        renderer.onlyLinks = true
        return renderer.joined(0..<syntax.bytes.count, tokens: 0..<syntax.tokens.count, base: .text)
    }
}
