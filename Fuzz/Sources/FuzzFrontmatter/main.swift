import FuzzSupport
import KithCore

/// The input is YAML between `---` lines (and once more as it is, in case it brings its own),
/// so nearly every execution reaches the frontmatter guard and Yams.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzFrontmatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let wrapped = Array("---\n".utf8) + input + Array("\n---\n# Body\n".utf8)
    FuzzChecks.consistent(NoteParser.parse(path: "People/Fuzz.md", bytes: wrapped))
    FuzzChecks.consistent(NoteParser.parse(path: "People/Raw.md", bytes: input))
    return 0
}

runFuzzer { fuzzFrontmatter($0, $1) }
