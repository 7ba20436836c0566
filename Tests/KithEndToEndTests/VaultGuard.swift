import Foundation
import XCTest

/// A fingerprint of every entry under a vault — type, mode, size, modification time, and the
/// bytes (hashed) or the symlink's target — taken without following a symlink or opening
/// anything but regular files, so a FIFO or a link to `/dev/zero` is safe to fingerprint.
/// Taken before and after a test: any difference means something wrote into the vault.
struct VaultGuard {
    let root: String
    let excluding: [String]
    private let before: [String: String]
    /// The fingerprint taken by `init`.
    var fingerprintAtStart: [String: String] { before }

    /// Fingerprints `root` now. Paths starting with an entry of `excluding` are not watched
    /// (a test that changes part of a vault on purpose).
    init(_ root: String, excluding: [String] = []) throws {
        self.root = root
        self.excluding = excluding
        before = try Self.fingerprint(root, excluding: excluding)
        XCTAssertFalse(before.isEmpty, "nothing to guard under \(root)")
    }

    /// Fails the test on any file added, removed or changed since `init`.
    func verify(file: StaticString = #filePath, line: UInt = #line) {
        guard let after = try? Self.fingerprint(root, excluding: excluding) else {
            return XCTFail("the vault \(root) can no longer be read", file: file, line: line)
        }
        let added = Set(after.keys).subtracting(before.keys).sorted()
        let removed = Set(before.keys).subtracting(after.keys).sorted()
        let changed = before.keys.filter { after[$0] != nil && after[$0] != before[$0] }.sorted()
        XCTAssertTrue(added.isEmpty && removed.isEmpty && changed.isEmpty,
                      "the vault changed: added \(added), removed \(removed), changed \(changed)", file: file, line: line)
    }

    /// Every entry below `root` (hidden ones too) by relative path.
    static func fingerprint(_ root: String, excluding: [String] = []) throws -> [String: String] {
        var prints: [String: String] = [:]
        var stack = [""]
        while let rel = stack.popLast() {
            let abs = rel.isEmpty ? root : root + "/" + rel
            guard let dir = opendir(abs) else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let childRel = rel.isEmpty ? name : rel + "/" + name
                if excluding.contains(where: { childRel.hasPrefix($0) }) { continue }
                var st = stat()
                guard lstat(abs + "/" + name, &st) == 0 else { prints[childRel] = "gone"; continue }
                var print = "\(st.st_mode) \(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
                switch st.st_mode & S_IFMT {
                case S_IFDIR: stack.append(childRel)
                case S_IFLNK: print += " -> " + linkTarget(abs + "/" + name)
                case S_IFREG: print += " #\(try contentHash(abs + "/" + name))"
                default: break
                }
                prints[childRel] = print
            }
        }
        return prints
    }

    private static func linkTarget(_ path: String) -> String {
        var buf = [CChar](repeating: 0, count: 4097)
        let n = readlink(path, &buf, 4096)
        return n < 0 ? "?" : String(decoding: buf.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The file's bytes through `Hasher` (stable within one test process, which is all we need).
    private static func contentHash(_ path: String) throws -> Int {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        var hasher = Hasher()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            buffer.withUnsafeBytes { hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: $0.prefix(n))) }
        }
        return hasher.finalize()
    }
}
