import Foundation

/// The files of a vault: notes to parse, attachments to resolve links to, and what could not be read.
public struct VaultListing: Sendable {
    /// A note file: vault-relative path (NFC, `/`) and absolute path on disk.
    public struct Entry: Sendable {
        public var path: String
        public var absolutePath: String
    }
    public var notes: [Entry] = []
    public var attachments: [String] = []
    public var problems: [CheckReport.Unreadable] = []
}

/// Errors that stop kith from opening a vault at all.
public enum VaultError: Error, CustomStringConvertible, Equatable {
    case notFound(String)
    case notADirectory(String)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .notFound(let p): return "vault not found: \(p)"
        case .notADirectory(let p): return "not a folder: \(p)"
        case .unreadable(let p, let why): return "cannot read vault \(p): \(why)"
        }
    }
}

/// Walks a vault folder. Hidden entries (`.obsidian`, `.git`, `.trash`) are skipped; only regular
/// files are listed (a FIFO, device or socket is never opened); symlinked folders are followed
/// once, so a loop cannot trap the walk; a dangling symlink is reported, not fatal.
public enum VaultScanner {
    /// Checks that `root` is a readable folder; returns its `stat`.
    @discardableResult
    public static func checkRoot(_ root: String) throws -> stat {
        var st = stat()
        guard stat(root, &st) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw VaultError.notFound(root) }
            throw VaultError.unreadable(root, String(cString: strerror(errno)))
        }
        guard (st.st_mode & S_IFMT) == S_IFDIR else { throw VaultError.notADirectory(root) }
        guard access(root, R_OK | X_OK) == 0 else {
            throw VaultError.unreadable(root, String(cString: strerror(errno)))
        }
        return st
    }

    /// Lists the notes and attachments under `root`, leaving out what `excluded` names (tested
    /// against `prefix/relative path`: `prefix` is where `root` sits inside the vault).
    public static func list(root: String, excluded: ExcludedFiles = ExcludedFiles(),
                            prefix: String = "") throws -> VaultListing {
        let st = try checkRoot(root)
        var listing = VaultListing()
        // Folders already entered, by device and inode: a symlink back up the tree is seen twice.
        var visited = Set<FileIdentity>([FileIdentity(st)])
        var stack: [(abs: String, rel: String)] = [(root, "")]
        while let (dirAbs, dirRel) = stack.popLast() {
            guard let dir = opendir(dirAbs) else {
                listing.problems.append(.init(path: dirRel.isEmpty ? "." : dirRel,
                                              message: String(cString: strerror(errno))))
                continue
            }
            var children: [(name: String, type: UInt8)] = []
            while let entry = readdir(dir) {
                let name = directoryEntryName(entry)
                let (decoded, valid): (String, Bool) = String(validatingCString: name).map { ($0, true) }
                    ?? (String(cString: name), false)
                if decoded.utf8.first == 0x2E { continue }
                guard valid else {
                    // A name that is not UTF-8 cannot be opened through a String path (the
                    // decoded name has U+FFFD where the bytes were): say so rather than fail later.
                    let type = entry.pointee.d_type
                    if type == UInt8(DT_DIR) || isMarkdown(decoded) {
                        let rel = dirRel.isEmpty ? decoded : dirRel + "/" + decoded
                        listing.problems.append(.init(path: rel, message: "name is not valid UTF-8 (skipped)"))
                    }
                    continue
                }
                children.append((decoded, entry.pointee.d_type))
            }
            closedir(dir)
            for (name, type) in children {
                let abs = dirAbs + "/" + name
                let rel = normalizedPath(dirRel.isEmpty ? name : dirRel + "/" + name)
                if !excluded.isEmpty {
                    let full = prefix.isEmpty ? rel : prefix + "/" + rel
                    if excluded.excludes(full) || (type == UInt8(DT_DIR) && excluded.excludes(full + "/")) { continue }
                }
                // readdir's d_type spares a stat per file; symlinks and unknown types are checked.
                if type == UInt8(DT_REG) {
                    if isMarkdown(name) {
                        listing.notes.append(.init(path: rel, absolutePath: abs))
                    } else {
                        listing.attachments.append(rel)
                    }
                    continue
                }
                var lst = stat()
                guard lstat(abs, &lst) == 0 else {
                    listing.problems.append(.init(path: rel, message: String(cString: strerror(errno))))
                    continue
                }
                var info = lst
                if (lst.st_mode & S_IFMT) == S_IFLNK {
                    guard stat(abs, &info) == 0 else {
                        let why = errno == ENOENT ? "dangling symlink"
                            : errno == ELOOP ? "symlink loop" : "symlink: " + String(cString: strerror(errno))
                        listing.problems.append(.init(path: rel, message: why))
                        continue
                    }
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    if !excluded.isEmpty, excluded.excludes((prefix.isEmpty ? rel : prefix + "/" + rel) + "/") { continue }
                    if visited.insert(FileIdentity(info)).inserted { stack.append((abs, rel)) }
                case S_IFREG:
                    if isMarkdown(name) {
                        listing.notes.append(.init(path: rel, absolutePath: abs))
                    } else {
                        listing.attachments.append(rel)
                    }
                default:
                    if isMarkdown(name) {
                        listing.problems.append(.init(path: rel, message: "not a regular file (skipped)"))
                    }
                }
            }
        }
        // Paths are NFC, so their UTF-8 byte order is String's order (NFC scalar values).
        listing.notes.sort { utf8Less($0.path, $1.path) }
        listing.attachments.sort(by: utf8Less)
        return listing
    }

    /// `.md` in any case.
    public static func isMarkdown(_ name: some StringProtocol) -> Bool {
        let u = name.utf8
        guard u.count > 3 else { return false }
        var i = u.index(u.endIndex, offsetBy: -3)
        let dot = u[i]
        i = u.index(after: i)
        let m = u[i]
        let d = u[u.index(after: i)]
        return dot == 0x2E && (m | 0x20) == 0x6D && (d | 0x20) == 0x64
    }

    /// Paths are compared in NFC: macOS writes file names decomposed.
    static func normalizedPath(_ p: String) -> String {
        isSurelyNFC(p) ? p : p.precomposedStringWithCanonicalMapping
    }

    /// True when `s` is NFC by the quick check of UAX #15 without a "maybe": every scalar is
    /// below U+0300, or a starter (combining class 0) that is never excluded from composition
    /// and never composes with what precedes it (those "maybe" starters all lie in the Indic,
    /// Myanmar, Hangul Jamo and Balinese blocks, and in supplementary Brahmic scripts, which are
    /// left to Foundation). Spares Foundation's normalisation for most accented, Greek, Cyrillic
    /// and CJK names; anything else is normalised as before.
    static func isSurelyNFC(_ s: String) -> Bool {
        // Eight bytes at a time: this runs for every file a vault lists (the generic walk of
        // the UTF-8 view was a tenth of a full-text search's listing).
        var s = s
        if s.withUTF8(FullTextSearch.isASCII) { return true }
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x300 { continue }
            if (0x900...0x1BFF).contains(v) || (0x11000...0x16FFF).contains(v) { return false }
            let p = scalar.properties
            if p.canonicalCombiningClass != .notReordered || p.isFullCompositionExclusion { return false }
        }
        return true
    }

    /// Whether `a` and `b` have the same UTF-8 bytes: for NFC strings, `==` without its
    /// Unicode work.
    public static func sameUTF8(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
        return (fast ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    /// Whether `a` sorts before `b` by UTF-8 bytes: for NFC strings, the order of `<`.
    static func utf8Less(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                let n = min(x.count, y.count)
                let c = n == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, n)
                return c != 0 ? c < 0 : x.count < y.count
            }
        }
        return (fast ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}

private struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64
    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }
}
