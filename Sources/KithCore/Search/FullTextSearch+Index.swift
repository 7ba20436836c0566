import Foundation

extension FullTextSearch {
    /// Every matching line of the notes of `index`, as `search(_:in:limit:)` over each note's
    /// path and text finds them. The texts are read back from their files on all cores, a wave
    /// at a time, and not kept (a search over a large vault does not bring it into memory).
    public static func search(_ query: String, in index: VaultIndex, limit: Int? = nil) -> [TextHit] {
        let notes = index.notes
        return search(query, count: notes.count, limit: limit) { i in
            (notes[i].path, notes[i].parsed.storage.uncachedText)
        }
    }
}
