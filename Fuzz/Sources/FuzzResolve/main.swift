import FuzzSupport
import KithCore

/// The input is split at NUL bytes: the first part lists note paths (one a line), each further
/// part is the body of the next note. Every link is resolved, then the whole index is built.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzResolve(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let parts = UnsafeBufferPointer(start: data, count: size).split(separator: 0, omittingEmptySubsequences: false)
    guard let head = parts.first else { return 0 }
    var paths = String(decoding: head, as: UTF8.self).split(separator: "\n").map(String.init).prefix(64)
    if paths.isEmpty { paths = ["Note.md"] }
    let notes = Array(paths)
    let resolver = LinkResolver(notes: notes.filter { $0.hasSuffix(".md") },
                                attachments: notes.filter { !$0.hasSuffix(".md") })
    var parsed: [ParsedNote] = []
    for (i, body) in parts.dropFirst().prefix(16).enumerated() {
        let note = NoteParser.parse(path: notes[i % notes.count], bytes: Array(body))
        for link in note.links { _ = resolver.resolve(link.target, from: note.path) }
        parsed.append(note)
    }
    for path in notes { _ = resolver.resolve(path, from: notes[0]) }
    let index = VaultIndex(root: "/fuzz", parsed: parsed, attachments: [])
    precondition(index.notes.count <= parsed.count)
    return 0
}

runFuzzer { fuzzResolve($0, $1) }
