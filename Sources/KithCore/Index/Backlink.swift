/// Another note whose resolved links point at a note.
public struct Backlink: Hashable, Sendable {
    public var source: String
    public var kind: NoteKind
    /// 1-based line of the link in the source.
    public var line: Int
    /// Where the excerpt comes from: the source note's text (read when the excerpt is: a
    /// vault has many backlinks and few are ever shown), or text assigned.
    private var origin: Origin
    private enum Origin: Sendable {
        /// A line of the source note: a body line is trimmed and cut; a frontmatter line
        /// becomes its property's key and values (`PropertyExcerpt`).
        case source(NoteText, inFrontmatter: Bool)
        case assigned(String)
    }

    init(source: String, kind: NoteKind, line: Int, text: NoteText, inFrontmatter: Bool = false) {
        self.source = source
        self.kind = kind
        self.line = line
        origin = .source(text, inFrontmatter: inFrontmatter)
    }

    /// The source line, trimmed and cut to a readable length; a frontmatter line as its
    /// property's key and values (`attendees: Ana Lima`), not as YAML.
    public var excerpt: String {
        get {
            switch origin {
            case .assigned(let s): return s
            case .source(let t, _):
                let r = t.current
                return excerpt(ofLine: ParsedNote.line(line, of: r.text, starts: r.lineStarts))!
            }
        }
        set { origin = .assigned(newValue) }
    }

    /// The text the excerpt is made from, when it is not assigned: a pass that reads the
    /// source note anyway (`VaultIndex.references`) makes it from that read.
    var excerptSource: NoteText? {
        if case .source(let t, _) = origin { return t }
        return nil
    }

    /// Whether the excerpt is made from a frontmatter line: a list item's key is read from
    /// the lines above it (`PropertyExcerpt`), so its line must be a slice of the text up to it.
    var excerptReadsLinesAbove: Bool {
        if case .source(_, let inFrontmatter) = origin { return inFrontmatter }
        return false
    }

    /// The excerpt made from `source`, the link's line of the source note as read now; nil
    /// when the excerpt is assigned.
    func excerpt(ofLine source: Substring) -> String? {
        guard case .source(_, let inFrontmatter) = origin else { return nil }
        return IndexBuilder.excerpt(inFrontmatter ? Substring(PropertyExcerpt.text(source)) : source)
    }

    public static func == (a: Backlink, b: Backlink) -> Bool {
        a.source == b.source && a.kind == b.kind && a.line == b.line && a.excerpt == b.excerpt
    }

    public func hash(into h: inout Hasher) {
        h.combine(source)
        h.combine(kind)
        h.combine(line)
        h.combine(excerpt)
    }
}

/// A backlink as the index keeps it: the source note's position and the link's line, no path
/// or text reference. A 100,000-note vault has about as many backlinks as links (770,000);
/// holding a copied path and the source's text in each made a snapshot load retain two objects
/// scattered over the heap per backlink (most of the backlinks' decode time) and took 48 bytes
/// each instead of 12. Made into a `Backlink` when read (`VaultIndex.backlink(_:)`): positions
/// stay valid for the index they belong to (an update that adds or removes notes rebuilds the
/// lists; one that patches a note keeps every position).
struct BacklinkEntry: Hashable, Sendable {
    /// Position of the source note in `VaultIndex.notes` (path order, so positions sort as paths do).
    var source: Int32
    /// 1-based line of the link in the source.
    var line: Int32
    /// The source note's kind.
    var kind: NoteKind
    /// The link is in the source's frontmatter (its excerpt is the property's key and values).
    var inFrontmatter: Bool

    init(source: Int, line: Int, kind: NoteKind, inFrontmatter: Bool) {
        self.source = Int32(source)
        self.line = Int32(clamping: line)
        self.kind = kind
        self.inFrontmatter = inFrontmatter
    }
}

extension VaultIndex {
    /// The backlink `entry` stands for, its excerpt made from its source note's text when read.
    func backlink(_ entry: BacklinkEntry) -> Backlink {
        let s = Int(entry.source)
        return Backlink(source: notes[s].parsed.path, kind: entry.kind, line: Int(entry.line),
                        text: notes[s].parsed.storage, inFrontmatter: entry.inFrontmatter)
    }

    /// The backlinks in `list`, made (a list of one target).
    func backlinks(_ list: ChunkedList<BacklinkEntry>) -> [Backlink] {
        var out: [Backlink] = []
        out.reserveCapacity(list.count)
        for chunk in list.chunks {
            chunk.withUnsafeBufferPointer { b in for e in b { out.append(backlink(e)) } }
        }
        return out
    }
}
