import KithCore

/// What every parse must satisfy, whatever the input: a violation traps, which libFuzzer
/// reports as a crash with the input that caused it.
public enum FuzzChecks {
    public static func consistent(_ note: ParsedNote) {
        let lines = note.lineCount
        precondition(lines >= 1, "a note has at least one line")
        precondition(note.frontmatter.bodyStartLine >= 1 && note.frontmatter.bodyStartLine <= lines + 1,
                     "body starts inside the note")
        for link in note.links {
            precondition(link.line >= 1 && link.line <= lines, "link line \(link.line) of \(lines)")
            _ = link.displayText
        }
        for section in note.sections {
            precondition(section.line >= 1 && section.line <= section.endLine && section.endLine <= lines,
                         "section \(section.line)...\(section.endLine) of \(lines)")
            _ = section.text
        }
        for bullet in note.bullets { _ = bullet.text }
        for n in 1...min(lines, 4) { _ = note.line(n) }
        _ = note.line(lines)
    }
}
