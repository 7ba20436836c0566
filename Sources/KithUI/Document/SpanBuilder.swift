import KithCore

/// Collects spans, joining neighbours that share a role and carry no link, so a line is a
/// handful of spans rather than one per character.
struct SpanBuilder {
    private(set) var spans: [StyledSpan] = []

    var isEmpty: Bool { spans.isEmpty }

    mutating func append(_ text: some StringProtocol, _ role: Role, link: LinkDestination? = nil) {
        guard !text.isEmpty else { return }
        if link == nil, let last = spans.last, last.link == nil, last.role == role {
            spans[spans.count - 1].text += text
        } else {
            spans.append(StyledSpan(String(text), role, link: link))
        }
    }

    mutating func append(contentsOf other: [StyledSpan]) {
        for s in other { append(s.text, s.role, link: s.link) }
    }

    /// The spans with tabs expanded to 4-column stops (terminals and `DisplayWidth` know no
    /// tabs), counting columns from `column`.
    func expandingTabs(from column: Int = 0) -> [StyledSpan] {
        guard spans.contains(where: { $0.text.contains("\t") }) else { return spans }
        var col = column
        return spans.map { span in
            var s = span
            var out = ""
            for ch in span.text {
                if ch == "\t" {
                    let n = 4 - col % 4
                    out += String(repeating: " ", count: n)
                    col += n
                } else {
                    out.append(ch)
                    col += DisplayWidth.of(ch)
                }
            }
            s.text = out
            return s
        }
    }

    /// Drops trailing spaces (left where a hidden block ID or comment ended the line).
    mutating func trimTrailingSpaces() {
        while let last = spans.last, last.link == nil {
            let trimmed = String(last.text.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
            if trimmed.isEmpty { spans.removeLast(); continue }
            spans[spans.count - 1].text = trimmed
            break
        }
    }
}
