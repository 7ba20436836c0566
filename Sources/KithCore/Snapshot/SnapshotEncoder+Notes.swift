import Foundation

/// The notes' part of a snapshot (`SnapshotFormat`): each block's first parts, what a warm start
/// reads of every note, and the parts `StoredNotes` decodes when first read.
extension SnapshotEncoder {
    /// What a warm start reads of every note at once; the rest (`storedParts`) is decoded
    /// when first read.
    mutating func note(_ n: IndexedNote, storedLength: Int) {
        let p = n.parsed
        w.string(p.path)
        if let s = p.stamp {
            w.bool(true)
            w.int(Int(s.size)); w.int(Int(s.mtime)); w.int(Int(s.ctime)); w.uint(s.inode)
        } else {
            w.bool(false)
        }
        // The text's size, lines and hash are in the texts section (`text(of:)`).
        w.bool(p.hadInvalidUTF8)
        w.count(storedLength)
        w.int(p.bodyStartLine)
        w.count(n.linkCount)
        w.byte(Self.code(n.kind))
        w.string(n.name)
        w.strings(n.tags)
        w.strings(n.aliases)
        w.date(n.created); w.date(n.date); w.date(n.lastContactWritten)
        w.optionalString(n.profile.role); w.optionalString(n.profile.organization)
        w.optionalString(n.profile.team); w.optionalString(n.profile.relationship)
        entries(n.recentContext)
        entries(n.log)
        w.byte(Self.code(n.contactSource))
        w.bool(n.isTemplate); w.bool(n.isFolderNote); w.bool(n.marksOwner)
    }

    /// A note's parsed parts and resolved links (`NoteDecoder.storedParts`).
    mutating func storedParts(of n: IndexedNote) {
        let p = n.parsed.partsForWriting
        let text = n.parsed.storage
        frontmatter(p.frontmatter)
        w.count(p.sections.count)
        for s in p.sections {
            w.string(s.title); w.int(s.level); w.int(s.line); w.int(s.endLine)
            span(s.body, of: text)
        }
        w.count(p.bullets.count)
        for b in p.bullets {
            span(b.body, of: text)
            w.int(b.line); w.int(b.indent)
        }
        w.count(p.links.count)
        for l in p.links { reference(l) }
        w.strings(p.inlineTags)
        // Resolved links repeat the parsed references: written once unless they differ.
        let links = n.linksForWriting
        let same = links.count == p.links.count && zip(links, p.links).allSatisfy { $0.reference == $1 }
        w.bool(same)
        if !same {
            w.count(links.count)
            for l in links { reference(l.reference) }
        }
        for l in links {
            w.optionalString(l.target)
            w.strings(l.candidates)
        }
    }

    /// The note's path and text: the text itself stays in the note's file; its size, lines
    /// and hash tell it back.
    mutating func text(of n: IndexedNote) {
        let text = n.parsed.storage
        // Fixed-width records (`NoteFacts.recordSize`): decoded on all cores.
        w.fixed64(UInt64(w.stringID(n.parsed.path)))
        w.fixed64(UInt64(text.byteCount)); w.fixed64(UInt64(text.lineCount)); w.fixed64(text.hash)
    }

    mutating func frontmatter(_ fm: Frontmatter) {
        w.count(fm.properties.count)
        for (key, value) in fm.properties {
            w.string(key)
            self.value(value)
        }
        if let e = fm.error {
            w.bool(true); w.int(e.line); w.string(e.message)
        } else {
            w.bool(false)
        }
        w.int(fm.bodyStartLine)
    }

    mutating func value(_ v: FrontmatterValue) {
        switch v {
        case .null: w.byte(0)
        case .scalar(let s): w.byte(1); w.string(s)
        case .list(let items):
            w.byte(2); w.count(items.count)
            for i in items { value(i) }
        case .map(let m):
            w.byte(3); w.count(m.count)
            for (k, x) in m { w.string(k); value(x) }
        }
    }

    mutating func reference(_ l: LinkReference) {
        w.string(l.raw); w.string(l.target); w.optionalString(l.subpath); w.optionalString(l.label)
        w.byte(Self.code(l.style)); w.int(l.line)
    }

    mutating func entries(_ list: [ContextEntry]) {
        w.count(list.count)
        for e in list {
            w.date(e.date); w.optionalString(e.link); w.optionalString(e.target); w.string(e.label)
            w.optionalString(e.summary); w.optionalString(e.via); w.int(e.line)
        }
    }

    /// A span of a note's text as byte offsets into it (0), or, when it is not one, its own
    /// text (1).
    mutating func span(_ s: TextSpan, of text: NoteText) {
        if let at = s.location, at.text === text {
            w.byte(0)
            w.count(at.start)
            w.count(max(0, at.end - at.start))
        } else {
            w.byte(1)
            w.inlineString(s.string)
        }
    }
}
