import Foundation

/// Reads one note's bytes into a `ParsedNote`: frontmatter, sections, bullets, links, tags.
///
/// The parser never fails and never traps: invalid UTF-8 is replaced, invalid YAML is
/// recorded in `Frontmatter.error`, and every scan is linear in the size of the note so a
/// hostile file (a 1 MB line, thousands of unbalanced `[[`, deep YAML) costs no more than
/// reading it. Notes are parsed independently, so callers may parse many in parallel.
public enum NoteParser {
    /// Parses a note.
    ///
    /// - Parameters:
    ///   - path: vault-relative path with `/`, stored as given.
    ///   - bytes: the file's raw contents.
    /// - Returns: the note with every field of `ParsedNote` filled; line numbers are 1-based
    ///   file lines (frontmatter lines count).
    public static func parse(path: String, bytes: [UInt8]) -> ParsedNote {
        var (text, hadInvalidUTF8) = decode(bytes)
        var note = ParsedNote(path: path)
        var sectionBodies: [(start: Int, end: Int)] = []
        var bulletSpans: [(start: Int, end: Int, line: Int, indent: Int)] = []
        var lineStarts: [Int32] = [0]
        text.withUTF8 { buf in
            let lines = LineTable(buf)
            let front = FrontmatterReader.read(buf, lines: lines)
            var scan = MarkdownScanner(buf: buf, lines: lines)
            scan.links = front.links
            scan.run(fromLine: front.frontmatter.bodyStartLine - 1)
            note.frontmatter = front.frontmatter
            note.sections = scan.sections
            sectionBodies = scan.sectionBodies
            bulletSpans = scan.bulletSpans
            note.links = scan.links
            note.inlineTags = scan.tags
            lineStarts = lines.starts
        }
        // Section bodies and bullet texts are spans of the text (offsets, not copies).
        // Offsets are line starts and ends, so they fall on scalar boundaries.
        let storage = NoteText(text: text, lineStarts: lineStarts)
        for k in note.sections.indices {
            note.sections[k].body = TextSpan(storage, start: sectionBodies[k].start, end: max(sectionBodies[k].start, sectionBodies[k].end))
        }
        note.bullets = bulletSpans.map {
            Bullet(body: TextSpan(storage, start: $0.start, end: max($0.start, $0.end)), line: $0.line, indent: $0.indent)
        }
        note.storage = storage
        note.hadInvalidUTF8 = hadInvalidUTF8
        return note
    }

    /// 3 when `bytes` start with a UTF-8 byte order mark (never part of a note's text), else 0.
    static func bomLength<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Int where Bytes.Element == UInt8, Bytes.Index == Int {
        let s = bytes.startIndex
        return bytes.count >= 3 && bytes[s] == 0xEF && bytes[s + 1] == 0xBB && bytes[s + 2] == 0xBF ? 3 : 0
    }

    /// A file's bytes as the note's text: a byte order mark dropped, invalid UTF-8 replaced
    /// (and said so).
    static func decode(_ bytes: [UInt8]) -> (text: String, hadInvalidUTF8: Bool) {
        let content = bytes[bomLength(bytes)...]
        var text = String(decoding: content, as: UTF8.self)
        // Decoding only changes the bytes when it had to replace something. (memcmp: a generic
        // `elementsEqual` over the UTF-8 view cost more than the whole rest of the parse.)
        let hadInvalidUTF8 = text.withUTF8 { decoded in
            content.withUnsafeBufferPointer { original in
                decoded.count != original.count
                    || (original.count > 0 && memcmp(decoded.baseAddress!, original.baseAddress!, original.count) != 0)
            }
        }
        return (text, hadInvalidUTF8)
    }
}
