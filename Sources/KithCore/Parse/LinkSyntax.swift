/// How the inside of a link becomes a `LinkReference` (Obsidian's rules, vault-format.md).
enum LinkSyntax {
    /// A wikilink or embed from the bytes between `[[` and `]]`; nil when it names nothing
    /// (`[[]]`, `[[ ]]`, `[[#]]`, `[[|label]]`).
    ///
    /// The label follows the first `|`; in tables the pipe is written `\|` and means the same.
    /// The rest splits at its first `#` into target and subpath (`Name#H1#H2` → `H1#H2`).
    static func wikilink(_ buf: UnsafeBufferPointer<UInt8>, closed inner: (Int, Int),
                         style: LinkStyle, line: Int) -> LinkReference? {
        let (s, e) = inner
        var linkEnd = e
        var label: String?
        var p = s
        while p < e, buf[p] != 0x7C { p += 1 }
        if p < e {
            linkEnd = (p > s && buf[p - 1] == 0x5C) ? p - 1 : p
            let (ls, le) = ByteText.trimmed(buf, p + 1, e)
            if le > ls { label = ByteText.string(buf, ls, le) }
        }
        var hash = s
        while hash < linkEnd, buf[hash] != 0x23 { hash += 1 }
        let (ts, te) = ByteText.trimmed(buf, s, hash)
        var subpath: String?
        if hash < linkEnd {
            let (ss, se) = ByteText.trimmed(buf, hash + 1, linkEnd)
            if se > ss { subpath = ByteText.string(buf, ss, se) }
        }
        guard te > ts || subpath != nil else { return nil }
        return LinkReference(raw: ByteText.string(buf, s, e), target: ByteText.string(buf, ts, te),
                             subpath: subpath, label: label, style: style, line: line)
    }

    /// A markdown link `[label](destination)` to a note or file; nil for external URLs
    /// (any `scheme:`, `//host`) and empty destinations. `[x](#Heading)` is a same-note link.
    static func markdownLink(_ buf: UnsafeBufferPointer<UInt8>, label: (Int, Int),
                             destination: (Int, Int), line: Int) -> LinkReference? {
        let (s, e) = destination
        guard e > s, !isExternal(buf, s, e) else { return nil }
        var hash = s
        while hash < e, buf[hash] != 0x23 { hash += 1 }
        let target = decode(buf, s, hash)
        let subpath = hash < e ? decode(buf, hash + 1, e) : nil
        guard !target.isEmpty || !(subpath ?? "").isEmpty else { return nil }
        return LinkReference(raw: ByteText.string(buf, s, e), target: target,
                             subpath: (subpath ?? "").isEmpty ? nil : subpath,
                             label: ByteText.string(buf, label.0, label.1), style: .markdown, line: line)
    }

    /// `scheme:` (RFC 3986: a letter, then letters, digits, `+`, `-`, `.`) or `//`.
    static func isExternal(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        if e - s >= 2, buf[s] == 0x2F, buf[s + 1] == 0x2F { return true }
        guard (buf[s] | 0x20) >= 0x61, (buf[s] | 0x20) <= 0x7A else { return false }
        var p = s + 1
        while p < e {
            let b = buf[p]
            if b == 0x3A { return true }
            guard ByteText.isASCIIAlnum(b) || b == 0x2B || b == 0x2D || b == 0x2E else { return false }
            p += 1
        }
        return false
    }

    /// Percent-decodes and removes backslash escapes; keeps the text as written when the
    /// decoded bytes are not UTF-8.
    static func decode(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
        var p = s
        while p < e, buf[p] != 0x25, buf[p] != 0x5C { p += 1 }
        if p == e { return ByteText.string(buf, s, e) }
        var out: [UInt8] = []
        out.reserveCapacity(e - s)
        p = s
        while p < e {
            let b = buf[p]
            if b == 0x25, p + 2 < e, let h = hex(buf[p + 1]), let l = hex(buf[p + 2]) {
                out.append(h << 4 | l)
                p += 3
            } else if b == 0x5C, p + 1 < e, ByteText.isASCIIPunctuation(buf[p + 1]) {
                out.append(buf[p + 1])
                p += 2
            } else {
                out.append(b)
                p += 1
            }
        }
        let text = String(decoding: out, as: UTF8.self)
        return text.utf8.elementsEqual(out) ? text : ByteText.string(buf, s, e)
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x37
        case 0x61...0x66: return b - 0x57
        default: return nil
        }
    }
}
