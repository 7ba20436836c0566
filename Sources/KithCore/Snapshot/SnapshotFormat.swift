import Foundation

/// The layout of a snapshot file. Written front to back as the index is encoded (one block of
/// notes in memory at a time), with the table of contents last:
///
/// ```
/// header  "KITHSNAP", format version, TOC offset, TOC length, TOC checksum   (8 bytes each)
/// blocks  the notes, 256 a block (the index's chunk size), each decoded on its own core: what
///         a warm start needs of every note, then every note's parsed parts and resolved
///         links (kept as bytes, decoded when first read: `StoredNotes`)
/// texts   every note's path ID, text size, line count and text hash (fixed 64-bit values), in
///         note order: decoded first, the notes' `NoteText`s are made from it, so the derived
///         part (whose summaries are spans of them) is decoded beside the blocks
/// derived attachments, report, interactions (people's lists in runs, each after its length in
///         bytes, decoded side by side), timeline, contacts, owner
/// backlinks every note's backlinks as note positions, no strings (decoded from the start,
///         beside the notes, on another thread)
/// stamps  every note's path and stamp, the attachments, the count of unreadable files
/// people  the people digest (`PeopleDigest`)
/// strings every distinct string of the notes and the derived part: their lengths, then
///         their bytes
/// TOC     meta (kith version, fingerprint, vault, scan start, write time, note count), and
///         each section's offset, length and checksum
/// ```
///
/// `stamps` and `people` hold their strings inline (not in the table): with them alone,
/// `kith people` and `kith stale` tell an unchanged vault and answer without decoding a note
/// (`SnapshotDigest`).
///
/// Integers are LEB128 varints (zigzag when signed); strings in sections are IDs into the
/// table. Every section has its own checksum, verified before it is decoded. A new field or a
/// changed meaning is a new `version`: an older snapshot is then stale and ignored.
enum SnapshotFormat {
    static let magic: [UInt8] = Array("KITHSNAP".utf8)
    static let version: UInt64 = 7
    /// Notes per block: the index's own chunk size, so a decoded block is a chunk.
    static let blockSize = 256
    /// Runs the people's interaction lists are written in (at most), decoded side by side.
    static let interactionRuns = 16
    static let headerSize = 40

    /// What a snapshot says about itself.
    struct Meta: Equatable {
        /// `KithVersion.current` of the kith that wrote it.
        var kithVersion: String
        /// Everything besides the files that shaped the index (`SnapshotFingerprint`).
        var fingerprint: String
        /// The vault's real path.
        var vault: String
        /// When the scan that stamped the notes began (nanoseconds since the epoch).
        var scanStart: Int64
        /// When the snapshot was made.
        var written: Int64
        var noteCount: Int = 0

        /// Throws `SnapshotError.stale` unless a snapshot saying this about itself was made by
        /// this kith, for this vault, under the same rules and settings as `expected`.
        func check(_ expected: Meta) throws {
            guard kithVersion == expected.kithVersion else { throw SnapshotError.stale("written by kith \(kithVersion)") }
            guard vault == expected.vault else { throw SnapshotError.stale("written for \(vault)") }
            guard fingerprint == expected.fingerprint else {
                throw SnapshotError.stale("the note-kind rules, the vault's settings or kith itself changed")
            }
        }
    }

    /// One section: where it is in the file and its checksum.
    struct Section: Equatable {
        var offset: Int
        var length: Int
        var checksum: UInt64
        var range: Range<Int> { offset..<(offset + length) }
    }

    /// The table of contents.
    struct TOC {
        var meta: Meta
        var stringCount = 0
        /// The string section: `lengthsSize` bytes of varint lengths, then the bytes.
        var strings = Section(offset: 0, length: 0, checksum: 0)
        var lengthsSize = 0
        var texts = Section(offset: 0, length: 0, checksum: 0)
        var blocks: [Section] = []
        var derived = Section(offset: 0, length: 0, checksum: 0)
        var backlinks = Section(offset: 0, length: 0, checksum: 0)
        var stamps = Section(offset: 0, length: 0, checksum: 0)
        var people = Section(offset: 0, length: 0, checksum: 0)
    }

    static func encode(_ toc: TOC) -> [UInt8] {
        var w = SnapshotWriter(capacity: 1024 + toc.blocks.count * 12)
        w.inlineString(toc.meta.kithVersion)
        w.inlineString(toc.meta.fingerprint)
        w.inlineString(toc.meta.vault)
        w.int(Int(toc.meta.scanStart))
        w.int(Int(toc.meta.written))
        w.count(toc.meta.noteCount)
        w.count(toc.stringCount)
        w.count(toc.lengthsSize)
        section(toc.strings, &w)
        section(toc.texts, &w)
        w.count(toc.blocks.count)
        for b in toc.blocks { section(b, &w) }
        section(toc.derived, &w)
        section(toc.backlinks, &w)
        section(toc.stamps, &w)
        section(toc.people, &w)
        return w.bytes
    }

    private static func section(_ s: Section, _ w: inout SnapshotWriter) {
        w.count(s.offset)
        w.count(s.length)
        w.fixed64(s.checksum)
    }

    static func header(tocOffset: Int, toc: [UInt8]) -> [UInt8] {
        var w = SnapshotWriter(capacity: headerSize)
        w.raw(magic)
        w.fixed64(version)
        w.fixed64(UInt64(tocOffset))
        w.fixed64(UInt64(toc.count))
        toc.withUnsafeBytes { w.fixed64(SnapshotChecksum.of($0)) }
        return w.bytes
    }

    /// Reads the header and the table of contents of a whole file, checking that every
    /// section lies inside it (the sections themselves are checked when decoded).
    static func toc(_ file: UnsafeRawBufferPointer, checksums: Bool = true) throws -> TOC {
        guard file.count >= headerSize else { throw SnapshotError.corrupt("cut short") }
        guard file.prefix(8).elementsEqual(magic) else { throw SnapshotError.corrupt("not a kith snapshot") }
        var r = SnapshotReader(file, from: 8)
        let version = try r.fixed64()
        guard version == Self.version else {
            throw SnapshotError.stale("snapshot format \(version), this kith writes \(Self.version)")
        }
        let offset = try r.fixed64(), length = try r.fixed64(), sum = try r.fixed64()
        guard offset >= UInt64(headerSize), offset <= UInt64(file.count), length == UInt64(file.count) - offset else {
            throw SnapshotError.corrupt("cut short")
        }
        let tocBytes = UnsafeRawBufferPointer(rebasing: file[Int(offset)...])
        guard !checksums || SnapshotChecksum.of(tocBytes) == sum else { throw SnapshotError.corrupt("checksum") }
        return try toc(tocBytes, end: Int(offset))
    }

    /// A table of contents on its own; `end` is where the sections must end (its own offset).
    static func toc(_ bytes: UnsafeRawBufferPointer, end: Int) throws -> TOC {
        var r = SnapshotReader(bytes)
        var meta = Meta(kithVersion: try r.inlineString(limit: 256), fingerprint: try r.inlineString(),
                        vault: try r.inlineString(limit: 1 << 16), scanStart: Int64(try r.int()),
                        written: Int64(try r.int()))
        // Counts of what lies in the sections: each note and string takes at least a byte there.
        meta.noteCount = try r.int(upTo: end)
        var toc = TOC(meta: meta)
        toc.stringCount = try r.int(upTo: end)
        toc.lengthsSize = try r.int(upTo: end)
        func section() throws -> Section {
            let offset = try r.int(upTo: end), length = try r.int(upTo: end)
            let s = Section(offset: offset, length: length, checksum: try r.fixed64())
            guard offset >= headerSize, length <= end - offset else { throw SnapshotError.corrupt("section out of range") }
            return s
        }
        toc.strings = try section()
        guard toc.lengthsSize <= toc.strings.length, toc.stringCount <= toc.lengthsSize else {
            throw SnapshotError.corrupt("string table")
        }
        toc.texts = try section()
        let blocks = try r.count(minBytes: 10)
        guard blocks == (meta.noteCount + blockSize - 1) / blockSize else { throw SnapshotError.corrupt("block count") }
        for _ in 0..<blocks { toc.blocks.append(try section()) }
        toc.derived = try section()
        toc.backlinks = try section()
        toc.stamps = try section()
        toc.people = try section()
        guard r.isAtEnd else { throw SnapshotError.corrupt("table of contents") }
        return toc
    }

    /// The bytes of `section` in `file`, once its checksum matches.
    static func verified(_ section: Section, in file: UnsafeRawBufferPointer, checksums: Bool = true) throws
        -> UnsafeRawBufferPointer {
        guard section.offset >= 0, section.length >= 0, section.offset + section.length <= file.count else {
            throw SnapshotError.corrupt("section out of range")
        }
        let bytes = UnsafeRawBufferPointer(rebasing: file[section.range])
        guard !checksums || SnapshotChecksum.of(bytes) == section.checksum else { throw SnapshotError.corrupt("checksum") }
        return bytes
    }
}
