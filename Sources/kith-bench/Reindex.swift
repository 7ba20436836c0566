import Foundation
import KithCore

/// `kith-bench reindex VAULT [EDITS]`: times `VaultIndex.updated(changing:)` for one changed
/// file at a time, as live reload calls it. The vault is copied to a temporary folder first and
/// only the copy is edited. Each kind is timed EDITS times (default 40; a new and a deleted note
/// rebuild the index, so they run a quarter as often, at least 3). The old index stays alive
/// while the new one is built, as in the browser (which still shows it), and is freed outside
/// the timing.
func reindex(_ vault: String, edits: Int) throws {
    let copy = FileManager.default.temporaryDirectory
        .appendingPathComponent("kith-bench-reindex-\(getpid())").path
    try? FileManager.default.removeItem(atPath: copy)
    try FileManager.default.copyItem(atPath: VaultLoader.absolutePath(vault), toPath: copy)
    // The copy keeps the vault's modes: a read-only vault gives a copy that can be neither
    // edited nor removed. Symlinks are skipped (chmod would follow them out of the copy).
    for case let rel as String in FileManager.default.enumerator(atPath: copy) ?? .init() {
        var st = stat()
        guard lstat(copy + "/" + rel, &st) == 0, (st.st_mode & S_IFMT) != S_IFLNK else { continue }
        chmod(copy + "/" + rel, st.st_mode | S_IWUSR | S_IRUSR | ((st.st_mode & S_IFMT) == S_IFDIR ? S_IXUSR : 0))
    }
    chmod(copy, 0o755)
    defer { try? FileManager.default.removeItem(atPath: copy) }

    let t0 = now()
    var index = try VaultLoader.load(root: copy)
    let load = now() - t0
    let people = index.people.map(\.path), transcripts = index.transcripts.map(\.path)
    guard !people.isEmpty, !transcripts.isEmpty else {
        try? FileManager.default.removeItem(atPath: copy)  // exit skips the defer
        FileHandle.standardError.write(Data("kith-bench: reindex needs people and transcripts\n".utf8))
        exit(2)
    }

    func rewrite(_ path: String, _ change: (String) -> String) {
        let file = copy + "/" + path
        let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        try? Data(change(text).utf8).write(to: URL(fileURLWithPath: file))
    }
    /// Times one update and keeps its result; the old index is released after the clock stops.
    func timed(_ path: String) -> Double {
        var next = index
        let a = now()
        next = index.updated(changing: [path]).index
        let dt = now() - a
        index = next
        return dt
    }
    func stem(_ path: String) -> String {
        String((path.split(separator: "/").last ?? "").dropLast(3))
    }

    var person: [Double] = [], body: [Double] = [], summary: [Double] = [], shifted: [Double] = []
    var added: [Double] = [], removed: [Double] = []
    for k in 0..<edits {
        // A person note: a new Recent Context line linking a transcript.
        let p = people[(k * 37) % people.count]
        let line = "- 2026-01-\(String(format: "%02d", k % 28 + 1)): [[\(stem(transcripts[k % transcripts.count]))]] — bench \(k)\n"
        rewrite(p) { text in
            text.contains("## Recent Context\n\n")
                ? text.replacingOccurrences(of: "## Recent Context\n\n", with: "## Recent Context\n\n" + line)
                : text + "\n" + line
        }
        person.append(timed(p))
        // A transcript's body: a line appended (its links, date and summary stay).
        let t = transcripts[(k * 11) % transcripts.count]
        rewrite(t) { $0 + "\nBench line \(k).\n" }
        body.append(timed(t))
        // A transcript's summary: every person it links (the vault's owner too) gets a new entry.
        let u = transcripts[(k * 13 + 5) % transcripts.count]
        rewrite(u) { $0.replacingOccurrences(of: "## Summary\n\n", with: "## Summary\n\nBench \(k). ") }
        summary.append(timed(u))
        // A line added above a transcript's links: every link moves down a line, so each linked
        // person's backlink and interaction entries change (the owner's lists hold thousands).
        let v = transcripts[(k * 17 + 3) % transcripts.count]
        rewrite(v) { $0.replacingOccurrences(of: "\n## Summary", with: "\nBench \(k).\n\n## Summary") }
        shifted.append(timed(v))
    }
    for k in 0..<max(3, edits / 4) {
        let p = "People/Bench Person \(k).md"
        try Data("---\ntype: people\n---\n# Bench\n\n[[\(stem(people[k % people.count]))]]\n".utf8)
            .write(to: URL(fileURLWithPath: copy + "/" + p))
        added.append(timed(p))
        try FileManager.default.removeItem(atPath: copy + "/" + p)
        removed.append(timed(p))
    }
    emit([("notes", index.notes.count), ("people", people.count), ("interactions", index.timeline.count),
          ("load_ms", load), ("edits", edits),
          ("person_ms", percentile(person, 0.5)), ("person_p90_ms", percentile(person, 0.9)),
          ("body_ms", percentile(body, 0.5)), ("body_p90_ms", percentile(body, 0.9)),
          ("summary_ms", percentile(summary, 0.5)), ("summary_p90_ms", percentile(summary, 0.9)),
          ("shifted_ms", percentile(shifted, 0.5)), ("shifted_p90_ms", percentile(shifted, 0.9)),
          ("add_ms", percentile(added, 0.5)), ("remove_ms", percentile(removed, 0.5))])
}
