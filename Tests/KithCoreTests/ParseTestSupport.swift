@testable import KithCore

/// Parses `text` as the note `n.md`.
func parseNote(_ text: String, path: String = "n.md") -> ParsedNote {
    NoteParser.parse(path: path, bytes: Array(text.utf8))
}

/// The body's links of `text` (frontmatter links included), as (target, subpath, label, style, line).
func linkSummary(_ text: String) -> [String] {
    parseNote(text).links.map { link in
        var s = "\(link.style.rawValue):\(link.target)"
        if let subpath = link.subpath { s += "#\(subpath)" }
        if let label = link.label { s += "|\(label)" }
        return s + "@\(link.line)"
    }
}
