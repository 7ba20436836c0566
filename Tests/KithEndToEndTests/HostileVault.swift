import Foundation

/// A vault built at test time from everything that can go wrong in a folder of notes: binary
/// files named `.md`, NUL bytes, invalid UTF-8, BOM + CRLF, YAML bombs, unclosed frontmatter,
/// a 100 MB note, a 1 MB line, 10,000 links, thousands of unbalanced brackets, an unclosed code
/// fence, folders 150 deep, symlink loops, dangling symlinks, a symlink to `/dev/zero`, a FIFO,
/// names with newlines. Nothing of it is committed: the repository holds only this recipe.
struct HostileVault {
    let root: String

    /// People the browser and `kith people` must still list, despite everything around them.
    static let survivors = ["Plain Person", "Bom Crlf", "Nul Inside", "Bad Bytes", "Fence Never Ends", "Deep Person"]
    /// A person note whose file name holds a newline.
    static let newlineName = "People/New\nLine.md"
    /// How deep the folder chain goes.
    static let depth = 150
    /// Links in `Links/Ten Thousand.md`, none of which resolves.
    static let linkCount = 10_000

    /// Problems `kith check` must report, as (vault-relative path, words the message contains).
    static let expectedProblems: [(path: String, says: String)] = [
        ("Binary Blob.md", "binary"),
        ("Bombs/Alias Bomb.md", "aliases"),
        ("Bombs/Deep Flow.md", "nests deeper"),
        ("Bombs/Deep Sequence.md", "nests deeper"),
        ("Broken/Unclosed Frontmatter.md", "never closed"),
        ("Huge/Hundred MB.md", "larger than"),
        ("People/Bad Bytes.md", "not valid UTF-8"),
        ("Links/Dangling.md", "dangling"),
        ("Loop/Self.md", "symlink loop"),
        ("Loop/a.md", "symlink loop"),
        ("People/\u{FFFD}\u{FFFD}.md", "not valid UTF-8"),
        ("Devices/Zero.md", "not a regular file"),
        ("Devices/x.md", "not a regular file"),
    ]

    /// The deep note's vault-relative path.
    static var deepPath: String { (1...depth).map { "d\($0)" }.joined(separator: "/") + "/Deep Person.md" }

    /// Builds the vault in a fresh temporary folder.
    static func build() throws -> HostileVault {
        let root = NSTemporaryDirectory() + "kith-hostile-\(UUID().uuidString.prefix(8))"
        let v = HostileVault(root: root)
        try v.populate()
        return v
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    private func person(_ name: String, _ body: String = "") -> String {
        "---\ntype: person\nlast_contact: 2026-11-20\n---\n# \(name)\n\n## Recent Context\n- 2026-11-20 met\n\(body)"
    }

    private func populate() throws {
        for dir in ["People", "Bombs", "Broken", "Huge", "Long", "Links", "Loop", "Devices"] {
            try FileManager.default.createDirectory(atPath: "\(root)/\(dir)", withIntermediateDirectories: true)
        }
        try write("People/Plain Person.md", person("Plain Person", "Knows [[Bom Crlf]] and [[Nul Inside]].\n"))
        // A PNG header and zeros under a note's name.
        try write("Binary Blob.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 4096))
        // A NUL past the binary sniff: the note is text with one odd byte in it.
        try write("People/Nul Inside.md", Array(person("Nul Inside", String(repeating: "padding line\n", count: 800)).utf8)
                  + [0] + Array("after the NUL [[Plain Person]]\n".utf8))
        try write("People/Bad Bytes.md", Array(person("Bad Bytes").utf8) + [0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82, 0x0A]
                  + Array("tail [[Plain Person]]\n".utf8))
        try write("People/Bom Crlf.md", [0xEF, 0xBB, 0xBF]
                  + Array(person("Bom Crlf").replacingOccurrences(of: "\n", with: "\r\n").utf8))
        try write(Self.newlineName, person("New Line"))
        // A name that is not UTF-8 (Latin-1 from an old machine): reported, never opened.
        let latin1 = Array("\(root)/People/".utf8) + [0xFF, 0xFE] + Array(".md".utf8) + [0]
        let fd = latin1.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) } }
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno)!) }
        _ = Glibc.write(fd, "# Latin\n", 8)
        close(fd)
        try writeBombs()
        try write("Broken/Unclosed Frontmatter.md", "---\ntype: person\nname: never closed\n\n# Body [[Plain Person]]\n")
        try write("People/Fence Never Ends.md", person("Fence Never Ends", "```swift\n[[Not A Link]]\n" + String(repeating: "code\n", count: 2000)))
        try writeHuge()
        try write("Long/One Line.md", "# One Line\n" + String(repeating: "word [[Plain Person]] ", count: 48_000) + "\n")
        try write("Links/Ten Thousand.md", "# Links\n" + (0..<Self.linkCount).map { "[[Missing \($0)]]" }.joined(separator: " ") + "\n")
        try write("Links/Brackets.md", String(repeating: "[[", count: 5000) + String(repeating: "]]", count: 3000)
                  + String(repeating: "[x](", count: 3000) + String(repeating: "![[", count: 2000) + "\n"
                  + String(repeating: "]", count: 4000) + "\n")
        try writeDeep()
        try symlink("..", "Loop/up")  // a folder loop back to the vault's root
        try symlink("Self.md", "Loop/Self.md")  // a link to itself (ELOOP)
        try symlink("a.md", "Loop/b.md")
        try symlink("b.md", "Loop/a.md")
        try symlink("/nonexistent/kith/nothing.md", "Links/Dangling.md")
        try symlink("/dev/zero", "Devices/Zero.md")
        guard mkfifo("\(root)/Devices/x.md", 0o644) == 0 else { throw POSIXError(.init(rawValue: errno)!) }
    }

    private func writeBombs() throws {
        // Billion laughs: each level doubles the one before, 30 levels.
        var bomb = "---\ntype: person\na0: &a0 [\"lol\",\"lol\"]\n"
        for i in 1...30 { bomb += "a\(i): &a\(i) [*a\(i - 1),*a\(i - 1),*a\(i - 1),*a\(i - 1)]\n" }
        try write("Bombs/Alias Bomb.md", bomb + "---\n# Alias Bomb\n")
        try write("Bombs/Deep Flow.md", "---\nk: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n---\n")
        // 5,000 nested block sequences on one line (as indentation they would be 12 MB).
        try write("Bombs/Deep Sequence.md", "---\nk:\n  " + String(repeating: "- ", count: 5000) + "end\n---\n")
    }

    /// 100 MB of text, written in 1 MB blocks: a long log pasted into a note.
    private func writeHuge() throws {
        let path = "\(root)/Huge/Hundred MB.md"
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.write(contentsOf: Data(person("Hundred MB").utf8))
        let block = Data(String(repeating: "log line with a [[Plain Person]] link in it ......\n", count: 20_000).utf8)
        var written = 0
        while written < 100 << 20 {
            try handle.write(contentsOf: block)
            written += block.count
        }
    }

    private func writeDeep() throws {
        let dir = root + "/" + (1...Self.depth).map { "d\($0)" }.joined(separator: "/")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try write(Self.deepPath, person("Deep Person"))
    }

    func write(_ rel: String, _ text: String) throws { try write(rel, Array(text.utf8)) }

    func write(_ rel: String, _ bytes: [UInt8]) throws {
        guard FileManager.default.createFile(atPath: "\(root)/\(rel)", contents: Data(bytes)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: rel])
        }
    }

    private func symlink(_ target: String, _ rel: String) throws {
        guard Glibc.symlink(target, "\(root)/\(rel)") == 0 else { throw POSIXError(.init(rawValue: errno)!) }
    }
}
