/// A frontmatter line that links a note, as a reader would say it: the property's key and its
/// values without YAML quotes, brackets or link markup (`people: "[[Ana Lima]], Kenji Sato"`
/// → `people: Ana Lima, Kenji Sato`; a list item `  - "[[Ana Lima]]"` under `attendees:` →
/// `attendees: Ana Lima`). What Obsidian's Properties view shows, not the file's YAML.
enum PropertyExcerpt {
    /// `line` must be a slice of the whole note's text (`ParsedNote.line`): a list item's key
    /// is found on the lines above it.
    static func text(_ line: Substring) -> String {
        let t = line.trimmedSpaces
        if t.hasPrefix("-"), t.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true {
            let item = values(t.dropFirst())
            guard let key = listKey(above: line) else { return item }
            return item.isEmpty ? key : "\(key): \(item)"
        }
        guard let colon = keyColon(in: t) else { return values(t) }
        let key = unquoted(t[..<colon].trimmedSpaces)
        let rest = values(t[t.index(after: colon)...])
        return rest.isEmpty ? key : "\(key): \(rest)"
    }

    /// The key of the list an item belongs to: the nearest line above that is not an item
    /// (nor a blank, nor a comment) and says `key:`; nil at the frontmatter's start.
    static func listKey(above line: Substring) -> String? {
        let text = line.base
        var end = line.startIndex
        while end > text.startIndex {
            // The line before `end`: from after the previous newline to before this one.
            let lineEnd = text.index(before: end)
            var start = lineEnd
            while start > text.startIndex, text[text.index(before: start)] != "\n" { start = text.index(before: start) }
            end = start
            let t = text[start..<lineEnd].trimmedSpaces
            if t.isEmpty || t.hasPrefix("#") || t.hasPrefix("- ") || t == "-" { continue }
            if t == "---" { return nil }
            guard let colon = keyColon(in: t) else { return nil }
            return unquoted(t[..<colon].trimmedSpaces)
        }
        return nil
    }

    /// The colon that ends a YAML key: the first `:` followed by a space or the line's end,
    /// outside quotes and link brackets (`url: https://x` keeps its second colon).
    static func keyColon(in t: Substring) -> Substring.Index? {
        var quote: Character?
        var i = t.startIndex
        while i < t.endIndex {
            let c = t[i]
            let next = t.index(after: i)
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                if i == t.startIndex { quote = c }
            } else if c == "[" {
                return nil
            } else if c == ":", next == t.endIndex || t[next] == " " || t[next] == "\t" {
                return i
            }
            i = next
        }
        return nil
    }

    /// A YAML value as text: a flow list's items joined with `, `, each unquoted, links as
    /// the names they show.
    static func values(_ raw: Substring) -> String {
        var v = raw.trimmedSpaces
        if v.hasPrefix("["), !v.hasPrefix("[["), v.hasSuffix("]") {
            v = v.dropFirst().dropLast()
            return items(of: v).map { plain(unquoted($0.trimmedSpaces)) }.filter { !$0.isEmpty }.joined(separator: ", ")
        }
        return plain(unquoted(v))
    }

    /// A flow list's items: split at commas outside quotes and `[[…]]`.
    static func items(of list: Substring) -> [Substring] {
        var out: [Substring] = []
        var quote: Character?
        var depth = 0
        var start = list.startIndex
        var i = list.startIndex
        while i < list.endIndex {
            let c = list[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "[" {
                depth += 1
            } else if c == "]" {
                depth = max(0, depth - 1)
            } else if c == ",", depth == 0 {
                out.append(list[start..<i])
                start = list.index(after: i)
            }
            i = list.index(after: i)
        }
        out.append(list[start...])
        return out
    }

    /// Without the quotes around a YAML scalar (`"…"` with `\"` escapes, `'…'` with `''`).
    static func unquoted(_ s: Substring) -> String {
        guard s.count >= 2, let q = s.first, q == "\"" || q == "'", s.last == q else { return String(s) }
        let inner = s.dropFirst().dropLast()
        // Without what it replaces, the replacing (Foundation's, the cost of a heavy card's
        // excerpts) would give `inner` as it is: neither `'` nor `\\` has another form.
        if q == "'" {
            let u = Array(inner.utf8)
            guard zip(u, u.dropFirst()).contains(where: { $0 == 0x27 && $1 == 0x27 }) else { return String(inner) }
            return inner.replacingOccurrences(of: "''", with: "'")
        }
        guard inner.utf8.contains(0x5C) else { return String(inner) }
        return inner.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
    }

    /// Wikilinks as the text they show: `[[Target|label]]` → `label`, `[[Target#H]]` →
    /// `Target > H`, `[[Target]]` → `Target`.
    static func plain(_ s: String) -> String {
        guard s.contains("[[") else { return s }
        return s.utf8.allSatisfy({ $0 < 0x80 }) ? plainASCII(s) : plainSearching(s)
    }

    /// `plain` of ASCII text on its bytes: with no combining marks, Foundation's searches find
    /// exactly the bytes.
    static func plainASCII(_ s: String) -> String {
        let b = Array(s.utf8)
        func pair(_ c: UInt8, from: Int) -> Int? {
            var k = from
            while k + 1 < b.count {
                if b[k] == c && b[k + 1] == c { return k }
                k += 1
            }
            return nil
        }
        var out: [UInt8] = []
        var i = 0
        while let open = pair(0x5B, from: i), let close = pair(0x5D, from: open + 2) {
            out += b[i..<open]
            let inner = b[(open + 2)..<close]
            if let bar = inner.firstIndex(of: 0x7C) {
                out += b[(bar + 1)..<close]
            } else if let hash = inner.firstIndex(of: 0x23) {
                let target = b[(open + 2)..<hash], sub = b[(hash + 1)..<close]
                if !target.isEmpty { out += target + Array(" > ".utf8) }
                out += sub
            } else {
                out += inner
            }
            i = close + 2
        }
        out += b[i...]
        return String(decoding: out, as: UTF8.self)
    }

    /// `plain` with Foundation's searches (any text).
    static func plainSearching(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let open = rest.range(of: "[["), let close = rest[open.upperBound...].range(of: "]]") {
            out += rest[..<open.lowerBound]
            let inner = rest[open.upperBound..<close.lowerBound]
            if let bar = inner.firstIndex(of: "|") {
                out += inner[inner.index(after: bar)...]
            } else if let hash = inner.firstIndex(of: "#") {
                let target = inner[..<hash], sub = inner[inner.index(after: hash)...]
                out += target.isEmpty ? String(sub) : "\(target) > \(sub)"
            } else {
                out += inner
            }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
