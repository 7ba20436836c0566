import Foundation

/// A small vault on disk, built at test time, and seeded random edits to it that each report
/// the paths they touched (as a file watcher would).
final class RandomVault {
    /// SplitMix64: the same seed gives the same vault and edits everywhere.
    struct RNG {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(1, n)))
        }
        mutating func pick<T>(_ a: [T]) -> T { a[next(a.count)] }
    }

    let root: String
    var rng: RNG
    static let names = ["Ana Lima", "Bo Chen", "Zoë Ñúñez", "José Díaz", "王小明", "Åsa Berg", "Liam O'Brien", "Émile"]
    static let folders = ["People", "People/Alumni", "Notes", "", "Projects/Sub"]
    static let targets = ["Org", "Missing", "pic.png", "Attachments/doc.pdf", "Alumni/Ana Lima", "Roadmap",
                          "People/Bo Chen", "2025-03-04 - Sync"]

    init(seed: UInt64) throws {
        rng = RNG(state: seed)
        root = NSTemporaryDirectory() + "kith-update-\(seed)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (k, name) in Self.names.enumerated() {
            try write("\(k % 3 == 0 ? "People/Alumni" : "People")/\(name).md", randomPerson(name))
        }
        for k in 0..<12 { try write(transcriptPath(k), randomTranscript()) }
        for k in 0..<8 { try write("Notes/n\(k).md", randomPlain()) }
        try write("Roadmap.md", "# Roadmap\n\n[[Ana Lima]] [[Org]]\n")
        // The vault's owner is in most meetings: a person with many interactions.
        try write("People/Jason Owner.md", Self.personText(name: "Jason", rc: (0..<8).map { _ in
            "- \(date()): [[\(randomLink())]] — owner (via Bo Chen)" }, owner: true))
        try write("Attachments/doc.pdf", "pdf")
        try write(".obsidian/hidden.md", "[[Ana Lima]]")
        try writeSettingsAndSources()
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    func write(_ rel: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + rel)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func transcriptPath(_ k: Int) -> String {
        String(format: "Sources/Transcripts/2025-%02d-%02d - Meeting %d.md", k % 12 + 1, k % 27 + 1, k)
    }

    /// Every file of the vault (not hidden), relative.
    func files(markdown: Bool) -> [String] {
        let all = (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? []
        return all.filter { p in
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + p, isDirectory: &isDir)
            return !isDir.boolValue && !p.split(separator: "/").contains { $0.hasPrefix(".") }
                && p.lowercased().hasSuffix(".md") == markdown
        }.sorted()
    }

    func date() -> String { String(format: "2025-%02d-%02d", rng.next(12) + 1, rng.next(28) + 1) }

    func randomLink() -> String {
        switch rng.next(3) {
        case 0: return rng.pick(Self.names)
        case 1: return transcriptPath(rng.next(16)).split(separator: "/").last!.dropLast(3).description
        default: return rng.pick(Self.targets)
        }
    }

    static func personText(name: String, rc: [String], lastContact: String? = nil, owner: Bool = false,
                           aliases: [String] = [], log: [String] = []) -> String {
        "---\ntype: people\n\(lastContact.map { "last_contact: '\($0)'\n" } ?? "")"
            + (owner ? "tags: [me]\n" : "") + (aliases.isEmpty ? "" : "aliases: [\(aliases.joined(separator: ", "))]\n")
            + "---\n# \(name)\n\n## Recent Context\n\n"
            + rc.joined(separator: "\n") + "\n\n## Profile\n\n**Role**: Engineer at [[Org]] (Core)\n"
            + (log.isEmpty ? "" : "\n## Notes\n\n" + log.joined(separator: "\n") + "\n")
    }

    /// A person's aliases follow from their name, so rewriting a person note keeps them (an edit
    /// that changes them takes the rebuild; `randomEdit` has one that does).
    static func aliases(of name: String) -> [String] {
        name.unicodeScalars.first.map { $0.value % 2 == 0 } == true ? [String(name.prefix(3)) + "y"] : []
    }

    func randomPerson(_ name: String) -> String {
        let rc = (0..<rng.next(4)).map { _ in
            "- \(date()): [[\(randomLink())|talk]] — summary \(rng.next(100)) (via \(rng.pick(Self.names)))"
        }
        return Self.personText(name: name, rc: rc, lastContact: rng.next(2) == 0 ? date() : nil,
                               aliases: Self.aliases(of: name), log: randomLog())
    }

    func randomTranscript() -> String {
        let links = (0..<(1 + rng.next(3))).map { _ in "[[\(randomLink())]]" }.joined(separator: " ")
        let owner = rng.next(10) == 0 ? "" : " [[Jason Owner]]"
        // Few dates: meetings on the same day tie, and ties must keep the builder's order.
        let day = rng.next(2) == 0 ? rng.pick(["2025-01-05", "2025-02-10"]) : date()
        return "---\ntype: transcript\ndate: \(day)\n---\n# Meeting\n\n## Summary\n\nTalked \(rng.next(50)).\n\n- \(links)\(owner)\n- [[\(rng.pick(Self.names))]]\n"
    }

    func randomPlain() -> String {
        switch rng.next(4) {
        case 0: return "---\nbad: [\n---\nbroken [[\(randomLink())]]\n"
        case 1: return "---\ntitle: \(rng.pick(Self.names))\ntags: [x]\n---\n[[\(randomLink())]] [r](../Roadmap.md) #tag\n"
        default: return "Text [[\(randomLink())]] and [[\(randomLink())#Profile|p]].\n"
        }
    }

    /// Applies one random edit; appends the touched paths; returns what it did.
    func randomEdit(_ changed: inout [String]) -> String {
        let notes = files(markdown: true)
        let others = files(markdown: false)
        func touch(_ p: String) { changed.append(p) }
        do {
            if rng.next(3) == 0, let done = try randomSourceEdit(notes, touch) { return done }
            switch rng.next(14) {
            case 12, 13:  // a line added at the end: links, dates and summaries stay as they were
                let p = rng.pick(notes)
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: root + "/" + p))
                handle.seekToEndOfFile()
                handle.write(Data("\nMore notes \(rng.next(1000)).\n".utf8))
                try handle.close()
                touch(p); return "append \(p)"
            case 0, 1, 2:  // rewrite an existing note's content (the fast path)
                let p = rng.pick(notes)
                let text: String
                if p.hasPrefix("People") { text = randomPerson(String(p.split(separator: "/").last!.dropLast(3))) }
                else if p.hasPrefix("Sources") { text = randomTranscript() } else { text = randomPlain() }
                try write(p, text); touch(p); return "modify \(p)"
            case 3:  // a note becomes or stops being a person
                let p = rng.pick(notes)
                try write(p, rng.next(2) == 0 ? randomPerson("X") : randomPlain()); touch(p); return "kind \(p)"
            case 4:  // a new note, maybe a same-name note elsewhere (ambiguity, which one wins)
                let folder = rng.pick(Self.folders)
                let name = rng.next(2) == 0 ? rng.pick(Self.names) : rng.pick(["Org", "Missing", "Roadmap", "n\(rng.next(20))"])
                let p = (folder.isEmpty ? "" : folder + "/") + name + ".md"
                try write(p, folder.hasPrefix("People") ? randomPerson(name) : randomPlain()); touch(p); return "create \(p)"
            case 5:  // a new transcript
                let p = transcriptPath(12 + rng.next(8))
                try write(p, randomTranscript()); touch(p); return "create \(p)"
            case 6:  // delete
                let p = rng.pick(notes)
                try FileManager.default.removeItem(atPath: root + "/" + p); touch(p); return "delete \(p)"
            case 7:  // rename or move
                let p = rng.pick(notes)
                let folder = rng.pick(Self.folders)
                let q = (folder.isEmpty ? "" : folder + "/") + (rng.next(2) == 0 ? p.split(separator: "/").last!.description : "r\(rng.next(99)).md")
                guard q != p, !FileManager.default.fileExists(atPath: root + "/" + q) else { return "no-op" }
                try FileManager.default.createDirectory(atPath: (root + "/" + q as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try FileManager.default.moveItem(atPath: root + "/" + p, toPath: root + "/" + q)
                touch(p); touch(q); return "rename \(p) -> \(q)"
            case 8:  // attachments come and go
                if rng.next(2) == 0 || others.isEmpty {
                    let p = rng.pick(["pic.png", "Attachments/pic.png", "People/Org", "Attachments/doc.pdf"])
                    try write(p, "bin"); touch(p); return "attach \(p)"
                }
                let p = rng.pick(others)
                try FileManager.default.removeItem(atPath: root + "/" + p); touch(p); return "detach \(p)"
            case 9:  // a folder of notes appears, or one vanishes
                if rng.next(2) == 0 {
                    let dir = "Import\(rng.next(3))"
                    for k in 0..<3 { try write("\(dir)/Sub/\(rng.pick(Self.names)) \(k).md", randomPerson("Imp")) }
                    try write("\(dir)/Org.md", "# Org\n")
                    touch(dir); return "folder \(dir)"
                }
                let dir = rng.pick(["Import0", "Import1", "Import2", "Notes", "Projects"])
                guard FileManager.default.fileExists(atPath: root + "/" + dir) else { return "no-op" }
                try FileManager.default.removeItem(atPath: root + "/" + dir); touch(dir); return "rmdir \(dir)"
            case 10:  // unreadable content: binary, or invalid UTF-8
                let p = rng.pick(notes)
                let bytes: [UInt8] = rng.next(2) == 0 ? [0x23, 0x20, 0, 1, 2] : [0x23, 0x20, 0xFF, 0xFE, 0x0A]
                try Data(bytes).write(to: URL(fileURLWithPath: root + "/" + p)); touch(p); return "binary \(p)"
            default:  // a Recent Context line added to a person
                guard let p = notes.filter({ $0.hasPrefix("People") }).randomElement(using: &self.rng) else { return "no-op" }
                let old = (try? String(contentsOfFile: root + "/" + p, encoding: .utf8)) ?? ""
                let line = "- \(date()): [[\(randomLink())]] — added (via Bo Chen)\n"
                let text = old.replacingOccurrences(of: "## Recent Context\n\n", with: "## Recent Context\n\n" + line)
                try write(p, text); touch(p); return "context \(p)"
            }
        } catch {
            return "failed: \(error)"
        }
    }
}

extension RandomVault.RNG: RandomNumberGenerator {
    mutating func next() -> UInt64 { UInt64(next(Int.max)) }
}
