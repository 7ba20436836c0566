import Foundation

extension FullTextSearch {
    /// Every matching line of the vault's notes, found without an index (as `rg` would): the
    /// vault is listed as an index lists it (the same exclusions, hidden folders and order) and
    /// each note read as an index reads it back, so the hits equal `search(_:in:limit:)` over
    /// an index of the vault as it is now — but nothing is parsed, and no snapshot is needed.
    /// Throws `VaultError` when the vault cannot be opened.
    public static func search(_ query: String, vault root: String, limit: Int? = nil) throws -> [TextHit] {
        let notes = try listedNotes(vault: root)
        return search(query, count: notes.count, limit: limit) { i, needle, found in
            scanNote(notes[i], needle: needle, into: &found)
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
    /// binary, else its bytes without a BOM — scanned as read when they are valid UTF-8 (most
    /// notes: making a String of them validated them again), else decoded with bad bytes as
    /// U+FFFD.
    static func scanNote<Sink: TextHitSink>(_ note: VaultListing.Entry, needle: [UInt8], into found: inout Sink) {
        guard case .bytes(let bytes, _) = NoteReader.read(note.absolutePath), !NoteReader.looksBinary(bytes) else { return }
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let valid = bytes.withUnsafeBufferPointer { all -> Bool in
            let content = UnsafeBufferPointer(rebasing: all[(hasBOM ? 3 : 0)...])
            guard UTF8Check.isValid(content) else { return false }
            scan(bytes: content, path: note.path, needle: needle, into: &found)
            return true
        }
        if !valid { scan(NoteParser.decode(bytes).text, path: note.path, needle: needle, into: &found) }
    }
}
