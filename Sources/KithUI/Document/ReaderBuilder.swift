import KithCore

/// Builds the reader's document: any note rendered for the terminal.
///
/// On top, one summary line from the frontmatter (`transcript · 2025-10-30 · with A, B`;
/// for other notes the kind, tags and a few scalar properties), then a rule, then the body:
/// headings without `#` (level 1 `.title`, level 2 `.heading`, deeper `▸ ` + `.heading`),
/// inline `.bold`/`.italic`/`.code` with markers removed, lists (`•`, numbers kept, `☐`/`☑`),
/// quotes (`│ `, `.quote`), callouts boxed with their type and title, fenced code verbatim
/// (`.code`, no links), query blocks (`dataview`, `base`…) labelled and dim, never run,
/// aligned tables, rules; comments and block IDs hidden, inline HTML rendered or dropped to
/// its text, autolinks and bare URLs as external links. Links show their display text and carry a `LinkDestination`:
/// resolved (`.link`, with the heading's line for `#Heading`), unresolved (`.unresolved`,
/// `path == nil`), or external URLs (`.link`, `path == nil`, `raw` = the URL, `isExternal`).
/// Embeds show as `⎘ name`. Lines are unwrapped; each body line's `sourceLine` is its note line.
public enum ReaderBuilder {
    /// The note at `path` rendered for the reader. A path that is not a note gives a one-line
    /// document saying so.
    public static func document(for path: String, in index: VaultIndex) -> Document {
        guard let note = index.note(path) else {
            let what = index.attachments.contains(path) ? "attachment (not shown): " : "no such note: "
            return Document(path: path, title: fileName(path),
                            lines: [StyledLine([StyledSpan(what, .dim), StyledSpan(path, .text)])])
        }
        var lines = [summary(of: note, in: index)]
        if let e = note.parsed.frontmatter.error {
            lines.append(StyledLine([StyledSpan("frontmatter: \(e.message) (line \(e.line))", .error)], sourceLine: e.line))
        }
        lines.append(BlockRenderer.rule())
        lines.append(contentsOf: body(of: note, in: index))
        return Document(path: path, title: note.name, lines: lines)
    }

    /// The note's body (after the frontmatter) rendered, without the summary.
    static func body(of note: IndexedNote, in index: VaultIndex) -> [StyledLine] {
        let r = renderer(for: note, in: index)
        return r.render(r.lines(from: bodyStartLine(of: note.parsed)))
    }

    /// A renderer over the note's body, scanned once by KithCore's scanner (the index's own).
    static func renderer(for note: IndexedNote, in index: VaultIndex?) -> BlockRenderer {
        BlockRenderer(syntax: NoteSyntax(text: note.parsed.text, fromLine: bodyStartLine(of: note.parsed)),
                      links: LinkTargets(path: note.path, index: index))
    }

    /// First body line: from the parsed frontmatter, else found here (`---` … `---`/`...`),
    /// so a note whose YAML failed still hides its block.
    static func bodyStartLine(of p: ParsedNote) -> Int {
        if p.bodyStartLine > 1 { return p.bodyStartLine }
        guard p.line(1).trimmingCharacters(in: .whitespaces) == "---" else { return 1 }
        var n = 2
        while n <= p.lineCount {
            let t = p.line(n).trimmingCharacters(in: .whitespaces)
            if t == "---" || t == "..." { return n + 1 }
            n += 1
        }
        return 1
    }

    /// `transcript · 2025-10-30 · with A, B` or `project · #tag #tag · status active`.
    static func summary(of note: IndexedNote, in index: VaultIndex) -> StyledLine {
        var b = SpanBuilder()
        let sep = " · "
        b.append(note.kind.rawValue, .fieldName)
        if let d = note.date {
            b.append(sep, .dim)
            b.append(d.description, .date)
        }
        let people = note.kind == .transcript ? index.participants(of: note.path) : []
        // The vault's owner is "you", after the others.
        let you = note.kind == .transcript && index.ownerAttends(note.path)
        if !people.isEmpty || you {
            b.append(sep, .dim)
            b.append("with ", .dim)
            for (i, p) in people.enumerated() {
                if i > 0 { b.append(", ", .dim) }
                b.append(index.note(p)?.name ?? p, .link, link: LinkDestination(path: p, raw: p))
            }
            if you { b.append(people.isEmpty ? "you" : ", you", .dim) }
        }
        if !note.tags.isEmpty {
            b.append(sep, .dim)
            b.append(note.tags.prefix(6).map { "#\($0)" }.joined(separator: " "), .tag)
        }
        for (key, value) in scalarProperties(of: note).prefix(4) {
            b.append(sep, .dim)
            b.append(key + " ", .fieldName)
            b.append(DisplayWidth.truncate(value, to: 40), CalendarDate(parsing: value) != nil ? .date : .text)
        }
        return StyledLine(b.spans, sourceLine: note.parsed.frontmatter.properties.isEmpty ? nil : 1)
    }

    /// Scalar properties worth a glance, sorted by key; the ones shown elsewhere are left out.
    static func scalarProperties(of note: IndexedNote) -> [(String, String)] {
        let shown: Set<String> = ["title", "tags", "tag", "aliases", "alias", "type", "date", "participants",
                                  "categories", "category", "cssclasses", "cssclass", "publish", "permalink"]
        return note.parsed.frontmatter.properties.compactMap { key, value -> (String, String)? in
            guard !shown.contains(key.lowercased()), let s = value.string, !s.isEmpty else { return nil }
            return (key, s.replacingOccurrences(of: "[[", with: "").replacingOccurrences(of: "]]", with: ""))
        }.sorted { $0.0 < $1.0 }
    }

    static func fileName(_ path: String) -> String {
        let last = String(path.split(separator: "/").last ?? "")
        return last.hasSuffix(".md") ? String(last.dropLast(3)) : last
    }
}
