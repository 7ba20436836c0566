import Foundation

/// What differs between a snapshot's index and the vault on disk now.
struct SnapshotChanges {
    /// Vault paths to read again (`VaultIndex.updated(changing:)`).
    var paths: [String] = []
    var reread = 0
    var removed = 0

    /// Notes whose stamp differs or is racily clean, new notes, notes gone, attachments added
    /// or gone, and every path a problem was reported for (then or now).
    /// `stamps`: the stamps of `listing.notes` now (`stampAll`), when already taken.
    static func find(index: VaultIndex, listing: VaultListing, stamps: [FileStamp?]? = nil,
                     scanStart: Int64) -> SnapshotChanges {
        var out = SnapshotChanges()
        let entries = listing.notes
        let stamps = stamps ?? stampAll(entries)
        let notes = index.notes
        if entries.count == notes.count, let changed = sameFilesChanged(entries, notes, stamps, scanStart) {
            out.paths = changed
            out.reread = changed.count
        } else {
            out.walk(entries, notes, stamps, scanStart)
        }
        if listing.attachments != index.attachments {
            out.paths += Set(listing.attachments).symmetricDifference(index.attachments)
        }
        // Problem files are read again every time (a note read with a problem is kept, empty).
        let marked = Set(out.paths)
        for path in Set(listing.problems.map(\.path) + index.report.unreadable.map(\.path)) where !marked.contains(path) {
            out.paths.append(path)
            if index.idByPath[path] != nil { out.reread += 1 }
        }
        return out
    }

    /// When the listing names the index's notes, position by position (the usual warm start):
    /// the notes whose stamp differs or is racily clean, found on all cores; nil as soon as a
    /// path differs (a note added, removed or renamed: `walk` finds which).
    private static func sameFilesChanged(_ entries: [VaultListing.Entry], _ notes: ChunkedArray<IndexedNote>,
                                         _ stamps: [FileStamp?], _ scanStart: Int64) -> [String]? {
        let parts = Parallel.chunks(of: entries.count, into: 4 * Parallel.cores) { range -> [String]? in
            var changed: [String] = []
            for i in range {
                guard VaultScanner.sameUTF8(entries[i].path, notes[i].path) else { return nil }
                if Self.changed(notes[i].parsed.stamp, now: stamps[i], scanStart: scanStart) { changed.append(entries[i].path) }
            }
            return changed
        }
        var out: [String] = []
        for part in parts {
            guard let part else { return nil }
            out += part
        }
        return out
    }

    /// Whether a note stamped `old` when the snapshot's index read it must be read again: no
    /// stamp then, another now, or racily clean (changed within the timestamp granularity of
    /// the scan that stamped it).
    private static func changed(_ old: FileStamp?, now: FileStamp?, scanStart: Int64) -> Bool {
        guard let old else { return true }
        return old != now || old.isRacy(scanStart: scanStart)
    }

    /// The listing and the index's notes, both sorted by path, merged in one walk.
    private mutating func walk(_ entries: [VaultListing.Entry], _ notes: ChunkedArray<IndexedNote>,
                               _ stamps: [FileStamp?], _ scanStart: Int64) {
        // Both lists are sorted by path: one merge walk. Paths are NFC on both sides, so their
        // UTF-8 bytes order them as `<` does, without its Unicode work (a tenth of this walk's
        // cost at 100,000 accented paths, which a warm start waits for).
        var i = 0, j = 0
        while i < entries.count || j < notes.count {
            if j == notes.count || (i < entries.count && VaultScanner.utf8Less(entries[i].path, notes[j].path)) {
                paths.append(entries[i].path)
                reread += 1
                i += 1
            } else if i == entries.count || VaultScanner.utf8Less(notes[j].path, entries[i].path) {
                paths.append(notes[j].path)
                removed += 1
                j += 1
            } else {
                if Self.changed(notes[j].parsed.stamp, now: stamps[i], scanStart: scanStart) {
                    paths.append(entries[i].path)
                    reread += 1
                }
                i += 1
                j += 1
            }
        }
    }

    /// Every note's stamp now, on all cores (nil: gone or not a regular file any more). Each
    /// file is stat'ed by name inside its open folder: the kernel then looks up one name, not
    /// every folder of the path again (half the cost of a stat at 100,000 notes).
    static func stampAll(_ entries: [VaultListing.Entry]) -> [FileStamp?] {
        let batch = 512
        let parts = Parallel.map((entries.count + batch - 1) / batch) { b -> [FileStamp?] in
            var folder = OpenFolder()
            defer { folder.finish() }
            return (b * batch..<min(entries.count, (b + 1) * batch)).map { k in
                let file = entries[k].absolutePath
                return file.withCString { c -> FileStamp? in
                    guard let at = folder.locate(c) else { return FileStamp.of(file) }
                    return FileStamp.of(in: at.folder, name: at.name)
                }
            }
        }
        return parts.flatMap { $0 }
    }
}
