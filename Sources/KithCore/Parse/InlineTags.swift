/// Inline `#tags` (Obsidian's rules): after the line's start or a space, `(` or `,`; made of
/// letters (any script), digits, `_`, `-`, `/`; at least one character that is not a digit.
/// And `^block-id` markers at a line's end.
extension InlineScanner {
    /// At `p` (`#`): records a tag and returns the offset after it, or `p + 1`.
    mutating func tag(_ p: Int, _ e: Int, lineStart: Int) -> Int {
        if p != lineStart {
            guard p > 0 else { return p + 1 }
            let before = buf[p - 1]
            guard before == 0x20 || before == 0x09 || before == 0x28 || before == 0x2C else { return p + 1 }
        }
        var q = p + 1
        var sawNonDigit = false
        defer { OperationCounter.tick(q - p) }
        while q < e {
            let b = buf[q]
            if b < 0x80 {
                if b >= 0x30 && b <= 0x39 {
                    q += 1
                } else if ByteText.isASCIIAlnum(b) || b == 0x5F || b == 0x2D || b == 0x2F {
                    sawNonDigit = true
                    q += 1
                } else {
                    break
                }
            } else {
                let (scalar, length) = ByteText.scalar(buf, q, e)
                guard Self.isTagScalar(scalar) else { break }
                sawNonDigit = true
                q += length
            }
        }
        guard q > p + 1, sawNonDigit else { return p + 1 }
        tags.append(ByteText.string(buf, p + 1, q))
        emit(.tag, p..<q, inner: p + 1..<q)
        return q
    }

    /// Letters, combining marks (NFD file names) and numbers of any script.
    static func isTagScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// At `p` (`^`): a block ID `^id` (letters, digits, `-`) that ends the line, after a space
    /// or alone on it. Returns the offset after it, or `p + 1`.
    mutating func blockID(_ p: Int, _ e: Int, segmentStart: Int) -> Int {
        guard p == segmentStart || ByteText.isSpaceOrTab(buf[p - 1]) else { return p + 1 }
        var q = p + 1
        while q < e, ByteText.isASCIIAlnum(buf[q]) || buf[q] == 0x2D { q += 1 }
        var t = q
        while t < e, ByteText.isSpaceOrTab(buf[t]) { t += 1 }
        OperationCounter.tick(t - p)
        guard q > p + 1, t == e else { return q }
        emit(.blockID, p..<q, inner: p + 1..<q)
        return e
    }
}
