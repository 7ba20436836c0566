import Foundation

extension FullTextSearch {
    /// Every matching line of the vault's notes, found without an index (as `rg` would): the
    /// vault is listed as an index lists it (the same exclusions, hidden folders and order) and
    /// each note read as an index reads it back, so the hits equal `search(_:in:limit:)` over
    /// an index of the vault as it is now — but nothing is parsed, and no snapshot is needed.
    /// Throws `VaultError` when the vault cannot be opened.
    public static func search(_ query: String, vault root: String, limit: Int? = nil) throws -> [TextHit] {
        let notes = try listedNotes(vault: root)
        let buffers = NoteBufferPool()
        return search(query, count: notes.count, limit: limit) { i, needle, found in
            buffers.withBuffer { scanNote(notes[i], needle: needle, buffer: $0, into: &found) }
        }
    }

    /// The vault's notes as an index lists them (the same exclusions, hidden folders and
    /// order). Throws `VaultError` when the vault cannot be opened.
    static func listedNotes(vault root: String) throws -> [VaultListing.Entry] {
        let absolute = VaultLoader.absolutePath(root)
        try VaultScanner.checkRoot(absolute)
        return try VaultScanner.list(root: absolute, excluded: VaultSettings.read(vault: absolute).excluded).notes
    }

    /// Scans the note's text as an index has it: nothing for a file that cannot be read or is
    /// binary, else `scanRead` of its bytes.
    static func scanNote<Sink: TextHitSink>(_ note: VaultListing.Entry, needle: [UInt8], buffer: NoteBuffer, into found: inout Sink) {
        buffer.withBytes(of: note.absolutePath) { bytes in
            guard !NoteReader.looksBinary(bytes) else { return }
            scanRead(bytes, path: note.path, needle: needle, into: &found)
        }
    }

    /// Scans a note's bytes as read from its file, as an index reads them back: without a BOM,
    /// scanned as they are when they are valid UTF-8 (most notes: making a String of them
    /// validated them again), else decoded with bad bytes as U+FFFD.
    static func scanRead<Sink: TextHitSink>(_ bytes: UnsafeBufferPointer<UInt8>, path: String, needle: [UInt8],
                                            into found: inout Sink) {
        let content = UnsafeBufferPointer(rebasing: bytes[NoteParser.bomLength(bytes)...])
        // An ASCII needle's scan checks the bytes as it goes (`scanCandidates`); the hits it
        // added before it met an invalid byte are dropped (the sink holds this note only, so
        // keeping it costs no copy).
        let before = found
        let valid: Bool
        if let set = asciiSet(needle), !needle.contains(0x0A), !needle.contains(0x0D) {
            valid = scanCandidates(bytes: content, path: path, needle: needle, asciiSet: set, into: &found)
        } else {
            valid = UTF8Check.isValid(content)
            if valid { scanLines(bytes: content, path: path, needle: needle, into: &found) }
        }
        if !valid {
            found = before
            scan(NoteParser.decode(Array(bytes)).text, path: path, needle: needle, into: &found)
        }
    }

    /// `scanRead` as it was: the bytes checked whole first, then scanned (tests).
    static func plainScanRead<Sink: TextHitSink>(_ bytes: [UInt8], path: String, needle: [UInt8], into found: inout Sink) {
        let valid = bytes.withUnsafeBufferPointer { all -> Bool in
            let content = UnsafeBufferPointer(rebasing: all[NoteParser.bomLength(all)...])
            guard UTF8Check.isValid(content) else { return false }
            scan(bytes: content, path: path, needle: needle, into: &found)
            return true
        }
        if !valid { scan(NoteParser.decode(bytes).text, path: path, needle: needle, into: &found) }
    }
}
