import Foundation

/// Everything read from one note file, before links are resolved against the vault.
public struct ParsedNote: Sendable {
    /// Vault-relative path with `/`, in NFC, e.g. `People/Deandre Jackson.md`.
    public var path: String
    public var frontmatter: Frontmatter {
        get {
            switch body {
            case .parts(let p): return p.frontmatter
            case .stored(let block, let k): return block.frontmatter(k)
            }
        }
        _modify { yield &parts.frontmatter }
    }
    /// Headings of every level, in file order.
    public var sections: [Section] {
        get { parts.sections }
        _modify { yield &parts.sections }
    }
    /// Every list item of the body, in file order.
    public var bullets: [Bullet] {
        get { parts.bullets }
        _modify { yield &parts.bullets }
    }
    /// Links in file order: frontmatter links first, then the body's.
    public var links: [LinkReference] {
        get { parts.links }
        _modify { yield &parts.links }
    }
    /// Inline `#tags` of the body, without `#`, as written (folded by the index).
    public var inlineTags: [String] {
        get { parts.inlineTags }
        _modify { yield &parts.inlineTags }
    }
    /// The first line after the frontmatter (`Frontmatter.bodyStartLine`), without decoding a
    /// warm start's stored parts.
    public var bodyStartLine: Int {
        switch body {
        case .parts(let p): return p.frontmatter.bodyStartLine
        case .stored(let block, let k): return block.bodyStartLine(k)
        }
    }
    /// Frontmatter, sections, bullets, links and tags: in the note itself once parsed, or
    /// still in the snapshot a warm start loaded (decoded when first read, see `StoredNotes`).
    var body: NoteBody
    /// The whole file as text (BOM stripped, invalid UTF-8 replaced): in memory while the
    /// index is built, afterwards read back from the file when asked for (`NoteText`), so an
    /// index of a large vault holds no copy of it. Excerpts, full-text search and the reader
    /// read it here.
    public var text: String {
        get { storage.current.text }
        set { storage = NoteText(text: newValue) }
    }
    /// UTF-8 offset in `text` where each line starts; line `n` (1-based) starts at `lineStarts[n-1]`.
    public var lineStarts: [Int32] {
        get { storage.current.lineStarts }
        set { storage = NoteText(text: text, lineStarts: newValue) }
    }
    /// Where the text is kept (shared by the sections, bullets and excerpts sliced from it).
    var storage: NoteText
    /// True when the bytes were not valid UTF-8 and were decoded with replacement characters.
    public var hadInvalidUTF8: Bool
    /// The file's stamp when it was read (nil for notes not read from a file): a snapshot of
    /// the index trusts the note while the file's stamp is the same.
    public var stamp: FileStamp?

    public init(path: String, frontmatter: Frontmatter = Frontmatter(), sections: [Section] = [],
                bullets: [Bullet] = [], links: [LinkReference] = [], inlineTags: [String] = [],
                text: String = "", lineStarts: [Int32]? = nil, hadInvalidUTF8: Bool = false) {
        self.init(path: path, frontmatter: frontmatter, sections: sections, bullets: bullets, links: links,
                  inlineTags: inlineTags, storage: text.isEmpty && lineStarts == nil ? .empty
                    : NoteText(text: text, lineStarts: lineStarts), hadInvalidUTF8: hadInvalidUTF8)
    }

    init(path: String, frontmatter: Frontmatter, sections: [Section], bullets: [Bullet], links: [LinkReference],
         inlineTags: [String], storage: NoteText, hadInvalidUTF8: Bool) {
        self.init(path: path, body: .parts(NoteParts(frontmatter: frontmatter, sections: sections, bullets: bullets,
                                                     links: links, inlineTags: inlineTags)),
                  storage: storage, hadInvalidUTF8: hadInvalidUTF8)
    }

    init(path: String, body: NoteBody, storage: NoteText, hadInvalidUTF8: Bool) {
        self.path = path
        self.body = body
        self.storage = storage
        self.hadInvalidUTF8 = hadInvalidUTF8
    }

    /// The parsed parts (decoded from the snapshot, and kept, when first read). Changing them
    /// makes them the note's own, the only copy (changed in place, not copied per change).
    var parts: NoteParts {
        get {
            switch body {
            case .parts(let p): return p
            case .stored(let block, let k): return block.note(k).parts
            }
        }
        _modify {
            var p = parts
            body = .parts(NoteParts())
            defer { body = .parts(p) }
            yield &p
        }
    }

    /// The parsed parts without keeping a decoded copy (a snapshot write reads every note once).
    var partsForWriting: NoteParts {
        switch body {
        case .parts(let p): return p
        case .stored(let block, let k): return block.noteUncached(k).parts
        }
    }

    /// Whether `other` has the same text (size and hash, without reading either back).
    func sameText(as other: ParsedNote) -> Bool {
        storage === other.storage
            || (storage.byteCount == other.storage.byteCount && storage.hash == other.storage.hash)
    }

    /// Number of lines in the file.
    public var lineCount: Int { storage.lineCount }

    /// Line `n` (1-based) without its line ending (`\n` or `\r\n`); empty when out of range.
    public func line(_ n: Int) -> Substring {
        let r = storage.current
        return Self.line(n, of: r.text, starts: r.lineStarts)
    }

    /// Line `n` of `text` whose lines start at `lineStarts`.
    static func line(_ n: Int, of text: String, starts lineStarts: [Int32]) -> Substring {
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

    /// Line `n` (1-based, without its line ending) as a span of the note's text: kept by
    /// excerpts and summaries without keeping the text.
    func lineSpan(_ n: Int) -> TextSpan {
        let r = storage.current
        guard n >= 1, n <= r.lineStarts.count else { return TextSpan("") }
        let line = Self.line(n, of: r.text, starts: r.lineStarts)
        let u = r.text.utf8
        return TextSpan(storage, start: u.distance(from: u.startIndex, to: line.startIndex),
                        end: u.distance(from: u.startIndex, to: line.endIndex))
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

/// What the parser makes of a note besides its text.
struct NoteParts: Sendable {
    var frontmatter = Frontmatter()
    var sections: [Section] = []
    var bullets: [Bullet] = []
    var links: [LinkReference] = []
    var inlineTags: [String] = []
}

/// Where a note's parsed parts are.
enum NoteBody: Sendable {
    /// In the note (parsed, or changed since it was loaded).
    case parts(NoteParts)
    /// Note `k` of a snapshot block, decoded when first read.
    case stored(StoredNotes, Int)
}
