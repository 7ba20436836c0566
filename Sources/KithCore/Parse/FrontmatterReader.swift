/// Finds the frontmatter block at the top of a note and reads it, by the fast path when the
/// YAML is plainly simple and through Yams otherwise.
enum FrontmatterReader {
    struct Result {
        var frontmatter: Frontmatter
        /// `.frontmatter` links found in scalar values, in document order.
        var links: [LinkReference]
    }

    static func read(_ buf: UnsafeBufferPointer<UInt8>, lines: LineTable) -> Result {
        guard isDelimiter(buf, lines, 0, dots: false) else {
            return Result(frontmatter: Frontmatter(), links: [])
        }
        var close = -1
        var i = 1
        while i < lines.count {
            if isDelimiter(buf, lines, i, dots: true) { close = i; break }
            i += 1
        }
        guard close > 0 else {
            // Obsidian shows such a file as plain text: keep every link of it.
            return Result(frontmatter: Frontmatter(
                error: FrontmatterError(line: 1, message: "frontmatter is never closed"),
                bodyStartLine: 1), links: [])
        }
        let body = close + 2 // 1-based line after the closing delimiter
        let values = readYAML(buf, lines: lines, firstLine: 1, endLine: close)
        switch values {
        case .success(let properties, let links):
            return Result(frontmatter: Frontmatter(properties: properties, bodyStartLine: body),
                          links: links)
        case .failure(let error):
            return Result(frontmatter: Frontmatter(error: error, bodyStartLine: body), links: [])
        }
    }

    enum Values {
        case success([String: FrontmatterValue], [LinkReference])
        case failure(FrontmatterError)
    }

    /// Reads 0-based lines `firstLine..<endLine` as YAML: fast path first, Yams on anything else.
    static func readYAML(_ buf: UnsafeBufferPointer<UInt8>, lines: LineTable,
                         firstLine: Int, endLine: Int) -> Values {
        if let fast = FastFrontmatter.parse(buf, lines: lines, firstLine: firstLine, endLine: endLine) {
            return .success(fast.properties, fast.links)
        }
        return YAMLFrontmatter.parse(buf, lines: lines, firstLine: firstLine, endLine: endLine)
    }

    /// A line that is exactly `---` (or `...` when `dots`), allowing trailing spaces and `\r`.
    static func isDelimiter(_ buf: UnsafeBufferPointer<UInt8>, _ lines: LineTable, _ i: Int,
                            dots: Bool) -> Bool {
        let s = lines.start(i)
        var e = lines.next(i)
        while e > s, buf[e - 1] == 0x0A || buf[e - 1] == 0x0D || buf[e - 1] == 0x20 || buf[e - 1] == 0x09 {
            e -= 1
        }
        guard e - s == 3 else { return false }
        let c = buf[s]
        guard c == 0x2D || (dots && c == 0x2E) else { return false }
        return buf[s + 1] == c && buf[s + 2] == c
    }
}

/// Frontmatter links: every `[[...]]` inside a scalar value is a link at that scalar's line.
enum FrontmatterLinks {
    static func collect(from value: String, line: Int, into links: inout [LinkReference]) {
        guard value.utf8.count >= 4 else { return }
        var copy = value
        copy.withUTF8 { buf in
            var i = 0
            let n = buf.count
            while i + 1 < n {
                guard buf[i] == 0x5B, buf[i + 1] == 0x5B else { i += 1; continue }
                // The inside runs to the first `]]`; a newline or another `[[` restarts the search.
                var j = i + 2
                var closed = -1
                while j + 1 < n {
                    let b = buf[j]
                    if b == 0x0A || (b == 0x5B && buf[j + 1] == 0x5B) { break }
                    if b == 0x5D && buf[j + 1] == 0x5D { closed = j; break }
                    j += 1
                }
                if closed < 0 { i = max(j, i + 1); continue }
                if let link = LinkSyntax.wikilink(buf, closed: (i + 2, closed), style: .frontmatter,
                                                  line: line) {
                    links.append(link)
                }
                i = closed + 2
            }
        }
    }
}
