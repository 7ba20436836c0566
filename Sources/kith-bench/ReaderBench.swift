import Foundation
import KithCore
import KithUI

/// The reader's cost for one note: building the document (`ReaderBuilder`, from KithCore's
/// scanner) and wrapping it to 120 columns (`DocumentView`), the median of `runs`, in ms. The
/// hostile-input case: a note of one 80 KB line of unclosed `[[a ` (issue 11) took 30–60 s
/// with the old KithUI grammar.
func readerBench(_ vault: String, _ path: String, runs: Int = 5) throws {
    let index = try VaultLoader.load(root: vault)
    guard index.note(path) != nil else {
        FileHandle.standardError.write(Data("kith-bench: no note \(path)\n".utf8))
        exit(2)
    }
    var build: [Double] = [], wrap: [Double] = []
    var rows = 0
    for _ in 0..<max(1, runs) {
        let t0 = now()
        let doc = ReaderBuilder.document(for: path, in: index)
        let t1 = now()
        rows = DocumentView(doc, width: 120).rowCount
        build.append(t1 - t0)
        wrap.append(now() - t1)
    }
    emit([("bytes", index.note(path)!.parsed.text.utf8.count), ("rows", rows),
          ("document_ms", percentile(build, 0.5)), ("wrap_ms", percentile(wrap, 0.5))])
}
