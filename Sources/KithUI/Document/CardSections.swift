import KithCore

/// The parts of a card below Recent Context: the note's own sections, backlinks, people met
/// with, and transcripts outside Recent Context.
enum CardSections {
    struct TopSection {
        var title: String
        var level: Int
        var line: Int
        var endLine: Int
    }

    /// The note's top-level sections below its `# Name`, in file order. The text before the
    /// first of them (after the title) comes first with an empty title. Headings are the
    /// parser's, which the reader renders from too, so the card and the reader agree.
    static func topSections(of p: ParsedNote) -> [TopSection] {
        let start = ReaderBuilder.bodyStartLine(of: p)
        var heads = p.sections.filter { $0.line >= start }.map { (level: $0.level, title: $0.title, line: $0.line) }
        var bodyStart = start
        if let first = heads.first, first.level == 1 {
            bodyStart = first.line + 1
            heads.removeFirst()
        }
        guard let top = heads.map(\.level).min() else {
            return [TopSection(title: "", level: 0, line: bodyStart, endLine: p.lineCount)]
        }
        let tops = heads.filter { $0.level == top }
        var out: [TopSection] = []
        if let f = tops.first, f.line > bodyStart {
            out.append(TopSection(title: "", level: 0, line: bodyStart, endLine: f.line - 1))
        }
        for (i, h) in tops.enumerated() {
            let end = i + 1 < tops.count ? tops[i + 1].line - 1 : p.lineCount
            out.append(TopSection(title: h.title, level: h.level, line: h.line, endLine: end))
        }
        return out
    }

    /// Rendered sections other than Recent Context; empty ones are left out.
    static func sections(of note: IndexedNote, in index: VaultIndex) -> [[StyledLine]] {
        let renderer = ReaderBuilder.renderer(for: note, in: index)
        let fields = profileFieldLines(of: note.parsed)
        // Only fields the header really shows are left out of Profile, so nothing is lost.
        let pr = note.profile
        var keys: [String] = []
        if pr.role != nil { keys += ["role", "title", "position"] }
        if pr.organization != nil { keys += ["organization", "organisation", "company", "org"] }
        if pr.team != nil { keys.append("team") }
        if pr.relationship != nil { keys.append("relationship") }
        let shownInHeader = Set(keys.compactMap { fields[$0] })
        var out: [[StyledLine]] = []
        for s in topSections(of: note.parsed) where s.title.lowercased() != "recent context" {
            let bodyFrom = s.title.isEmpty ? s.line : s.line + 1
            let source = renderer.lines(from: bodyFrom, to: s.endLine).filter { !shownInHeader.contains($0.line) }
            let body = renderer.render(source)
            guard !body.isEmpty else { continue }
            var block: [StyledLine] = []
            if !s.title.isEmpty {
                let heading = renderer.syntax.line(s.line).map {
                    renderer.inline.joined($0.content, tokens: $0.tokens, base: .heading)
                } ?? [StyledSpan(s.title, .heading)]
                if let compact = compactLinks(body), compact.count <= 6 {
                    var spans = heading
                    spans.append(StyledSpan("   ", .text))
                    for (i, link) in compact.enumerated() {
                        if i > 0 { spans.append(StyledSpan(" · ", .dim)) }
                        spans.append(link)
                    }
                    out.append([StyledLine(spans, sourceLine: s.line)])
                    continue
                }
                block.append(StyledLine(heading, sourceLine: s.line))
            }
            block += body
            out.append(block)
        }
        return out
    }

    /// When every rendered line is `• link`, the links; else nil.
    static func compactLinks(_ body: [StyledLine]) -> [StyledSpan]? {
        var links: [StyledSpan] = []
        for l in body {
            let content = l.spans.filter { !$0.text.allSatisfy { $0 == " " } }
            guard content.count == 2, content[0].text == "• ", content[1].link != nil else { return nil }
            links.append(content[1])
        }
        return links.isEmpty ? nil : links
    }

    /// Lines of `**Key**: value` fields in the Profile section, by lowercased key.
    static func profileFieldLines(of p: ParsedNote) -> [String: Int] {
        guard let profile = topSections(of: p).first(where: { $0.title.lowercased() == "profile" }),
              profile.line < profile.endLine else { return [:] }
        var out: [String: Int] = [:]
        for n in (profile.line + 1)...profile.endLine {
            var s = p.line(n).trimmingCharacters(in: .whitespaces)[...]
            if s.hasPrefix("- ") || s.hasPrefix("* ") { s = s.dropFirst(2) }
            guard s.hasPrefix("**"), let end = s.dropFirst(2).range(of: "**") else { continue }
            var key = s[s.index(s.startIndex, offsetBy: 2)..<end.lowerBound]
            let value = s[end.upperBound...]
            if key.hasSuffix(":") { key = key.dropLast() } else if !value.hasPrefix(":") { continue }
            // `**Background**:` with nothing after it introduces a list: not a header field.
            guard !value.drop(while: { $0 == ":" }).trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let k = key.trimmingCharacters(in: .whitespaces).lowercased()
            if out[k] == nil { out[k] = n }
        }
        return out
    }

    // MARK: From the index

    /// `Backlinks (N)`, then per group `Transcripts (3)`, `Daily notes (2)` and one line per source note:
    /// its name (a link to the linking line) and the line's excerpt, dim; "… N more" opens
    /// the group's full list.
    static func backlinks(of note: IndexedNote, _ lists: CardLists, in index: VaultIndex) -> [StyledLine] {
        let total = lists.backlinks.values.reduce(0) { $0 + $1.count }
        guard total > 0 else { return [] }
        var lines = [StyledLine([StyledSpan("Backlinks", .heading), StyledSpan(" (\(Format.count(total)))", .count)])]
        for group in BacklinkGroup.allCases {
            guard let sources = lists.backlinks[group], !sources.isEmpty else { continue }
            let label = group.plural.prefix(1).uppercased() + group.plural.dropFirst()
            lines.append(StyledLine([StyledSpan(label, .fieldName), StyledSpan(" (\(Format.count(sources.count)))", .count)]))
            for b in sources.prefix(listLimit) {
                lines.append(StyledLine([StyledSpan("  ", .text)] + CardRows.backlink(b, in: index), hangingIndent: 4))
            }
            if sources.count > listLimit {
                lines.append(more(sources.count - listLimit, CardList(person: note.path, section: .backlinks(group))))
            }
        }
        return lines
    }

    /// `Met with (N)`, then one line per co-attendee: name (link) and `(shared)`.
    static func metWith(of note: IndexedNote, _ lists: CardLists) -> [StyledLine] {
        let people = lists.metWith
        guard !people.isEmpty else { return [] }
        var lines = [StyledLine([StyledSpan("Met with", .heading), StyledSpan(" (\(Format.count(people.count)))", .count)])]
        for p in people.prefix(listLimit) { lines.append(StyledLine(CardRows.coAttendee(p))) }
        if people.count > listLimit {
            lines.append(more(people.count - listLimit, CardList(person: note.path, section: .metWith)))
        }
        return lines
    }

    /// Notes that record a contact with the person (transcripts, meetings, daily notes, inline
    /// fields) and are not in Recent Context, newest first; those after `today` marked upcoming.
    /// The interactions outside Recent Context under `title` (`Also in`, or `Interactions`
    /// when they stand in for an empty Recent Context).
    static func alsoIn(of note: IndexedNote, _ lists: CardLists, today: CalendarDate, title: String) -> [StyledLine] {
        let extra = lists.alsoIn
        guard !extra.isEmpty else { return [] }
        var lines = [StyledLine([StyledSpan(title, .heading), StyledSpan(" (\(Format.count(extra.count)))", .count)])]
        for i in extra.prefix(listLimit) { lines.append(StyledLine(CardRows.interaction(i, today: today), hangingIndent: 12)) }
        if extra.count > listLimit {
            lines.append(more(extra.count - listLimit, CardList(person: note.path, section: .alsoIn)))
        }
        return lines
    }

    static var listLimit: Int { CardBuilder.listLimit }

    /// `  … N more`, a link to the section's full list.
    static func more(_ n: Int, _ list: CardList) -> StyledLine {
        StyledLine([StyledSpan("  ", .text), StyledSpan("… \(Format.count(n)) more", .link, link: LinkDestination(list: list))])
    }
}
