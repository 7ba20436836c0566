/// Reads one note's bytes into a `ParsedNote`: frontmatter, sections, bullets, links, tags.
public enum NoteParser {
    /// Parses a note. Never fails: invalid UTF-8 is replaced, invalid YAML is recorded.
    public static func parse(path: String, bytes: [UInt8]) -> ParsedNote {
        // Placeholder until the parser lands (owned by the parsing work).
        let text = String(decoding: bytes, as: UTF8.self)
        return ParsedNote(path: path, text: text)
    }
}
