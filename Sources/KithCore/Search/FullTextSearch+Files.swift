import Foundation

extension FullTextSearch {
    /// Every matching line of the vault's notes as they are on disk now, read straight from
    /// the listing's files: what `search(_:in: VaultIndex)` finds after loading the index
    /// (whose notes are the listing's, and whose texts it reads back from the same files the
    /// same way), without loading it. The texts are read on all cores and not kept.
    public static func search(_ query: String, in listing: VaultListing, limit: Int? = nil) -> [TextHit] {
        let notes = listing.notes
        return search(query, count: notes.count, limit: limit) { i in
            (notes[i].path, text(ofFile: notes[i].absolutePath))
        }
    }

    /// A note's text as the index reads it back (`NoteText`): at most `NoteReader.maxBytes`,
    /// nothing for a file that cannot be read or looks binary, invalid UTF-8 replaced, a byte
    /// order mark dropped.
    static func text(ofFile path: String) -> String {
        guard case .bytes(let bytes, _) = NoteReader.read(path), !NoteReader.looksBinary(bytes) else { return "" }
        return NoteParser.decode(bytes).text
    }
}

extension VaultLoader {
    /// The vault's files as a load would list them (its settings' excluded files left out),
    /// without reading a note: for what needs only the files (full-text search).
    public static func list(root: String, overrides: VaultSettings.Overrides = VaultSettings.Overrides()) throws -> VaultListing {
        try ScannedVault(root: root, overrides: overrides).listing
    }
}
