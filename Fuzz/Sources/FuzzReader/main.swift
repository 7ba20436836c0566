import FuzzSupport
import KithCore
import KithUI

/// A note rendered as the reader and as a person's card, both wrapped to a width the first
/// byte picks: nothing may trap, no display line may be wider than the width, and every line
/// that names a note line names one that exists.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let width = Int(data[0]) % 120 + 1
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let note = NoteParser.parse(path: "People/Fuzz.md", bytes: Array("---\ntype: people\n---\n".utf8) + bytes)
    let other = NoteParser.parse(path: "Notes/Other.md", bytes: Array("# Other\n\n## H\n\ntext ^b\n[[Fuzz]]".utf8))
    let index = VaultIndex(root: "/fuzz", parsed: [note, other], attachments: ["a.png"])
    let today = CalendarDate(year: 2026, month: 11, day: 25)!
    for doc in [ReaderBuilder.document(for: note.path, in: index), CardBuilder.card(for: note.path, in: index, today: today)] {
        let view = DocumentView(doc, width: width)
        for line in view.lines {
            precondition(DisplayWidth.of(line.text) <= width, "line wider than \(width): \(line.text)")
            if let n = line.sourceLine { precondition(n >= 1 && n <= note.lineCount, "source line \(n) of \(note.lineCount)") }
        }
        for item in view.items { precondition(item.firstLine < view.rowCount, "item past the last row") }
    }
    return 0
}

runFuzzer { fuzzReader($0, $1) }
