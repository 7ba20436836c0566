import KithCore

/// Collects spans, joining neighbours that share a role and carry no link, so a line is a
/// handful of spans rather than one per character.
struct SpanBuilder {
    private(set) var spans: [StyledSpan] = []

    mutating func append(_ text: some StringProtocol, _ role: Role, link: LinkDestination? = nil) {
        guard !text.isEmpty else { return }
        if link == nil, let last = spans.last, last.link == nil, last.role == role {
            spans[spans.count - 1].text += text
        } else {
            spans.append(StyledSpan(String(text), role, link: link))
        }
    }

    mutating func append(_ c: Character, _ role: Role) { append(String(c), role) }

    mutating func append(contentsOf other: [StyledSpan]) {
        for s in other { append(s.text, s.role, link: s.link) }
    }
}

/// Renders one line of inline Markdown: emphasis, code, links, embeds, tags, bare URLs.
/// Markers (`**`, `` ` ``, brackets) are removed and become roles; links become spans with a
/// `LinkDestination`. Unclosed markers stay as written, as Obsidian shows them.
struct InlineMarkdown {
    let links: LinkContext

    /// Spans of `text`; plain text takes the role `base` (`.quote` inside a blockquote).
    func spans(_ text: some StringProtocol, base: Role = .text) -> [StyledSpan] {
        var out = SpanBuilder()
        let chars = Array(text)
        render(chars, 0..<chars.count, role: base, into: &out)
        return out.spans
    }

    private func render(_ c: [Character], _ range: Range<Int>, role: Role, into out: inout SpanBuilder) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let ch = c[i]
            switch ch {
            case "\\":
                if i + 1 < end, c[i + 1].isASCII, c[i + 1].isPunctuation || c[i + 1].isSymbol {
                    out.append(c[i + 1], role)
                    i += 2
                    continue
                }
            case "`":
                let run = count(c, i, end, "`")
                guard let close = findRun(c, "`", run, from: i + run, end) else {
                    out.append(String(repeating: "`", count: run), role)
                    i += run
                    continue
                }
                var inner = String(c[(i + run)..<close])
                if inner.count >= 2, inner.first == " ", inner.last == " ", inner.contains(where: { $0 != " " }) {
                    inner = String(inner.dropFirst().dropLast())
                }
                out.append(inner, .code)
                i = close + run
                continue
            case "!":
                if has(c, i, end, "![["), let close = find(c, "]]", from: i + 3, end), close > i + 3 {
                    let l = links.wiki(String(c[(i + 3)..<close]), embed: true)
                    out.append(l.text, l.role, link: l.destination)
                    i = close + 2
                    continue
                }
                if i + 1 < end, c[i + 1] == "[", let md = markdownLink(c, i + 1, end) {
                    let l = links.markdown(text: md.text, dest: md.dest, image: true)
                    out.append(l.text, l.role, link: l.destination)
                    i = md.next
                    continue
                }
            case "[":
                if has(c, i, end, "[["), let close = find(c, "]]", from: i + 2, end), close > i + 2 {
                    let l = links.wiki(String(c[(i + 2)..<close]), embed: false)
                    out.append(l.text, l.role, link: l.destination)
                    i = close + 2
                    continue
                }
                if let md = markdownLink(c, i, end) {
                    let l = links.markdown(text: md.text, dest: md.dest, image: false)
                    out.append(l.text, l.role, link: l.destination)
                    i = md.next
                    continue
                }
            case "*", "_", "~", "=":
                if let (inner, next, newRole) = delimited(c, i, end, role: role) {
                    render(c, inner, role: newRole, into: &out)
                    i = next
                    continue
                }
            case "#":
                if let next = tagEnd(c, i, end) {
                    out.append(String(c[i..<next]), .tag)
                    i = next
                    continue
                }
            case "h":
                if let next = urlEnd(c, i, end) {
                    let url = String(c[i..<next])
                    out.append(url, .link, link: LinkDestination(path: nil, raw: url))
                    i = next
                    continue
                }
            case "<":
                if let tag = ["<br>", "<br/>", "<br />"].first(where: { has(c, i, end, $0) }) {
                    out.append(" ", role)
                    i += tag.count
                    continue
                }
            default:
                break
            }
            out.append(ch, role)
            i += 1
        }
    }

    // MARK: Emphasis

    /// `**x**`/`__x__` bold, `*x*`/`_x_` italic, `~~x~~` struck (dim), `==x==` highlighted.
    /// Returns the inner range, where rendering resumes, and the inner role.
    private func delimited(_ c: [Character], _ i: Int, _ end: Int, role: Role) -> (Range<Int>, Int, Role)? {
        let d = c[i]
        // Underscores inside words (snake_case) are not emphasis.
        if d == "_", i > 0, c[i - 1].isLetter || c[i - 1].isNumber { return nil }
        let run = count(c, i, end, d)
        let size: Int
        let newRole: Role
        switch d {
        case "~", "=":
            guard run == 2 else { return nil }
            size = 2
            newRole = d == "~" ? .dim : .match
        default:
            size = run >= 2 ? min(run, 3) : 1
            newRole = size == 1 ? .italic : .bold
        }
        let start = i + size
        guard start < end, !c[start].isWhitespace else { return nil }
        var j = start
        while j < end {
            if c[j] == "`", let close = findRun(c, "`", count(c, j, end, "`"), from: j + count(c, j, end, "`"), end) {
                j = close + 1
                continue
            }
            if c[j] == d {
                let r = count(c, j, end, d)
                if r == size, !c[j - 1].isWhitespace, j > start,
                   d != "_" || j + r >= end || !(c[j + r].isLetter || c[j + r].isNumber) {
                    return (start..<j, j + r, role == .code ? .code : newRole)
                }
                j += r
                continue
            }
            j += 1
        }
        return nil
    }

    // MARK: Links, tags, URLs

    /// `[text](dest)` starting at `i` (the `[`): text, destination, index after `)`.
    private func markdownLink(_ c: [Character], _ i: Int, _ end: Int) -> (text: String, dest: String, next: Int)? {
        var depth = 0
        var j = i
        var close: Int?
        while j < end {
            if c[j] == "\\" { j += 2; continue }
            if c[j] == "[" { depth += 1 } else if c[j] == "]" { depth -= 1; if depth == 0 { close = j; break } }
            j += 1
        }
        guard let close, close + 1 < end, c[close + 1] == "(" else { return nil }
        var k = close + 2
        var dest = ""
        if k < end, c[k] == "<" {
            guard let gt = find(c, ">", from: k + 1, end) else { return nil }
            dest = "<" + String(c[(k + 1)..<gt]) + ">"
            k = gt + 1
            while k < end, c[k] != ")" { k += 1 }
            guard k < end else { return nil }
        } else {
            var parens = 0
            let s = k
            while k < end {
                if c[k] == "(" { parens += 1 } else if c[k] == ")" { if parens == 0 { break }; parens -= 1 }
                k += 1
            }
            guard k < end else { return nil }
            // Drop an optional title: `(dest "title")`.
            dest = String(c[s..<k]).split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        }
        guard !dest.isEmpty else { return nil }
        let textSpans = spans(String(c[(i + 1)..<close]))
        return (textSpans.map(\.text).joined(), dest, k + 1)
    }

    /// `#tag` at a word start: letters, digits, `_`, `-`, `/`, at least one non-digit.
    private func tagEnd(_ c: [Character], _ i: Int, _ end: Int) -> Int? {
        guard i == 0 || c[i - 1].isWhitespace || c[i - 1] == "(" else { return nil }
        var j = i + 1
        var nonDigit = false
        while j < end, c[j].isLetter || c[j].isNumber || "_-/".contains(c[j]) || c[j].unicodeScalars.first!.properties.isEmojiPresentation {
            if !c[j].isNumber { nonDigit = true }
            j += 1
        }
        return j > i + 1 && nonDigit ? j : nil
    }

    /// A bare `http(s)://…` at a word start; trailing punctuation stays outside.
    private func urlEnd(_ c: [Character], _ i: Int, _ end: Int) -> Int? {
        guard i == 0 || c[i - 1].isWhitespace || c[i - 1] == "(",
              has(c, i, end, "https://") || has(c, i, end, "http://") else { return nil }
        var j = i
        while j < end, !c[j].isWhitespace, c[j] != "<", c[j] != ">" { j += 1 }
        while j > i, ".,;:!?'\"".contains(c[j - 1]) || (c[j - 1] == ")" && !c[i..<j].contains("(")) { j -= 1 }
        return j > i + 8 ? j : nil
    }

    // MARK: Scanning helpers

    private func has(_ c: [Character], _ i: Int, _ end: Int, _ s: String) -> Bool {
        var j = i
        for ch in s {
            guard j < end, c[j] == ch else { return false }
            j += 1
        }
        return true
    }

    private func find(_ c: [Character], _ s: String, from: Int, _ end: Int) -> Int? {
        var j = from
        while j < end {
            if has(c, j, end, s) { return j }
            j += 1
        }
        return nil
    }

    private func count(_ c: [Character], _ i: Int, _ end: Int, _ ch: Character) -> Int {
        var j = i
        while j < end, c[j] == ch { j += 1 }
        return j - i
    }

    /// Start of a run of exactly `n` `ch` at or after `from`.
    private func findRun(_ c: [Character], _ ch: Character, _ n: Int, from: Int, _ end: Int) -> Int? {
        var j = from
        while j < end {
            if c[j] == ch {
                let r = count(c, j, end, ch)
                if r == n { return j }
                j += r
            } else {
                j += 1
            }
        }
        return nil
    }
}
