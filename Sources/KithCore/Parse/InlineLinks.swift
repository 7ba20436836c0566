/// Wikilinks, embeds, markdown links, images and footnote references (see `InlineScanner`).
extension InlineScanner {
    /// At `p` (`[[`, or `![[` when `embed`): records the link and returns the offset after it,
    /// or the offset after the first bracket.
    ///
    /// The inside runs to the first `]]` on the line; meeting another `[[` first means this one
    /// is literal. The cache remembers a stretch known to hold neither, so a line of many
    /// unclosed `[[` is searched once, not once per `[[`.
    mutating func wikilink(_ p: Int, _ e: Int, embed: Bool, line: Int,
                           cache from: inout Int, _ hit: inout Int) -> Int {
        let open = embed ? p + 1 : p
        let s = open + 2
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
            OperationCounter.tick(q - s)
            event = q + 1 < e ? q : e
            from = s
            hit = event
        }
        guard event < e, buf[event] == 0x5D else { return open + 1 }
        let link = LinkSyntax.wikilink(buf, closed: (s, event), style: embed ? .embed : .wiki, line: line)
        if let link { links.append(link) }
        emit(embed ? .embed : .wikilink, p..<event + 2, inner: s..<event, destination: s..<event, link: link)
        return event + 2
    }

    /// At `p` (`[`, or `![` when `image`): a markdown link `[text](dest)`, `[text](<dest>)`,
    /// with an optional title. Returns the offset after it, or after the `[`.
    /// External links are consumed too (their `#fragment` is not a tag) but not recorded.
    mutating func markdownLink(_ p: Int, _ e: Int, image: Bool, line: Int) -> Int {
        let bracketAt = image ? p + 1 : p
        var bracket = scratch.bracketCursor
        while bracket < scratch.bracketOpen.count, Int(scratch.bracketOpen[bracket]) < bracketAt { bracket += 1 }
        scratch.bracketCursor = bracket
        guard bracket < scratch.bracketOpen.count, Int(scratch.bracketOpen[bracket]) == bracketAt else {
            return bracketAt + 1
        }
        let close = Int(scratch.bracketClose[bracket])
        guard close > bracketAt, close + 1 < e, buf[close + 1] == 0x28 else { return bracketAt + 1 }
        let open = close + 1
        let parenIndex = InlineScratch.lowerBound(scratch.parenOpen, open)
        guard parenIndex < scratch.parenOpen.count, Int(scratch.parenOpen[parenIndex]) == open else {
            return bracketAt + 1
        }
        let closeParen = Int(scratch.parenClose[parenIndex])
        var q = open + 1
        while q < e, ByteText.isSpaceOrTab(buf[q]) { q += 1 }
        var destination = (q, q)
        var end = -1
        if q < e, buf[q] == 0x3C {
            // `<dest with spaces>`: up to the first `>`; a `<` before it means no link.
            var g = q + 1
            while g < e, buf[g] != 0x3E, buf[g] != 0x3C { g += 1 }
            OperationCounter.tick(g - q)
            guard g < e, buf[g] == 0x3E else { return bracketAt + 1 }
            destination = (q + 1, g)
            var r = g + 1
            while r < e, ByteText.isSpaceOrTab(buf[r]) { r += 1 }
            if r < e, buf[r] == 0x29 {
                end = r
            } else if closeParen > g, isTitle(r, closeParen) {
                end = closeParen
            }
        } else if closeParen >= q {
            let w = InlineScratch.lowerBound(scratch.whitespace, q)
            let space = w < scratch.whitespace.count ? Int(scratch.whitespace[w]) : e
            if space >= closeParen {
                destination = (q, closeParen)
                end = closeParen
            } else if isTitle(space, closeParen) {
                destination = (q, space)
                end = closeParen
            }
        }
        guard end > 0 else { return bracketAt + 1 }
        let link = LinkSyntax.markdownLink(buf, label: (bracketAt + 1, close), destination: destination, line: line)
        if let link { links.append(link) }
        emit(image ? .image : .markdownLink, p..<end + 1, inner: bracketAt + 1..<close,
             destination: destination.0..<destination.1, link: link)
        return end + 1
    }

    /// At `p` (`[^`): a footnote reference `[^label]` (no spaces in the label, not followed by
    /// `(`); nil when it is none.
    mutating func footnote(_ p: Int, _ e: Int) -> Int? {
        var bracket = scratch.bracketCursor
        while bracket < scratch.bracketOpen.count, Int(scratch.bracketOpen[bracket]) < p { bracket += 1 }
        scratch.bracketCursor = bracket
        guard bracket < scratch.bracketOpen.count, Int(scratch.bracketOpen[bracket]) == p else { return nil }
        let close = Int(scratch.bracketClose[bracket])
        guard close > p + 2, !(close + 1 < e && buf[close + 1] == 0x28) else { return nil }
        let w = InlineScratch.lowerBound(scratch.whitespace, p)
        guard w >= scratch.whitespace.count || Int(scratch.whitespace[w]) > close else { return nil }
        emit(.footnote, p..<close + 1, inner: p + 2..<close)
        return close + 1
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
