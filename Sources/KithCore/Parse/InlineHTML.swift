/// What starts with `<` (autolinks, inline HTML tags), HTML entities and bare URLs.
extension InlineScanner {
    /// At `p` (`<`, not a comment): an autolink, an inline HTML tag, or text.
    mutating func angle(_ p: Int, _ e: Int) -> Int {
        if let end = autolink(p, e) { return end }
        if let end = htmlTag(p, e) { return end }
        return p + 1
    }

    /// `<scheme:rest>` (a scheme of 2–32 letters, digits, `+`, `.`, `-`) or `<local@domain>`.
    private mutating func autolink(_ p: Int, _ e: Int) -> Int? {
        var q = p + 1
        guard q < e, ByteText.isASCIILetter(buf[q]) else { return nil }
        while q < e, ByteText.isASCIIAlnum(buf[q]) || buf[q] == 0x2B || buf[q] == 0x2E || buf[q] == 0x2D { q += 1 }
        var end = -1
        if q < e, buf[q] == 0x3A, (2...32).contains(q - p - 1) {
            var r = q + 1
            while r < e, buf[r] > 0x20, buf[r] != 0x3C, buf[r] != 0x3E { r += 1 }
            OperationCounter.tick(r - p)
            if r < e, buf[r] == 0x3E { end = r }
        } else {
            // An email: local part, `@`, then a domain of letters, digits, `-` and `.`.
            var r = p + 1
            while r < e, Self.isEmailLocal(buf[r]) { r += 1 }
            guard r < e, r > p + 1, buf[r] == 0x40 else { OperationCounter.tick(r - p); return nil }
            var d = r + 1
            while d < e, ByteText.isASCIIAlnum(buf[d]) || buf[d] == 0x2D || buf[d] == 0x2E { d += 1 }
            OperationCounter.tick(d - p)
            if d < e, d > r + 1, buf[d] == 0x3E { end = d }
        }
        guard end > 0 else { return nil }
        emit(.autolink, p..<end + 1, inner: p + 1..<end, destination: p + 1..<end)
        return end + 1
    }

    private static func isEmailLocal(_ b: UInt8) -> Bool {
        ByteText.isASCIIAlnum(b) || b == 0x2E || b == 0x2D || b == 0x5F || b == 0x2B
    }

    /// `<name attr="v" …>`, `</name>`, `<name/>`: CommonMark's open and closing tags.
    private mutating func htmlTag(_ p: Int, _ e: Int) -> Int? {
        var q = p + 1
        let closing = q < e && buf[q] == 0x2F
        if closing { q += 1 }
        let nameStart = q
        guard q < e, ByteText.isASCIILetter(buf[q]) else { return nil }
        while q < e, ByteText.isASCIIAlnum(buf[q]) || buf[q] == 0x2D { q += 1 }
        let nameEnd = q
        let attrStart = q
        defer { OperationCounter.tick(q - p) }
        while true {
            let spaceStart = q
            while q < e, ByteText.isSpaceOrTab(buf[q]) { q += 1 }
            guard q < e else { return nil }
            if buf[q] == 0x3E {
                emit(.html(closing: closing), p..<q + 1, inner: nameStart..<nameEnd, destination: attrStart..<q)
                return q + 1
            }
            if !closing, buf[q] == 0x2F, q + 1 < e, buf[q + 1] == 0x3E {
                emit(.html(closing: false), p..<q + 2, inner: nameStart..<nameEnd, destination: attrStart..<q)
                return q + 2
            }
            // An attribute needs a space before it; a closing tag has none.
            guard !closing, q > spaceStart, ByteText.isASCIILetter(buf[q]) || buf[q] == 0x5F || buf[q] == 0x3A else {
                return nil
            }
            while q < e, ByteText.isASCIIAlnum(buf[q]) || buf[q] == 0x5F || buf[q] == 0x2E || buf[q] == 0x3A
                || buf[q] == 0x2D { q += 1 }
            var v = q
            while v < e, ByteText.isSpaceOrTab(buf[v]) { v += 1 }
            guard v < e, buf[v] == 0x3D else { continue }
            v += 1
            while v < e, ByteText.isSpaceOrTab(buf[v]) { v += 1 }
            guard v < e else { return nil }
            let quote = buf[v]
            if quote == 0x22 || quote == 0x27 {
                guard let close = closingQuote(quote, from: v + 1, e) else { return nil }
                q = close + 1
            } else {
                var u = v
                while u < e, buf[u] > 0x20, buf[u] != 0x22, buf[u] != 0x27, buf[u] != 0x3D, buf[u] != 0x3C,
                      buf[u] != 0x3E, buf[u] != 0x60 { u += 1 }
                guard u > v else { return nil }
                q = u
            }
        }
    }

    /// The next `quote` in `from..<e`; a search that fails marks the rest of the line as
    /// having none, so many unclosed values cost one search.
    private mutating func closingQuote(_ quote: UInt8, from: Int, _ e: Int) -> Int? {
        let unclosed = quote == 0x22 ? scratch.quoteUnclosedFrom.0 : scratch.quoteUnclosedFrom.1
        guard from < unclosed else { return nil }
        var q = from
        while q < e, buf[q] != quote { q += 1 }
        OperationCounter.tick(q - from)
        if q < e { return q }
        if quote == 0x22 { scratch.quoteUnclosedFrom.0 = from } else { scratch.quoteUnclosedFrom.1 = from }
        return nil
    }

    /// At `p` (`&`): `&name;`, `&#123;` or `&#x1F;` as an entity token, or `p + 1`.
    mutating func entity(_ p: Int, _ e: Int) -> Int {
        var q = p + 1
        let numeric = q < e && buf[q] == 0x23
        if numeric { q += 1 }
        let hex = numeric && q < e && (buf[q] | 0x20) == 0x78
        if hex { q += 1 }
        let s = q
        while q < e, q - s < 32, hex ? ByteText.isHexDigit(buf[q]) : numeric ? ByteText.isDigit(buf[q])
                : ByteText.isASCIIAlnum(buf[q]) { q += 1 }
        OperationCounter.tick(q - p)
        guard q > s, q < e, buf[q] == 0x3B else { return p + 1 }
        emit(.entity, p..<q + 1, inner: p + 1..<q)
        return q + 1
    }

    /// At `p` (`h` or `w`): a bare `http://`, `https://` or `www.` URL at a word's start, as
    /// GitHub and Obsidian link them: up to a space or `<` (and, here, brackets, `|`, quotes
    /// and backticks), without trailing punctuation or an unbalanced `)`.
    mutating func bareURL(_ p: Int, _ e: Int, segmentStart: Int) -> Int {
        if p > segmentStart {
            let before = buf[p - 1]
            guard ByteText.isSpaceOrTab(before) || before == 0x28 || before == 0x2A || before == 0x5F
                    || before == 0x7E else { return p + 1 }
        }
        let prefix: Int
        if ByteText.hasPrefix(buf, p, e, "https://") { prefix = 8 } else if ByteText.hasPrefix(buf, p, e, "http://") {
            prefix = 7
        } else if ByteText.hasPrefix(buf, p, e, "www.") { prefix = 4 } else { return p + 1 }
        var q = p + prefix
        var open = 0, close = 0
        while q < e {
            let b = buf[q]
            if b <= 0x20 || b == 0x3C || b == 0x3E || b == 0x5B || b == 0x5D || b == 0x7C || b == 0x22 || b == 0x60 {
                break
            }
            if b == 0x28 { open += 1 } else if b == 0x29 { close += 1 }
            q += 1
        }
        OperationCounter.tick(q - p)
        while q > p + prefix {
            let b = buf[q - 1]
            if b == 0x29, close > open {
                close -= 1
            } else if !(b == 0x3F || b == 0x21 || b == 0x2E || b == 0x2C || b == 0x3A || b == 0x2A || b == 0x5F
                        || b == 0x7E || b == 0x27 || b == 0x3B) {
                break
            }
            q -= 1
        }
        guard q > p + prefix, ByteText.isASCIIAlnum(buf[p + prefix]) || buf[p + prefix] >= 0x80 else { return p + 1 }
        emit(.url, p..<q, inner: p..<q, destination: p..<q)
        return q
    }
}

/// Attributes of an inline HTML tag (`InlineToken.Kind.html`).
public enum InlineHTML {
    /// The value of attribute `name` (ASCII, any case) in `attributes` (an HTML tag's
    /// attribute text), without quotes; nil when the tag has no such attribute.
    public static func attribute(_ name: String, in attributes: Substring) -> String? {
        var rest = attributes[...]
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].split(whereSeparator: { $0 == " " || $0 == "\t" }).last ?? ""
            var value = rest[rest.index(after: eq)...].drop { $0 == " " || $0 == "\t" }
            var end = value.startIndex
            if let q = value.first, q == "\"" || q == "'" {
                value = value.dropFirst()
                end = value.firstIndex(of: q) ?? value.endIndex
            } else {
                end = value.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? value.endIndex
            }
            if key.lowercased() == name.lowercased() { return String(value[..<end]) }
            rest = value[end...].dropFirst()
        }
        return nil
    }
}
