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
    }

    /// Lowercased key (notes without `.md`) → path.
    private var byKey: [String: String] = [:]
    /// Lowercased last segment (notes without `.md`) → keys of every file with that name.
    private var byName: [String: [String]] = [:]

    /// Builds lookup tables for the given note and attachment paths.
    public init(notes: [String], attachments: [String]) {
        byKey.reserveCapacity(notes.count + attachments.count)
        // Attachments first, so a note wins a key they share.
        // Paths from the scanner are NFC already: lowercasing is all a key needs.
        for path in attachments { add(path, key: path.lowercased()) }
        for path in notes { add(path, key: Self.dropMarkdownExtension(path).lowercased()) }
    }

    private mutating func add(_ path: String, key: String) {
        if byKey[key] == nil {
            byName[Self.lastSegment(key), default: []].append(key)
        }
        byKey[key] = path
    }

    /// Resolves `target` (the part before `#`, as written) from the note at `source`.
    public func resolve(_ target: String, from source: String) -> Resolution {
        var t = target.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("/") { t.removeFirst() }  // vault-absolute, as Obsidian writes it
        guard !t.isEmpty else { return Resolution(path: nil, candidates: []) }
        let folder = Self.folder(of: source)
        var key = Self.fold(t)
        if key.hasPrefix("./") || key.hasPrefix("../") || key.contains("/../") || key.contains("/./") {
            // Relative markdown links resolve from the source's folder.
            key = Self.normalize(folder.isEmpty ? key : Self.fold(folder) + "/" + key)
        }
        let stem = Self.dropMarkdownExtension(key)
        // 1. Exact vault path.
        if let p = byKey[stem] ?? byKey[key] { return Resolution(path: p, candidates: []) }
        // 2. Same folder as the linking note.
        if !folder.isEmpty {
            let local = Self.fold(folder) + "/" + stem
            if let p = byKey[local] ?? byKey[Self.fold(folder) + "/" + key] {
                return Resolution(path: p, candidates: [])
            }
        }
        // 3. Every file with that name whose path ends with the target's segments: shortest wins.
        let suffix = "/" + stem
        let rawSuffix = "/" + key
        let keys = (byName[Self.lastSegment(stem)] ?? []) + (stem == key ? [] : byName[Self.lastSegment(key)] ?? [])
        var matches: [String] = []
        for k in keys where k.hasSuffix(suffix) || k.hasSuffix(rawSuffix) || k == stem || k == key {
            if let p = byKey[k], !matches.contains(p) { matches.append(p) }
        }
        guard !matches.isEmpty else { return Resolution(path: nil, candidates: []) }
        matches.sort { ($0.utf8.count, $0) < ($1.utf8.count, $1) }
        return Resolution(path: matches[0], candidates: matches.count > 1 ? matches : [])
    }

    /// Lowercased NFC form used as a key.
    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        return s.precomposedStringWithCanonicalMapping.lowercased()
    }

    static func dropMarkdownExtension(_ s: String) -> String {
        VaultScanner.isMarkdown(s) ? String(s.dropLast(3)) : s
    }

    static func lastSegment(_ key: String) -> String {
        key.lastIndex(of: "/").map { String(key[key.index(after: $0)...]) } ?? key
    }

    static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
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
