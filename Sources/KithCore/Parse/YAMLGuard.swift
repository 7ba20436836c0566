/// A linear pre-check of frontmatter YAML before Yams sees it.
///
/// Yams composes recursively (one stack frame pair per nesting level, up to libyaml's own
/// limit of 1,000) and hashes mapping keys to find duplicates, which for an alias bomb used as
/// a key takes exponential time. Neither has a knob, so we refuse such input up front:
/// - nesting deeper than `maxDepth`, estimated from above (indentation levels + `- `/`? `
///   markers + open flow brackets, quoted or not), so the estimate never under-counts;
/// - more than `maxAliases` aliases (chains of aliases nest without indentation);
/// - aliases together with complex keys (`? `, `[..]:`, `{..}:`, `*alias :`).
/// Real frontmatter is nowhere near these limits.
enum YAMLGuard {
    static let maxAliases = 100

    static func check(_ buf: UnsafeBufferPointer<UInt8>, lines: LineTable, firstLine: Int,
                      endLine: Int, maxDepth: Int) -> FrontmatterError? {
        var indents: [Int] = []
        var flow = 0
        var aliases = 0
        var complexKeyLine = 0
        var aliasLine = 0
        var i = firstLine
        while i < endLine {
            let s = lines.start(i)
            let e = lines.contentEnd(i, buf)
            i += 1
            var p = s
            while p < e, buf[p] == 0x20 || buf[p] == 0x09 { p += 1 }
            if p == e { continue }
            if flow == 0 {
                let column = p - s
                while let top = indents.last, top > column { indents.removeLast() }
                if indents.last != column { indents.append(column) }
            }
            var markers = 0
            while p < e, buf[p] == 0x2D || buf[p] == 0x3F || buf[p] == 0x3A,
                  p + 1 == e || buf[p + 1] == 0x20 || buf[p + 1] == 0x09 {
                if buf[p] == 0x3F && complexKeyLine == 0 { complexKeyLine = i }
                markers += 1
                p += 1
                while p < e, buf[p] == 0x20 || buf[p] == 0x09 { p += 1 }
            }
            var deepest = flow
            var previous: UInt8 = 0x20
            while p < e {
                let b = buf[p]
                switch b {
                case 0x5B, 0x7B:
                    flow += 1
                    deepest = max(deepest, flow)
                case 0x5D, 0x7D:
                    flow = max(0, flow - 1)
                    if followedByColon(buf, p + 1, e), complexKeyLine == 0 { complexKeyLine = i }
                case 0x2A where previous == 0x20 || previous == 0x09 || previous == 0x5B
                    || previous == 0x7B || previous == 0x2C:
                    var q = p + 1
                    while q < e, ByteText.isASCIIAlnum(buf[q]) || buf[q] == 0x2D || buf[q] == 0x5F { q += 1 }
                    if q > p + 1 {
                        aliases += 1
                        if aliases > maxAliases {
                            return FrontmatterError(line: i, message: "frontmatter uses more than "
                                                    + "\(maxAliases) aliases")
                        }
                        if aliasLine == 0 { aliasLine = i }
                        if followedByColon(buf, q, e), complexKeyLine == 0 { complexKeyLine = i }
                    }
                default:
                    break
                }
                previous = b
                p += 1
            }
            if indents.count + markers + deepest > maxDepth {
                return FrontmatterError(line: i, message: "frontmatter nests deeper than \(maxDepth) levels")
            }
        }
        if aliases > 0, complexKeyLine > 0 {
            return FrontmatterError(line: max(complexKeyLine, aliasLine),
                                    message: "frontmatter mixes aliases and complex keys")
        }
        return nil
    }

    /// Optional spaces, then `:` ending the line or followed by a space: a key just ended.
    private static func followedByColon(_ buf: UnsafeBufferPointer<UInt8>, _ from: Int, _ e: Int) -> Bool {
        var q = from
        while q < e, buf[q] == 0x20 { q += 1 }
        return q < e && buf[q] == 0x3A && (q + 1 == e || buf[q + 1] == 0x20 || buf[q + 1] == 0x2C)
    }
}
