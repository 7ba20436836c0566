import Foundation

/// The snapshot's two small sections that answer `kith people` and `kith stale` without the
/// rest of it: `stamps` (every note's path and stamp, the attachments, the count of unreadable
/// files) tells whether the vault is exactly as the snapshot saw it, and `people` is the
/// `PeopleDigest` of its index. Strings are inline, so neither needs the string table.
enum SnapshotDigest {
    // MARK: Writing

    /// The `stamps` section of `index`.
    static func appendStamps(of index: VaultIndex, to w: inout SnapshotWriter) {
        w.count(index.notes.count)
        for n in index.notes {
            w.inlineString(n.path)
            if let s = n.parsed.stamp {
                w.bool(true)
                w.int(Int(s.size)); w.int(Int(s.mtime)); w.int(Int(s.ctime)); w.uint(s.inode)
            } else {
                w.bool(false)
            }
        }
        w.count(index.attachments.count)
        for a in index.attachments { w.inlineString(a) }
        w.count(index.report.unreadable.count)
    }

    /// The `people` section.
    static func append(_ digest: PeopleDigest, to w: inout SnapshotWriter) {
        w.count(digest.people.count)
        for p in digest.people {
            w.inlineString(p.path); w.inlineString(p.name)
            optional(p.role, &w); optional(p.organization, &w)
            w.count(p.tags.count)
            for t in p.tags { w.inlineString(t) }
            w.count(p.aliases.count)
            for a in p.aliases { w.inlineString(a) }
            w.date(p.lastContactWritten)
            w.count(p.cadenceDays.map { $0 + 1 } ?? 0)
            w.bool(p.isOwner)
            w.count(p.interactionDates.count)
            for d in p.interactionDates { w.date(d) }
        }
    }

    private static func optional(_ s: String?, _ w: inout SnapshotWriter) {
        if let s {
            w.bool(true)
            w.inlineString(s)
        } else {
            w.bool(false)
        }
    }

    // MARK: Reading

    /// Whether the vault on disk is exactly the one the `stamps` section describes: the same
    /// notes (path for path), each with the same stamp and none racily clean (changed within
    /// the file system's granularity of `scanStart`), the same attachments, and no file that
    /// could not be read then or now. This is `SnapshotChanges.find` finding nothing, without
    /// decoding a note. Damaged bytes throw `SnapshotError.corrupt`.
    static func unchanged(_ section: UnsafeRawBufferPointer, listing: VaultListing, scanStart: Int64) throws -> Bool {
        guard listing.problems.isEmpty else { return false }
        var r = SnapshotReader(section)
        let entries = listing.notes
        guard try r.count(minBytes: 2) == entries.count else { return false }
        // Paths first (no file touched while one differs), then every file's stamp now.
        var stored: [FileStamp?] = []
        stored.reserveCapacity(entries.count)
        for e in entries {
            guard same(e.path, try r.raw(try r.count())) else { return false }
            if try r.bool() {
                let size = Int64(try r.int()), mtime = Int64(try r.int()), ctime = Int64(try r.int())
                stored.append(FileStamp(size: size, mtime: mtime, ctime: ctime, inode: try r.uint()))
            } else {
                stored.append(nil)
            }
        }
        guard try r.count() == listing.attachments.count else { return false }
        for a in listing.attachments {
            guard same(a, try r.raw(try r.count())) else { return false }
        }
        guard try r.count() == 0, r.isAtEnd else { return false }
        let now = SnapshotChanges.stampAll(entries)
        for k in 0..<entries.count {
            guard let old = stored[k], old == now[k], !old.isRacy(scanStart: scanStart) else { return false }
        }
        return true
    }

    /// Whether `s` is exactly these UTF-8 bytes.
    private static func same(_ s: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var s = s
        return s.withUTF8 { mine in
            mine.count == bytes.count && (mine.isEmpty || memcmp(mine.baseAddress!, bytes.baseAddress!, mine.count) == 0)
        }
    }

    /// The `people` section.
    static func people(_ section: UnsafeRawBufferPointer) throws -> PeopleDigest {
        var r = SnapshotReader(section)
        let count = try r.count(minBytes: 9)
        var people: [PersonDigest] = []
        people.reserveCapacity(count)
        for _ in 0..<count {
            var p = PersonDigest(path: try r.inlineString(), name: try r.inlineString())
            p.role = try optional(&r)
            p.organization = try optional(&r)
            p.tags = try strings(&r)
            p.aliases = try strings(&r)
            p.lastContactWritten = try r.date()
            let cadence = try r.int(upTo: Int(Int32.max))
            p.cadenceDays = cadence == 0 ? nil : cadence - 1
            p.isOwner = try r.bool()
            let n = try r.count()
            var dates: [CalendarDate?] = []
            dates.reserveCapacity(n)
            for _ in 0..<n { dates.append(try r.date()) }
            p.interactionDates = dates
            people.append(p)
        }
        guard r.isAtEnd else { throw SnapshotError.corrupt("people digest has extra bytes") }
        return PeopleDigest(people: people)
    }

    private static func optional(_ r: inout SnapshotReader) throws -> String? {
        try r.bool() ? try r.inlineString() : nil
    }

    private static func strings(_ r: inout SnapshotReader) throws -> [String] {
        let n = try r.count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try r.inlineString()) }
        return out
    }
}
