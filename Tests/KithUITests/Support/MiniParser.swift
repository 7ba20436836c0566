import Foundation
import KithCore

/// Just enough Markdown parsing to build test vaults in memory while the real `NoteParser`
/// lives on another branch: flat frontmatter, headings, bullets and wikilinks.
enum MiniParser {
    static func parse(path: String, text: String) -> ParsedNote {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var props: [String: FrontmatterValue] = [:]
        var body = 1
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            for l in lines[1..<end] {
                guard let colon = l.firstIndex(of: ":") else { continue }
                let key = String(l[..<colon])
                var v = l[l.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if v.hasPrefix("[") && v.hasSuffix("]") {
                    v = String(v.dropFirst().dropLast())
                    props[key] = .list(v.split(separator: ",").map { .scalar(unquote($0.trimmingCharacters(in: .whitespaces))) })
                } else {
                    props[key] = .scalar(unquote(v))
                }
            }
            body = end + 2
        }
        var sections: [Section] = []
        var bullets: [Bullet] = []
        var links: [LinkReference] = []
        for (i, l) in lines.enumerated() {
            let n = i + 1
            if n >= body, l.hasPrefix("#") {
                let level = l.prefix { $0 == "#" }.count
                sections.append(Section(title: l.dropFirst(level).trimmingCharacters(in: .whitespaces),
                                        level: level, line: n, endLine: n, text: ""))
            }
            let t = l.trimmingCharacters(in: .whitespaces)
            if n >= body, t.hasPrefix("- ") {
                bullets.append(Bullet(text: String(t.dropFirst(2)), line: n, indent: l.prefix { $0 == " " }.count))
            }
            var rest = Substring(l)
            while let o = rest.range(of: "[["), let c = rest[o.upperBound...].range(of: "]]") {
                let inner = String(rest[o.upperBound..<c.lowerBound])
                let parts = inner.split(separator: "|", maxSplits: 1).map(String.init)
                let tp = parts[0].split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                links.append(LinkReference(raw: inner, target: tp[0], subpath: tp.count > 1 ? tp[1] : nil,
                                           label: parts.count > 1 ? parts[1] : nil, style: .wiki, line: n))
                rest = rest[c.upperBound...]
            }
        }
        // Each section runs to the line before the next heading of the same or higher level.
        for k in sections.indices {
            let next = sections[(k + 1)...].first { $0.level <= sections[k].level }?.line ?? (lines.count + 1)
            sections[k].endLine = next - 1
            let from = sections[k].line, to = next - 1
            let bodyLines = from < to ? lines[from..<to] : []
            sections[k].text = bodyLines.joined(separator: "\n").trimmingCharacters(in: .newlines)
        }
        return ParsedNote(path: path, frontmatter: Frontmatter(properties: props, bodyStartLine: body),
                          sections: sections, bullets: bullets, links: links, text: text)
    }

    private static func unquote(_ s: String) -> String {
        var s = s
        if s.count >= 2, (s.hasPrefix("'") && s.hasSuffix("'")) || (s.hasPrefix("\"") && s.hasSuffix("\"")) {
            s = String(s.dropFirst().dropLast())
        }
        return s
    }
}
