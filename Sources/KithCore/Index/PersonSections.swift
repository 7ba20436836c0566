import Foundation

/// Reads the person-specific sections of a note: `## Recent Context` and `## Profile`.
enum PersonSections {
    /// The first section titled `title` (case-insensitive), any level.
    static func section(_ title: String, in note: ParsedNote) -> Section? {
        let want = title.lowercased()
        return note.sections.first { Frontmatter.lowercasedEquals($0.title, want) }
    }

    /// Top-level bullets of Recent Context, as entries, in file order. `resolve` maps a link
    /// target to a vault path.
    static func recentContext(of note: ParsedNote, resolve: (String) -> String?) -> [ContextEntry] {
        guard let section = section("Recent Context", in: note) else { return [] }
        let bullets = note.bullets.filter { $0.line > section.line && $0.line <= section.endLine }
        guard let baseIndent = bullets.map(\.indent).min() else { return [] }
        return bullets.filter { $0.indent == baseIndent }.compactMap { bullet in
            entry(from: bullet.text, line: bullet.line, resolve: resolve)
        }
    }

    /// The note's own dated log outside Recent Context, in file order: headings that start with
    /// a date (`## 2024-03-02`, `### 2024-03-02 Coffee`) and bullets that do (`- 2024-03-02 …`,
    /// in any section). A heading's first line of text is its summary (its label, when the
    /// heading has nothing after the date).
    static func log(of note: ParsedNote, resolve: (String) -> String?) -> [ContextEntry] {
        let rc = section("Recent Context", in: note)
        func inRecentContext(_ line: Int) -> Bool { rc.map { line > $0.line && line <= $0.endLine } ?? false }
        var out: [ContextEntry] = []
        for (k, s) in note.sections.enumerated() where startsWithDate(Substring(s.title)) && !inRecentContext(s.line) {
            guard var e = entry(from: s.title, line: s.line, resolve: resolve) else { continue }
            let next = k + 1 < note.sections.count ? min(note.sections[k + 1].line, s.endLine + 1) : s.endLine + 1
            let first = (s.line + 1..<max(s.line + 1, next)).lazy.map { note.line($0) }
                .first { !$0.trimmedSpaces.isEmpty }
            let text = first.map { ContactLine.content($0).text }.map { plainText(String($0)) }
            if let text, !text.isEmpty {
                if e.label.isEmpty { e.label = text } else if e.summary == nil { e.summary = text }
            }
            out.append(e)
        }
        for b in note.bullets where startsWithDate(b.body.substring) && !inRecentContext(b.line) {
            if let e = entry(from: b.text, line: b.line, resolve: resolve) { out.append(e) }
        }
        out.sort { $0.line < $1.line }
        return out
    }

    /// `2024-03-02…`, also bold or bracketed (`**2024-03-02**`, `[[2024-03-02]]`).
    static func startsWithDate(_ text: Substring) -> Bool {
        let t = text.drop { $0 == "*" || $0 == "[" || $0 == "_" }
        guard let f = t.utf8.first, f >= 0x30, f <= 0x39 else { return false }
        return CalendarDate(parsing: t.prefix(11)) != nil
    }

    /// Parses `2025-10-30: [[target|label]] — summary... (via Someone)`.
    static func entry(from text: String, line: Int, resolve: (String) -> String?) -> ContextEntry? {
        var rest = Substring(text).trimmedSpaces
        // The date may be bold or bracketed: `**2025-10-30**:`, `[[2025-10-30]]:`.
        var date: CalendarDate?
        let stripped = rest.drop { $0 == "*" || $0 == "[" || $0 == "_" }
        // (`dropFirst(9)` non-empty: at least 10 characters, without counting all of them.)
        if let d = CalendarDate(parsing: stripped.prefix(10)), !stripped.dropFirst(9).isEmpty {
            date = d
            rest = stripped.dropFirst(10).drop { "*]_".contains($0) }
            rest = rest.drop { $0 == ":" || $0 == " " || $0 == "\t" }
            if rest.hasPrefix("- ") || rest.hasPrefix("— ") || rest.hasPrefix("– ") {
                rest = rest.dropFirst(2)
            }
        }
        guard !rest.isEmpty || date != nil else { return nil }
        var link: String?
        var target: String?
        var label: String
        var tail: Substring
        if rest.hasPrefix("[["), let close = Self.closingBrackets(in: rest) {
            let inner = rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]
            link = String(inner)
            let (linkPart, labelPart) = splitLabel(inner)
            // The part before the first `#` (as `split(separator: "#", maxSplits: 1).first`).
            let targetPart = String(linkPart[..<(linkPart.firstIndex(of: "#") ?? linkPart.endIndex)])
            target = targetPart.isEmpty ? nil : resolve(targetPart.trimmedSpaces.asString)
            label = (labelPart ?? String(linkPart)).trimmedSpaces.asString
            tail = rest[close.upperBound...]
        } else {
            // No link: the text before a separator is the label.
            if let sep = separatorRange(in: rest) {
                label = rest[..<sep.lowerBound].trimmedSpaces.asString
                tail = rest[sep.lowerBound...]
            } else {
                label = String(rest)
                tail = ""
            }
        }
        var summary: String?
        var via: String?
        var after = tail.trimmedSpaces
        if let f = after.first, "—–-:".contains(f) { after = after.dropFirst() }
        var s = after.trimmedSpaces.asString
        if s.hasSuffix(")"), let open = s.lastRange(of: "(via ") {
            via = String(s[open.upperBound..<s.index(before: s.endIndex)]).trimmedSpaces.asString
            s = String(s[..<open.lowerBound]).trimmedSpaces.asString
        }
        if !s.isEmpty { summary = s }
        if label.isEmpty, let summary { label = summary }
        return ContextEntry(date: date, link: link, target: target, label: label, summary: summary,
                            via: via, line: line)
    }

    /// The first `]]` (a byte scan: this runs for every Recent Context bullet of the vault).
    static func closingBrackets(in s: Substring) -> Range<String.Index>? {
        let u = s.utf8
        var i = u.startIndex
        while i < u.endIndex {
            let next = u.index(after: i)
            if u[i] == 0x5D, next < u.endIndex, u[next] == 0x5D { return i..<u.index(after: next) }
            i = next
        }
        return nil
    }

    /// `target|label`, also the table form `target\|label`.
    static func splitLabel(_ inner: Substring) -> (Substring, String?) {
        guard let bar = firstBar(in: inner) else { return (inner, nil) }
        var linkPart = inner[..<bar]
        if linkPart.hasSuffix("\\") { linkPart = linkPart.dropLast() }
        return (linkPart, String(inner[inner.index(after: bar)...]))
    }

    /// The first `|`: a byte scan where scalars are characters (this runs for every link of
    /// every Recent Context bullet), else the `Character` search (`firstBarByCharacter`).
    static func firstBar(in s: Substring) -> String.Index? {
        guard s.scalarsAreCharacters else { return firstBarByCharacter(in: s) }
        return s.utf8.firstIndex(of: 0x7C)
    }

    /// `firstBar(in:)` one `Character` at a time (the reference for the byte scan).
    static func firstBarByCharacter(in s: Substring) -> String.Index? { s.firstIndex(of: "|") }

    /// ` — `, ` – ` or ` - ` between the link and the summary (indices into `s`). Where scalars
    /// are characters no dash but `-` can be there, so only ` - ` is looked for, on bytes.
    static func separatorRange(in s: Substring) -> Range<String.Index>? {
        guard s.scalarsAreCharacters else { return separatorRangeByCharacter(in: s) }
        let u = s.utf8
        var i = u.startIndex
        while let space = u[i...].firstIndex(of: 0x20) {
            let dash = u.index(after: space)
            guard dash < u.endIndex else { return nil }
            let after = u.index(after: dash)
            if u[dash] == 0x2D, after < u.endIndex, u[after] == 0x20 { return space..<u.index(after: after) }
            i = dash
        }
        return nil
    }

    /// `separatorRange(in:)` through `Character` searches (the reference for the byte scan).
    static func separatorRangeByCharacter(in s: Substring) -> Range<String.Index>? {
        [" — ", " – ", " - "].compactMap { s.firstRange(of: $0) }.min { $0.lowerBound < $1.lowerBound }
    }

    /// `**Role**: X at ORG (team)`, `**Relationship**: …`; what the section leaves out comes
    /// from the frontmatter (`ProfileProperties`; `resolve` maps a link target to a path).
    static func profile(of note: ParsedNote, resolve: (String) -> String? = { _ in nil }) -> Profile {
        var p = Profile()
        let fm = note.frontmatter
        if let section = section("Profile", in: note) {
            for lineNo in (section.line + 1)...max(section.line + 1, section.endLine) {
                let line = note.line(lineNo)
                guard let (key, value) = field(line) else { continue }
                switch key {
                case "role", "title", "position":
                    if p.role == nil { (p.role, p.organization, p.team) = splitRole(value) }
                case "organization", "organisation", "company", "org":
                    p.organization = plainText(value)
                case "team": p.team = plainText(value)
                case "relationship": p.relationship = plainText(value)
                default: break
                }
            }
        }
        ProfileProperties.fill(&p, from: fm, resolve: resolve)
        return p
    }

    /// `**Key**: value` or `- **Key**: value` → (lowercased key, value).
    static func field(_ line: Substring) -> (String, String)? {
        var s = line.trimmedSpaces
        if s.hasPrefix("- ") || s.hasPrefix("* ") { s = s.dropFirst(2) }
        guard s.hasPrefix("**"), let end = s.dropFirst(2).firstRange(of: "**") else { return nil }
        var key = s[s.index(s.startIndex, offsetBy: 2)..<end.lowerBound]
        var value = s[end.upperBound...]
        if key.hasSuffix(":") { key = key.dropLast() } else if value.hasPrefix(":") { value = value.dropFirst() } else { return nil }
        let v = value.trimmedSpaces.asString
        return v.isEmpty ? nil : (key.trimmedSpaces.asString.lowercased(), v)
    }

    /// `Technical Enablement Director at VAST Data (Enablement (SE enablement))`
    /// → role, organization, team. The team is the balanced parenthesis at the end.
    static func splitRole(_ value: String) -> (String?, String?, String?) {
        var s = plainText(value)
        var team: String?
        if s.hasSuffix(")") {
            var depth = 0
            var idx = s.endIndex
            for i in s.indices.reversed() {
                if s[i] == ")" { depth += 1 } else if s[i] == "(" { depth -= 1; if depth == 0 { idx = i; break } }
            }
            if idx != s.endIndex, idx != s.startIndex {
                team = String(s[s.index(after: idx)..<s.index(before: s.endIndex)]).trimmedSpaces.asString
                s = String(s[..<idx]).trimmedSpaces.asString
            }
        }
        if let at = s.lastRange(of: " at ") {
            let role = String(s[..<at.lowerBound]).trimmedSpaces.asString
            let org = String(s[at.upperBound...]).trimmedSpaces.asString
            return (role.isEmpty ? nil : role, org.isEmpty ? nil : org, team)
        }
        return (s.isEmpty ? nil : s, nil, team)
    }

    /// Drops link brackets and emphasis: `[[VAST Data|VAST]]` → `VAST`, `**x**` → `x`.
    static func plainText(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let open = rest.firstRange(of: "[[") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(of: "]]") else { rest = rest[open.lowerBound...]; break }
            let (linkPart, label) = splitLabel(rest[open.upperBound..<close.lowerBound])
            out += label ?? String(linkPart)
            rest = rest[close.upperBound...]
        }
        out += rest
        return out.replacingOccurrences(of: "**", with: "").trimmedSpaces.asString
    }
}
