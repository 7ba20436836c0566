/// One line of a note read as a record of contact: whether it is an open task, its leading
/// date, its Dataview inline fields, and its text as a summary (vault-format.md, "Where contacts
/// are recorded").
enum ContactLine {
    /// The line without its indentation, blockquote markers, list marker and task checkbox;
    /// `task` is the checkbox's mark (` ` for an open task), nil when there is none.
    static func content(_ line: Substring) -> (text: Substring, task: Character?) {
        var s = line.drop { $0 == " " || $0 == "\t" }
        while s.first == ">" { s = s.dropFirst().drop { $0 == " " || $0 == "\t" } }
        if let f = s.first, f == "-" || f == "*" || f == "+", s.dropFirst().first == " " {
            s = s.dropFirst(2)
        } else {
            let digits = s.prefix { $0.isASCII && $0.isNumber }
            let rest = s.dropFirst(digits.count)
            if !digits.isEmpty, digits.count <= 9, let m = rest.first, m == "." || m == ")", rest.dropFirst().first == " " {
                s = rest.dropFirst(2)
            }
        }
        s = s.drop { $0 == " " || $0 == "\t" }
        var task: Character?
        if s.count >= 3, s.first == "[", s.dropFirst(2).first == "]" {
            let mark = s[s.index(after: s.startIndex)]
            if s.count == 3 || s.dropFirst(3).first == " " {
                task = mark
                s = s.dropFirst(3).drop { $0 == " " }
            }
        }
        return (s, task)
    }

    /// An unchecked task (`- [ ] Call [[Ana]]`): a plan, not a contact. (Bytes first: this runs
    /// for every link of every transcript and daily note, and few lines hold `[ ]`.)
    static func isOpenTask(_ line: Substring) -> Bool {
        contains(line.utf8, 0x5B, 0x20, 0x5D) && content(line).task == " "
    }

    /// Whether `line` holds `::` (a Dataview field may be in it).
    static func hasFieldSeparator(_ line: Substring) -> Bool { contains(line.utf8, 0x3A, 0x3A) }

    /// Whether the bytes hold the run `a b` or `a b c`.
    private static func contains(_ u: Substring.UTF8View, _ a: UInt8, _ b: UInt8, _ c: UInt8? = nil) -> Bool {
        var i = u.startIndex
        while let hit = u[i...].firstIndex(of: a) {
            let j = u.index(after: hit)
            if j < u.endIndex, u[j] == b {
                guard let c else { return true }
                let k = u.index(after: j)
                if k < u.endIndex, u[k] == c { return true }
            }
            i = j
        }
        return false
    }

    /// The date a line starts with (`- 2024-03-02 …`, `**2024-03-02**:`, `[[2024-03-02]]`).
    static func leadingDate(_ line: Substring) -> CalendarDate? {
        let text = content(line).text.drop { $0 == "*" || $0 == "[" || $0 == "_" }
        guard let first = text.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        return CalendarDate(parsing: text.prefix(11))
    }

    /// Property keys whose values never name a contact: who wrote a clipping is not someone met.
    static let nonContactKeys: Set<String> = [
        "author", "authors", "creator", "creators", "by", "source", "sources", "url", "title", "aliases", "alias",
        "tags", "tag", "type", "categories", "category", "created", "modified", "updated", "published",
        "clipped", "date", "cssclasses", "cssclass", "publish", "permalink", "description", "status",
        "last_contact", "last-contact", "lastcontact", "cadence", "me",
    ]

    /// Whether a key (any case) may name contacts.
    static func isContactKey(_ key: some StringProtocol) -> Bool {
        // Keys are mostly written as they are listed: look them up without making a string.
        if let k = key as? String, k.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 == 0x5F }) {
            return !nonContactKeys.contains(k)
        }
        return !nonContactKeys.contains(String(key).trimmedSpaces.asString.lowercased())
    }

    /// A Dataview inline field: its key and the range of its value in the line.
    struct Field {
        var key: Substring
        var value: Range<String.Index>
        /// `(key:: value)` or `[key:: value]` (else the field fills the line: `key:: value`).
        var bracketed: Bool
        /// The whole field, brackets included.
        var whole: Range<String.Index>
    }

    /// The inline fields of a line: one `key:: value` filling it, and any `[key:: value]` /
    /// `(key:: value)` within it.
    static func fields(_ line: Substring, lineStart: Bool = true) -> [Field] {
        guard hasFieldSeparator(line) else { return [] }
        var out: [Field] = []
        let text = content(line).text
        if lineStart, let sep = text.firstRange(of: "::"), isKey(text[..<sep.lowerBound]) {
            out.append(Field(key: text[..<sep.lowerBound].trimmedSpaces, value: sep.upperBound..<text.endIndex,
                             bracketed: false, whole: text.startIndex..<text.endIndex))
            return out
        }
        var search = line.startIndex
        while let sep = line[search...].firstRange(of: "::") {
            search = sep.upperBound
            // Back from `::` to the opening bracket, over key characters only.
            var k = sep.lowerBound
            var open: String.Index?
            while k > line.startIndex {
                let p = line.index(before: k)
                let c = line[p]
                if c == "(" || c == "[" { open = p; break }
                if c == ")" || c == "]" || c == ":" || c == "`" { break }
                k = p
            }
            guard let open, isKey(line[line.index(after: open)..<sep.lowerBound]) else { continue }
            // `[[x:: y]]` is a link, not a field.
            if line[open] == "[", open > line.startIndex, line[line.index(before: open)] == "[" { continue }
            let (o, c): (Character, Character) = line[open] == "(" ? ("(", ")") : ("[", "]")
            var depth = 0
            var i = sep.upperBound
            var close: String.Index?
            while i < line.endIndex {
                if line[i] == o { depth += 1 } else if line[i] == c {
                    if depth == 0 { close = i; break }
                    depth -= 1
                }
                i = line.index(after: i)
            }
            guard let close else { continue }
            out.append(Field(key: line[line.index(after: open)..<sep.lowerBound].trimmedSpaces,
                             value: sep.upperBound..<close, bracketed: true, whole: open..<line.index(after: close)))
            search = line.index(after: close)
        }
        return out
    }

    /// A Dataview key: a short run of text without brackets, colons or backticks.
    static func isKey(_ s: Substring) -> Bool {
        let t = s.trimmedSpaces
        guard !t.isEmpty, t.count <= 60, t.first != "#" else { return false }
        return !t.contains { "[]():`|".contains($0) }
    }

    /// The line as a summary: without list and task markers, without Dataview keys, links
    /// as their text; a leading run of links that the line is "about" (after a field key, or
    /// followed by `:`/`—`/`-`/`,`) and a trailing one after the sentence ends are dropped, as
    /// the interaction already says who it was with (`met:: [[Ana Lima]] on my way home.` →
    /// `on my way home.`). Nil when nothing is left.
    static func summary(_ line: Substring) -> String? {
        var text = content(line).text
        var afterKey = false
        if let field = fields(line).first, !field.bracketed {
            text = line[field.value]
            afterKey = true
        } else if leadingDate(line) != nil {
            // The interaction already carries the date: `- 2026-11-12 Coffee` → `Coffee`.
            text = text.drop { $0 == "*" || $0 == "[" || $0 == "_" }.dropFirst(10)
                .drop { "*]_:—–- \t".contains($0) }
        }
        // Bracketed fields show their value only, as Dataview renders `(key:: value)`.
        var plain = String(text)
        for field in fields(Substring(plain), lineStart: false).reversed() where field.bracketed {
            plain.replaceSubrange(field.whole, with: plain[field.value].trimmedSpaces)
        }
        var out = ""
        var links: [Range<String.Index>] = [] // ranges in `out` of each link's text
        var rest = Substring(plain)
        while let open = rest.firstRange(of: "[[") {
            guard let close = rest[open.upperBound...].firstRange(of: "]]") else { break }
            out += rest[..<open.lowerBound]
            var inner = rest[open.upperBound..<close.lowerBound]
            if inner.hasSuffix("\\") { inner = inner.dropLast() }
            let (target, label) = PersonSections.splitLabel(inner)
            let shown = label ?? String(target.split(separator: "#", maxSplits: 1).first ?? target)
            if out.hasSuffix("!") { out.removeLast() } // an embed
            let start = out.endIndex
            out += shown
            links.append(start..<out.endIndex)
            rest = rest[close.upperBound...]
        }
        out += rest
        // Nothing but links (`- [[Ana Lima]]`): the interaction already says who, and nothing else.
        var outside = Substring(out)[...]
        var others = ""
        for link in links.reversed() {
            others = String(outside[link.upperBound...]) + others
            outside = outside[..<link.lowerBound]
        }
        others = String(outside) + others
        guard others.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        var result = Substring(out)
        // Leading links the line is about.
        var lead = result.startIndex
        var droppedLead = false
        for link in links {
            let gap = result[lead..<link.lowerBound]
            guard gap.allSatisfy({ " ,;&\t".contains($0) }) else { break }
            let after = result[link.upperBound...].drop { $0 == " " }
            let separated = after.first.map { ":—–-,;".contains($0) } ?? false
            guard afterKey || separated || droppedLead else { break }
            lead = link.upperBound
            droppedLead = true
        }
        if droppedLead {
            result = result[lead...].drop { " ,;:—–-&\t".contains($0) }
        }
        // A trailing link after the sentence ended (`… by Monday. [[Ben Cartwright]]`).
        if let last = links.last, last.upperBound == out.endIndex, last.lowerBound > result.startIndex {
            let before = out[..<last.lowerBound].trimmedSpaces
            if let end = before.last, ".!?;—–".contains(end) {
                result = result[..<last.lowerBound]
            }
        }
        let t = result.trimmedSpaces
        guard !t.isEmpty, t.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        return String(t)
    }
}
