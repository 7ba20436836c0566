/// Wikilinks and markdown links inside one line segment (see `scanInline`).
extension MarkdownScanner {
    /// At `p` (`[[`): records the link and returns the offset after it, or `p + 1`.
    ///
    /// The inside runs to the first `]]` on the line; meeting another `[[` first means this one
    /// is literal. The cache remembers a stretch known to hold neither, so a line of many
    /// unclosed `[[` is searched once, not once per `[[`.
    mutating func wikilink(_ p: Int, _ e: Int, embed: Bool, line: Int,
                           cache from: inout Int, _ hit: inout Int) -> Int {
        let s = p + 2
        let event: Int
        if from >= 0, from <= s, s <= hit {
            event = hit
        } else {
            var q = s
            while q + 1 < e {
                let b = buf[q]
                if (b == 0x5D || b == 0x5B), buf[q + 1] == b { break }
                q += 1
            }
            event = q + 1 < e ? q : e
            from = s
            hit = event
        }
        guard event < e, buf[event] == 0x5D else { return p + 1 }
        if let link = LinkSyntax.wikilink(buf, closed: (s, event), style: embed ? .embed : .wiki, line: line) {
            links.append(link)
        }
        return event + 2
    }

    /// At `p` (`[`, the bracket table's entry `bracket`): a markdown link `[text](dest)`,
    /// `[text](<dest>)`, with an optional title. Returns the offset after it, or `p + 1`.
    /// External links are consumed too (their `#fragment` is not a tag) but not recorded.
    mutating func markdownLink(_ p: Int, _ e: Int, bracket: Int, line: Int) -> Int {
        guard bracket < inline.bracketOpen.count, Int(inline.bracketOpen[bracket]) == p else { return p + 1 }
        let close = Int(inline.bracketClose[bracket])
        guard close > p, close + 1 < e, buf[close + 1] == 0x28 else { return p + 1 }
        let open = close + 1
        let parenIndex = InlineScratch.lowerBound(inline.parenOpen, open)
        guard parenIndex < inline.parenOpen.count, Int(inline.parenOpen[parenIndex]) == open else { return p + 1 }
        let closeParen = Int(inline.parenClose[parenIndex])
        var q = open + 1
        while q < e, ByteText.isSpaceOrTab(buf[q]) { q += 1 }
        var destination = (q, q)
        var end = -1
        if q < e, buf[q] == 0x3C {
            // `<dest with spaces>`: up to the first `>`; a `<` before it means no link.
            var g = q + 1
            while g < e, buf[g] != 0x3E, buf[g] != 0x3C { g += 1 }
            guard g < e, buf[g] == 0x3E else { return p + 1 }
            destination = (q + 1, g)
            var r = g + 1
            while r < e, ByteText.isSpaceOrTab(buf[r]) { r += 1 }
            if r < e, buf[r] == 0x29 {
                end = r
            } else if closeParen > g, isTitle(r, closeParen) {
                end = closeParen
            }
        } else if closeParen >= q {
            let w = InlineScratch.lowerBound(inline.whitespace, q)
            let space = w < inline.whitespace.count ? Int(inline.whitespace[w]) : e
            if space >= closeParen {
                destination = (q, closeParen)
                end = closeParen
            } else if isTitle(space, closeParen) {
                destination = (q, space)
                end = closeParen
            }
        }
        guard end > 0 else { return p + 1 }
        if let link = LinkSyntax.markdownLink(buf, label: (p + 1, close), destination: destination, line: line) {
            links.append(link)
        }
        return end + 1
    }

    /// `s..<e` is optional space, then `"title"`, `'title'` or `(title)`, then optional space.
    private func isTitle(_ s: Int, _ e: Int) -> Bool {
        let (ts, te) = ByteText.trimmed(buf, s, e)
        guard te - ts >= 2 else { return ts == te }
        let first = buf[ts], last = buf[te - 1]
        return (first == 0x22 && last == 0x22) || (first == 0x27 && last == 0x27)
            || (first == 0x28 && last == 0x29)
    }
}
