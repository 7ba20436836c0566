import Foundation
import KithCore

/// Times `VaultIndex.updated(changing:)` on a copy-safe vault (it edits the files it names:
/// point it at a generated vault, never at your own).
func millis(_ body: () -> Void) -> Double {
    let t = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6
}

func report(_ name: String, _ samples: [Double]) {
    let s = samples.sorted()
    let median = s[s.count / 2], p90 = s[min(s.count - 1, s.count * 9 / 10)]
    print(String(format: "%-34@ median %7.2f ms   p90 %7.2f ms   (n=%d)", name as NSString, median, p90, s.count))
}

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: update-bench GENERATED-VAULT (its files are edited)\n".utf8))
    exit(2)
}
let root = VaultLoader.absolutePath(CommandLine.arguments[1])
var index = try VaultLoader.load(root: root)
print("notes \(index.notes.count), people \(index.people.count), interactions \(index.timeline.count), full load \(String(format: "%.0f", index.buildSeconds * 1000)) ms")

let people = index.people.map(\.path)
let transcripts = index.transcripts.map(\.path)
func edit(_ path: String, _ k: Int) {
    let file = root + "/" + path
    let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    let line = "- 2026-01-\(String(format: "%02d", k % 28 + 1)): [[\(transcripts[k % transcripts.count].split(separator: "/").last!.dropLast(3))]] — bench \(k)\n"
    let next = text.contains("## Recent Context\n\n")
        ? text.replacingOccurrences(of: "## Recent Context\n\n", with: "## Recent Context\n\n" + line)
        : text + "\n" + line
    try? Data(next.utf8).write(to: URL(fileURLWithPath: file))
}

var onePerson: [Double] = [], oneTranscript: [Double] = [], summaries: [Double] = [], added: [Double] = []
/// Rewrites a transcript's summary: every person it links gets a new entry (the owner's list of
/// thousands is copied).
func editSummary(_ path: String, _ k: Int) {
    let file = root + "/" + path
    let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    let next = text.replacingOccurrences(of: "## Summary\n\n", with: "## Summary\n\nBench \(k). ")
    try? Data(next.utf8).write(to: URL(fileURLWithPath: file))
}
for k in 0..<(ProcessInfo.processInfo.environment["BENCH_FAST_ONLY"] == nil ? 60 : 400) {
    let p = people[(k * 37) % people.count]
    edit(p, k)
    var next = index
    onePerson.append(millis { next = index.updated(changing: [p]).index })
    index = next  // the old index is freed outside the timing, as the UI frees it later
    let t = transcripts[(k * 11) % transcripts.count]
    edit(t, k)
    oneTranscript.append(millis { next = index.updated(changing: [t]).index })
    index = next
    let u = transcripts[(k * 13 + 5) % transcripts.count]
    editSummary(u, k)
    summaries.append(millis { next = index.updated(changing: [u]).index })
    index = next
}
for k in 0..<(ProcessInfo.processInfo.environment["BENCH_FAST_ONLY"] == nil ? 10 : 0) {
    let p = "People/Bench Person \(k).md"
    try Data("---\ntype: people\n---\n# Bench\n\n[[\(people[k])]]\n".utf8).write(to: URL(fileURLWithPath: root + "/" + p))
    var next = index
    added.append(millis { next = index.updated(changing: [p]).index })
    index = next
    try FileManager.default.removeItem(atPath: root + "/" + p)
    index = index.updated(changing: [p]).index
}
report("edit one person", onePerson)
report("edit one transcript's body", oneTranscript)
report("edit one transcript's summary", summaries)
if !added.isEmpty { report("add one note (rebuild, no re-read)", added) }
