import Foundation
import KithCore

/// Builds the documents the card pane and the reader show. The `reader` branch's
/// `CardBuilder` / `ReaderBuilder` replace the bodies here when they land; the UI calls only
/// these two functions, so the switch is local.
public enum DocumentSource {
    /// A person's card.
    public static func card(for path: String, in index: VaultIndex, today: CalendarDate) -> Document {
        guard let note = index.note(path) else { return missing(path) }
        var lines: [StyledLine] = []
        let p = note.profile
        let roleLine = [p.role, p.organization].compactMap { $0 }.joined(separator: " · ")
        if !roleLine.isEmpty { lines.append(StyledLine([StyledSpan(roleLine, .title)])) }
        if let r = p.relationship { lines.append(StyledLine([StyledSpan(r, .dim)])) }
        var meta: [StyledSpan] = []
        if let lc = index.lastContact(of: path) {
            let age = Format.age(from: lc.date, to: today)
            let stale = index.isStale(path, days: 90, today: today)
            meta.append(StyledSpan("last contact ", .dim))
            meta.append(StyledSpan(lc.date.description, stale ? .stale : .date))
            meta.append(StyledSpan(" · \(age) ago\(lc.derived ? " (derived)" : "")", .dim))
        } else {
            meta.append(StyledSpan("no contact yet", .stale))
        }
        lines.append(StyledLine(meta))
        let recent = note.recentContext
        if !recent.isEmpty {
            lines.append(StyledLine())
            lines.append(StyledLine([StyledSpan("Recent Context", .heading)]))
            for e in recent {
                var spans = [StyledSpan((e.date?.description ?? "          ") + "  ", .date)]
                if let link = e.link {
                    let dest = LinkDestination(path: e.target, raw: link)
                    spans.append(StyledSpan(Format.withoutDate(e.label), e.target == nil ? .unresolved : .link, link: dest))
                } else {
                    spans.append(StyledSpan(e.label, .text))
                }
                if let s = e.summary, s != e.label { spans.append(StyledSpan(" — " + s, .text)) }
                if let v = e.via { spans.append(StyledSpan(" (via \(v))", .dim)) }
                lines.append(StyledLine(spans, hangingIndent: 12, sourceLine: e.line))
            }
        }
        let skip: Set<String> = ["recent context", "profile"]
        for section in note.sections where section.level >= 2 && !skip.contains(section.title.lowercased()) {
            lines.append(StyledLine())
            lines.append(StyledLine([StyledSpan(section.title, .heading)], sourceLine: section.line))
            var n = section.line
            for raw in section.text.split(separator: "\n", omittingEmptySubsequences: false) {
                n += 1
                let t = raw.trimmingCharacters(in: .whitespaces)
                if t.isEmpty { continue }
                let bullet = t.hasPrefix("- ") || t.hasPrefix("* ")
                let body = bullet ? "• " + t.dropFirst(2) : t
                lines.append(StyledLine(Inline.spans(body, from: path, in: index), hangingIndent: bullet ? 2 : 0,
                                        sourceLine: n))
            }
        }
        let back = index.backlinks(to: path)
        if !back.isEmpty {
            lines.append(StyledLine())
            let counts = Dictionary(grouping: back, by: \.kind).sorted { $0.key < $1.key }
                .map { "\($0.key.plural) \($0.value.count)" }.joined(separator: " · ")
            lines.append(StyledLine([StyledSpan("Backlinks  ", .fieldName), StyledSpan(counts, .count)]))
        }
        let met = index.coAttendees(of: path).prefix(6)
        if !met.isEmpty {
            var spans = [StyledSpan("Met with   ", .fieldName)]
            for (i, c) in met.enumerated() {
                if i > 0 { spans.append(StyledSpan(", ", .dim)) }
                spans.append(StyledSpan(c.name, .link, link: LinkDestination(path: c.path, raw: c.name)))
                spans.append(StyledSpan(" (\(c.shared))", .dim))
            }
            lines.append(StyledLine(spans, hangingIndent: 11))
        }
        return Document(path: path, title: note.name, lines: lines)
    }

    /// A note shown in the reader: a line of facts, a rule, then the body with live links.
    public static func document(for path: String, in index: VaultIndex) -> Document {
        guard let note = index.note(path) else { return missing(path) }
        var lines: [StyledLine] = []
        var facts = [note.kind.rawValue]
        if let d = note.date { facts.append(d.description) }
        let who = index.participants(of: path).compactMap { index.note($0)?.name }
        if !who.isEmpty { facts.append("with " + who.joined(separator: ", ")) }
        lines.append(StyledLine([StyledSpan(facts.joined(separator: " · "), .dim)]))
        lines.append(StyledLine([StyledSpan(String(repeating: "─", count: 60), .border)]))
        let p = note.parsed
        let start = max(1, p.frontmatter.bodyStartLine)
        if start <= p.lineCount {
            for n in start...p.lineCount {
                let raw = String(p.line(n))
                let t = raw.trimmingCharacters(in: .whitespaces)
                if t.hasPrefix("#") {
                    let title = t.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
                    lines.append(StyledLine([StyledSpan(title, .heading)], sourceLine: n))
                } else {
                    let bullet = t.hasPrefix("- ") || t.hasPrefix("* ")
                    let lead = raw.prefix { $0 == " " || $0 == "\t" }.count
                    let body = bullet ? String(repeating: " ", count: lead) + "• " + t.dropFirst(2) : raw
                    lines.append(StyledLine(Inline.spans(body, from: path, in: index),
                                            hangingIndent: bullet ? lead + 2 : 0, sourceLine: n))
                }
            }
        }
        return Document(path: path, title: note.name, lines: lines)
    }

    static func missing(_ path: String) -> Document {
        Document(path: path, title: path, lines: [StyledLine([StyledSpan("not in the vault: \(path)", .error)])])
    }
}

/// Markdown inline text to spans: `[[links]]` become link spans (resolved against the vault),
/// `**bold**` loses its marks.
enum Inline {
    static func spans(_ text: String, from source: String, in index: VaultIndex) -> [StyledSpan] {
        var out: [StyledSpan] = []
        var rest = Substring(text)
        while let open = rest.range(of: "[["), let close = rest[open.upperBound...].range(of: "]]") {
            let before = rest[..<open.lowerBound]
            if !before.isEmpty { out.append(StyledSpan(plain(before), .text)) }
            let inner = String(rest[open.upperBound..<close.lowerBound])
            let bar = inner.firstIndex(of: "|")
            let linkPart = bar.map { String(inner[..<$0]).replacingOccurrences(of: "\\", with: "") } ?? inner
            let label = bar.map { String(inner[inner.index(after: $0)...]) }
            let target = String(linkPart.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            let resolved = target.isEmpty ? source : index.resolve(target, from: source)
            out.append(StyledSpan(label ?? linkPart, resolved == nil ? .unresolved : .link,
                                  link: LinkDestination(path: resolved, raw: inner)))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { out.append(StyledSpan(plain(rest), .text)) }
        return out
    }

    static func plain(_ s: Substring) -> String {
        s.replacingOccurrences(of: "**", with: "")
    }
}
