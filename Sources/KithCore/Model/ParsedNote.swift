import Foundation

/// Everything read from one note file, before links are resolved against the vault.
public struct ParsedNote: Sendable {
    /// Vault-relative path with `/`, in NFC, e.g. `People/Deandre Jackson.md`.
    public var path: String
    public var frontmatter: Frontmatter
    /// Headings of every level, in file order.
    public var sections: [Section]
    /// Every list item of the body, in file order.
    public var bullets: [Bullet]
    /// Links in file order: frontmatter links first, then the body's.
    public var links: [LinkReference]
    /// Inline `#tags` of the body, without `#`, as written (folded by the index).
    public var inlineTags: [String]
    /// The whole file as text (BOM stripped, invalid UTF-8 replaced), kept once for excerpts,
    /// full-text search and the reader. One string per note rather than one per line keeps
    /// memory close to the vault's size.
    public var text: String
    /// UTF-8 offset in `text` where each line starts; line `n` (1-based) starts at `lineStarts[n-1]`.
    public var lineStarts: [Int32]
    /// True when the bytes were not valid UTF-8 and were decoded with replacement characters.
    public var hadInvalidUTF8: Bool
    /// The file's stamp when it was read (nil for notes not read from a file): a snapshot of
    /// the index trusts the note while the file's stamp is the same.
    public var stamp: FileStamp?

    public init(path: String, frontmatter: Frontmatter = Frontmatter(), sections: [Section] = [],
                bullets: [Bullet] = [], links: [LinkReference] = [], inlineTags: [String] = [],
                text: String = "", lineStarts: [Int32]? = nil, hadInvalidUTF8: Bool = false) {
        self.path = path
        self.frontmatter = frontmatter
        self.sections = sections
        self.bullets = bullets
        self.links = links
        self.inlineTags = inlineTags
        self.text = text
        self.lineStarts = lineStarts ?? ParsedNote.lineStarts(of: text)
        self.hadInvalidUTF8 = hadInvalidUTF8
    }

    /// Number of lines in the file.
    public var lineCount: Int { lineStarts.count }

    /// Line `n` (1-based) without its line ending (`\n` or `\r\n`); empty when out of range.
    public func line(_ n: Int) -> Substring {
        guard n >= 1, n <= lineStarts.count else { return "" }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(lineStarts[n - 1]))
        var end = n < lineStarts.count
            ? utf8.index(utf8.startIndex, offsetBy: Int(lineStarts[n]))
            : utf8.endIndex
        // Drop the line's own terminator.
        if end > start, utf8[utf8.index(before: end)] == 0x0A {
            end = utf8.index(before: end)
            if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
        }
        return text[start..<end]
    }

    /// Start offsets of every line of `text`.
    public static func lineStarts(of text: String) -> [Int32] {
        var copy = text
        return copy.withUTF8 { lineStarts(ofUTF8: $0) }
    }

    /// Start offsets of every line of UTF-8 bytes (`memchr` for the newlines: this runs over
    /// every byte of the vault).
    public static func lineStarts(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Int32] {
        var starts: [Int32] = [0]
        guard let base = bytes.baseAddress, bytes.count > 0 else { return starts }
        starts.reserveCapacity(bytes.count / 48 + 1)
        var offset = 0
        while offset < bytes.count, let hit = memchr(base + offset, 0x0A, bytes.count - offset) {
            let pos = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            offset = pos + 1
            // A final newline does not begin another line.
            if offset < bytes.count { starts.append(Int32(offset)) }
        }
        return starts
    }
}
