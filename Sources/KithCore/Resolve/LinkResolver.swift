import Foundation

/// Resolves link targets to vault paths by Obsidian's rules (vault-format.md, "Resolution"):
/// 1. an exact vault path (with or without `.md`) wins;
/// 2. else a file of that name in the linking note's own folder;
/// 3. else, among all files of that name, the shortest path (ties: alphabetical).
/// A folder prefix (`[[b/Note]]`) matches whole path segments from the end. Matching ignores
/// case and compares in NFC. Non-Markdown targets need their extension. Aliases never resolve.
public struct LinkResolver: Sendable {
    /// The outcome of resolving one target.
    public struct Resolution: Hashable, Sendable {
        public var path: String?
        /// Every file that matched at step 3 when there were several.
        public var candidates: [String]
        /// Position of `path` in the resolver's files: notes first (in the order given), then
        /// attachments; -1 when unresolved. The index uses it as the note's ID.
        var id: Int = -1
    }

    /// Every file: notes in the order given, then attachments.
    private var paths: [String] = []
    /// Lowercased key (notes without `.md`) → index in `paths`.
    private var byKey: [FoldedKey: Int] = [:]
    /// Lowercased last segment (notes without `.md`) → keys of every file with that name.
    private var byName: [FoldedKey: [String]] = [:]

    /// A folded key (`fold`: lowercase, NFC) hashed and compared by its UTF-8 bytes. Folded
    /// keys are NFC, so equal bytes are canonical equivalence; String's own hashing and
    /// comparing normalize every non-ASCII key again, which was most of the resolver's build
    /// at 100,000 notes (built on every start, beside the browser's rows).
    struct FoldedKey: Hashable {
        let text: String
        init(_ folded: String) { text = folded }

        static func == (a: FoldedKey, b: FoldedKey) -> Bool {
            var x = a.text, y = b.text
            return x.withUTF8 { p in
                y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
            }
        }

        func hash(into hasher: inout Hasher) {
            var t = text
            t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// Builds lookup tables for the given note and attachment paths.
    public init(notes: [String], attachments: [String]) {
        byKey.reserveCapacity(notes.count + attachments.count)
        paths = notes + attachments
        // Attachments first, so a note wins a key they share.
        // Paths from the scanner are NFC already: lowercasing is all a key needs.
        for (k, path) in attachments.enumerated() { add(notes.count + k, key: Self.lowercased(path)) }
        for (k, path) in notes.enumerated() { add(k, key: Self.lowercased(Self.dropMarkdownExtension(path))) }
    }

    private mutating func add(_ id: Int, key: String) {
        if byKey.updateValue(id, forKey: FoldedKey(key)) == nil {
            byName[FoldedKey(Self.lastSegment(key)), default: []].append(key)
        }
    }

    private func resolution(_ id: Int?, candidates: [String] = []) -> Resolution {
        guard let id else { return Resolution(path: nil, candidates: candidates) }
        return Resolution(path: paths[id], candidates: candidates, id: id)
    }

    /// What a target can resolve to before the linking note's folder is known. The index
    /// caches it per distinct target: a person linked from 500 transcripts is looked up once.
    public struct Candidates: Sendable {
        /// Rule 1: the file at exactly that vault path.
        var exact: Int?
        /// Rule 3: every file whose path ends with the target's segments, shortest first.
        var matches: [(key: String, id: Int)]
        /// `./x` or `../x`: depends on the source folder, so resolved per link.
        var relative: String?
        /// The folded target without `.md`, for rule 2.
        var stem = ""
    }

    /// Resolves `target` (the part before `#`, as written) from the note at `source`.
    public func resolve(_ target: String, from source: String) -> Resolution {
        choose(candidates(for: target), fromFolder: Self.fold(Self.folder(of: source)))
    }

    /// The folder-independent part of resolving `target`.
    public func candidates(for target: String) -> Candidates {
        var t = target.trimmedSpaces
        if t.first == "/" { t = t.dropFirst() }  // vault-absolute, as Obsidian writes it
        guard !t.isEmpty else { return Candidates(exact: nil, matches: []) }
        let key = Self.fold(String(t))
        if Self.hasDotSegment(key) { return Candidates(exact: nil, matches: [], relative: key) }
        let stem = Self.dropMarkdownExtension(key)
        if let id = byKey[FoldedKey(stem)] ?? byKey[FoldedKey(key)] { return Candidates(exact: id, matches: []) }
        let suffix = "/" + stem
        let rawSuffix = "/" + key
        let keys = (byName[FoldedKey(Self.lastSegment(stem))] ?? [])
            + (stem == key ? [] : byName[FoldedKey(Self.lastSegment(key))] ?? [])
        var matches: [(key: String, id: Int)] = []
        for k in keys where k.hasSuffix(suffix) || k.hasSuffix(rawSuffix) {
            if let id = byKey[FoldedKey(k)], !matches.contains(where: { paths[$0.id] == paths[id] }) { matches.append((k, id)) }
        }
        matches.sort { (paths[$0.id].utf8.count, paths[$0.id]) < (paths[$1.id].utf8.count, paths[$1.id]) }
        return Candidates(exact: nil, matches: matches, stem: stem)
    }

    /// Applies rules 1–3 to `candidates` for a note in `folderKey` (lowercased folder path).
    public func choose(_ c: Candidates, fromFolder folderKey: String) -> Resolution {
        if let relative = c.relative {
            // Relative markdown links resolve from the source's folder.
            let key = Self.normalize(folderKey.isEmpty ? relative : folderKey + "/" + relative)
            return resolution(byKey[FoldedKey(Self.dropMarkdownExtension(key))] ?? byKey[FoldedKey(key)])
        }
        if let id = c.exact { return resolution(id) }
        guard let first = c.matches.first else { return resolution(nil) }
        if c.matches.count == 1 { return resolution(first.id) }
        if !folderKey.isEmpty {
            // Rule 2: the target taken relative to the linking note's own folder.
            let local = folderKey + "/" + c.stem
            if let m = c.matches.first(where: { $0.key == local }) { return resolution(m.id) }
        }
        return resolution(first.id, candidates: c.matches.map { paths[$0.id] })
    }

    /// Whether a path has `.` or `..` segments.
    static func hasDotSegment(_ key: String) -> Bool {
        // Bytes between slashes: a segment is `.` or `..` exactly (no other text equals them).
        var length = 0, dots = 0
        for b in key.utf8 {
            if b == 0x2F {
                if length > 0, dots == length, length <= 2 { return true }
                length = 0; dots = 0
            } else {
                length += 1
                if b == 0x2E { dots += 1 }
            }
        }
        return length > 0 && dots == length && length <= 2
    }

    /// Lowercased NFC form used as a key (`FoldedKey` compares bytes: a target typed in NFD
    /// finds its NFC file). The scanner's paths are NFC already, and lowercasing keeps them so.
    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return lowercased(s) }
        return lowercased(s).precomposedStringWithCanonicalMapping
    }

    /// `s.lowercased()`, from the bytes: ASCII letters directly, other scalars by their
    /// lowercase mapping (as the standard library maps them, one scalar at a time). The
    /// standard library's own walks every scalar of a string with one accent through the
    /// Unicode tables: a third of the resolver's build at 100,000 notes.
    static func lowercased(_ s: String) -> String {
        var bytes = s
        return bytes.withUTF8 { u -> String in
            var ascii = true, upper = false
            for b in u {
                if b >= 0x80 { ascii = false; break }
                if b &- 0x41 < 26 { upper = true }
            }
            if ascii && !upper { return s }
            var out: [UInt8] = []
            out.reserveCapacity(u.count + 4)
            var i = 0
            while i < u.count {
                let b = u[i]
                if b < 0x80 {
                    out.append(b &- 0x41 < 26 ? b | 0x20 : b)
                    i += 1
                    continue
                }
                // A valid String: a lead byte and its continuation bytes.
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length where i + k < u.count { value = value << 6 | UInt32(u[i + k] & 0x3F) }
                if let scalar = Unicode.Scalar(value), i + length <= u.count {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: u[i..<min(u.count, i + length)]))
                }
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    static func dropMarkdownExtension(_ s: String) -> String {
        VaultScanner.isMarkdown(s) ? String(s.dropLast(3)) : s
    }

    static func lastSegment(_ key: String) -> String {
        var k = key
        return k.withUTF8 { u in
            var i = u.count
            while i > 0, u[i - 1] != 0x2F { i -= 1 }
            return i == 0 ? key : String(decoding: UnsafeBufferPointer(rebasing: u[i...]), as: UTF8.self)
        }
    }

    /// The folder part of a vault path ("" at the top).
    public static func folder(of path: String) -> String {
        let u = path.utf8
        guard let slash = u.lastIndex(of: 0x2F) else { return "" }
        return String(path[..<slash])
    }

    /// Collapses `.` and `..` segments.
    static func normalize(_ path: String) -> String {
        var out: [Substring] = []
        for seg in path.split(separator: "/", omittingEmptySubsequences: true) {
            if seg == "." { continue }
            if seg == ".." { if !out.isEmpty { out.removeLast() }; continue }
            out.append(seg)
        }
        return out.joined(separator: "/")
    }
}
