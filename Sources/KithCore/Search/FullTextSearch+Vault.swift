import Foundation

extension FullTextSearch {
    /// Every matching line of the vault's notes, found without an index (as `rg` would): the
    /// vault is listed as an index lists it (the same exclusions, hidden folders and order) and
    /// each note read as an index reads it back, so the hits equal `search(_:in:limit:)` over
    /// an index of the vault as it is now — but nothing is parsed, and no snapshot is needed.
    /// Throws `VaultError` when the vault cannot be opened.
    public static func search(_ query: String, vault root: String, limit: Int? = nil) throws -> [TextHit] {
        let absolute = VaultLoader.absolutePath(root)
        try VaultScanner.checkRoot(absolute)
        let settings = VaultSettings.read(vault: absolute)
        let notes = try VaultScanner.list(root: absolute, excluded: settings.excluded).notes
        return search(query, count: notes.count, limit: limit) { i in
            (notes[i].path, noteText(notes[i].absolutePath))
        }
    }

    /// The note's text as an index has it: nothing for a file that cannot be read or is
    /// binary, else its bytes without a BOM, bad UTF-8 read as U+FFFD.
    static func noteText(_ absolutePath: String) -> String {
        guard case .bytes(let bytes, _) = NoteReader.read(absolutePath), !NoteReader.looksBinary(bytes) else { return "" }
        return NoteParser.decode(bytes).text
    }
}
