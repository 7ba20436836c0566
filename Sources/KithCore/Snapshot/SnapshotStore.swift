import Foundation

/// Where snapshots live: `$XDG_CACHE_HOME/kith/` (default `~/.cache/kith/`), one file per vault
/// named after the vault's folder and a hash of its real path, never inside a vault.
///
/// Writes go to a temporary file in the same folder, renamed over the snapshot when complete:
/// a reader (another kith) sees the old file or the new one, never half of one, and two
/// writers at once leave one whole snapshot. Nothing is synced to disk first: a snapshot a
/// crash cut short fails its checksums and is only rebuilt.
public struct SnapshotStore: Sendable {
    /// The cache folder.
    public let directory: String

    public init(directory: String) {
        var d = directory
        while d.count > 1 && d.hasSuffix("/") { d.removeLast() }
        self.directory = d
    }

    /// `$XDG_CACHE_HOME/kith` when that is an absolute path, else `$HOME/.cache/kith`; nil
    /// without either.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> SnapshotStore? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return SnapshotStore(directory: xdg + "/kith") }
        if let home = environment["HOME"], home.hasPrefix("/") { return SnapshotStore(directory: home + "/.cache/kith") }
        return nil
    }

    /// Snapshot files end with this.
    static let suffix = ".snapshot"

    /// The snapshot file of the vault whose real path is `vault`.
    public func file(forVault vault: String) -> String {
        let name = vault.split(separator: "/").last.map(String.init) ?? "root"
        let readable = String(name.unicodeScalars.prefix(40).map {
            CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" ? Character($0) : "_"
        })
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in vault.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return directory + "/" + readable + "-" + String(h, radix: 16).leftPadded(to: 16) + Self.suffix
    }

    /// Why the cache cannot be used for the vault at `vault` (a real path), or nil: a cache
    /// folder inside the vault would be writing into the vault.
    public func refusal(forVault vault: String) -> String? {
        let real = Self.realPath(ofExistingPart: directory)
        if real == vault || real.hasPrefix(vault == "/" ? "/" : vault + "/") {
            return "the cache folder \(directory) is inside the vault: the snapshot is off"
        }
        return nil
    }

    /// The real path of `path`, or of its nearest existing parent with the rest appended.
    static func realPath(ofExistingPart path: String) -> String {
        var head = path, tail: [String] = []
        while !head.isEmpty {
            if let r = realpath(head, nil) {
                defer { free(r) }
                return ([String(cString: r)] + tail.reversed()).joined(separator: "/").replacingOccurrences(of: "//", with: "/")
            }
            let ns = head as NSString
            tail.append(ns.lastPathComponent)
            let parent = ns.deletingLastPathComponent
            if parent == head { break }
            head = parent
        }
        return path
    }

    // MARK: Reading

    /// A snapshot file mapped into memory (read-only), unmapped when released.
    final class Mapped: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer
        init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }
        deinit {
            if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
        }

        /// Gives the kernel back the whole pages of `part` (a range of `bytes`) once it is
        /// decoded: they count in the process's resident set until then (a tenth of the vault's
        /// size at 100,000 notes, on top of the index). Touched again, they are read again
        /// from the file, so this changes the memory used, never the bytes read.
        static func dropPages(of part: UnsafeRawBufferPointer) {
            guard let start = part.baseAddress else { return }
            let page = UInt(sysconf(Int32(_SC_PAGESIZE)))
            let from = (UInt(bitPattern: start) + page - 1) / page * page
            let to = (UInt(bitPattern: start) + UInt(part.count)) / page * page
            guard to > from, let base = UnsafeMutableRawPointer(bitPattern: from) else { return }
            _ = madvise(base, Int(to - from), MADV_DONTNEED)
        }
    }

    /// Maps `file`. A snapshot is replaced by rename, never rewritten in place, so the mapped
    /// bytes stay what they were while they are read. `whole` asks the kernel to read all of it
    /// ahead (a full load); without it only the pages touched are read (the digest's sections).
    static func map(_ file: String, whole: Bool = true) throws -> Mapped {
        // O_NONBLOCK: a FIFO put where the snapshot belongs must not stop kith on open.
        let fd = open(file, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { throw SnapshotError.missing }
            throw SnapshotError.unreadable(String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw SnapshotError.unreadable(String(cString: strerror(errno))) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw SnapshotError.unreadable("not a regular file") }
        let size = Int(st.st_size)
        guard size >= SnapshotFormat.headerSize else { throw SnapshotError.corrupt("cut short") }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw SnapshotError.unreadable(String(cString: strerror(errno)))
        }
        if whole { _ = madvise(base, size, MADV_WILLNEED) }
        return Mapped(UnsafeRawBufferPointer(start: base, count: size))
    }

    // MARK: Writing

    /// A snapshot could not be written (a read-only or full disk, no permission): the next
    /// start indexes the vault again, nothing else is lost.
    public struct WriteError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Writes `index` as the snapshot `file` (temporary file, then rename).
    func write(_ index: VaultIndex, meta: SnapshotFormat.Meta, to file: String) throws {
        if let why = Self.makeFolder(directory) {
            throw WriteError(description: "cannot create the cache folder \(directory): \(why)")
        }
        removeAbandonedTemporaries()
        let temp = file + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw WriteError(description: "cannot write in \(directory): \(String(cString: strerror(errno)))") }
        var sink = FileSink(fd: fd)
        do {
            try SnapshotEncoder.encode(index, meta: meta, to: &sink)
            close(fd)
        } catch {
            close(fd)
            unlink(temp)
            if let e = error as? FileSink.Failure { throw WriteError(description: "cannot write in \(directory): \(e.reason)") }
            throw WriteError(description: "the snapshot was not written (\(error))")
        }
        guard rename(temp, file) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temp)
            throw WriteError(description: "cannot write in \(directory): \(why)")
        }
    }

    /// Temporary files left by a kith that was killed while writing (older than ten minutes:
    /// a younger one may be another kith's write in progress).
    private func removeAbandonedTemporaries() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let old = FileStamp.now() - 600_000_000_000
        for name in names where name.hasSuffix(".tmp") && name.contains(Self.suffix + ".") {
            let path = directory + "/" + name
            if let s = FileStamp.of(path), s.mtime < old { unlink(path) }
        }
    }

    /// `mkdir -p` with mode 0700 (a cache of one's notes is nobody else's); nil when the
    /// folder exists or was made, else why not.
    static func makeFolder(_ path: String) -> String? {
        var st = stat()
        if stat(path, &st) == 0 {
            return (st.st_mode & S_IFMT) == S_IFDIR ? nil : "\(String(cString: strerror(EEXIST))) (not a folder)"
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path, let why = makeFolder(parent) { return why }
        if mkdir(path, 0o700) != 0, errno != EEXIST { return String(cString: strerror(errno)) }
        return nil
    }
}

/// Writes a snapshot to an open file, the header last (over the placeholder).
struct FileSink: SnapshotSink {
    let fd: Int32

    struct Failure: Error { let reason: String }

    mutating func append(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try Self.writeAll(fd, $0, at: nil) }
    }

    mutating func finish(header: [UInt8]) throws {
        try header.withUnsafeBytes { try Self.writeAll(fd, $0, at: 0) }
    }

    private static func writeAll(_ fd: Int32, _ data: UnsafeRawBufferPointer, at offset: off_t?) throws {
        var done = 0
        while done < data.count {
            let n = offset.map { pwrite(fd, data.baseAddress! + done, data.count - done, $0 + off_t(done)) }
                ?? write(fd, data.baseAddress! + done, data.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: String(cString: strerror(errno)))
            }
            done += n
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
