import FuzzSupport
import KithCore

/// A whole note as the input: the parser must not trap, and what it returns must be consistent.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let note = NoteParser.parse(path: "People/Fuzz.md", bytes: bytes)
    FuzzChecks.consistent(note)
    return 0
}

runFuzzer { fuzzMarkdown($0, $1) }
