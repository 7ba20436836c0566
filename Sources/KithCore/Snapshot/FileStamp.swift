import Foundation

/// What `stat` says about a note file when it was read: its size, modification and change
/// times (nanoseconds) and inode. A snapshot trusts a note it holds only while all four are
/// the same on disk, as git's index does.
public struct FileStamp: Hashable, Sendable {
    public var size: Int64
    /// Modification time, nanoseconds since the epoch.
    public var mtime: Int64
    /// Status change time, nanoseconds since the epoch (every write and rename moves it, and
    /// no tool can set it back).
    public var ctime: Int64
    public var inode: UInt64

    public init(size: Int64, mtime: Int64, ctime: Int64, inode: UInt64) {
        self.size = size
        self.mtime = mtime
        self.ctime = ctime
        self.inode = inode
    }

    init(_ st: stat) {
        #if os(Linux)
        let m = st.st_mtim, c = st.st_ctim
        #else
        let m = st.st_mtimespec, c = st.st_ctimespec
        #endif
        self.init(size: Int64(st.st_size), mtime: Int64(m.tv_sec) &* 1_000_000_000 &+ Int64(m.tv_nsec),
                  ctime: Int64(c.tv_sec) &* 1_000_000_000 &+ Int64(c.tv_nsec), inode: UInt64(st.st_ino))
    }

    /// The stamp of the file at `path` (symlinks followed, as the reader opens it), or nil.
    static func of(_ path: String) -> FileStamp? {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileStamp(st)
    }

    /// The stamp of the file `name` in the open folder `folder` (symlinks followed), or nil.
    static func of(in folder: Int32, name: UnsafePointer<CChar>) -> FileStamp? {
        var st = stat()
        guard fstatat(folder, name, &st, 0) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileStamp(st)
    }

    /// Timestamps are only as fine as the file system's clock: a file changed again within
    /// that much of the moment its stamp was taken can keep the same stamp ("racily clean",
    /// as git calls it). Two seconds covers the coarsest common file systems (FAT, 1-second
    /// ext3 and HFS+), and the clock tick between the kernel's file times and `now`.
    static let granularity: Int64 = 2_000_000_000

    /// Whether the file may have changed after the stamp was taken without the stamp showing
    /// it: it was modified (or its status changed) at most `granularity` before `scanStart`,
    /// the moment the scan that took the stamp began, or later. Such a note is read again.
    func isRacy(scanStart: Int64) -> Bool {
        max(mtime, ctime) >= scanStart &- Self.granularity
    }

    /// Now, nanoseconds since the epoch (the same clock as file times).
    static func now() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return Int64(t.tv_sec) &* 1_000_000_000 &+ Int64(t.tv_nsec)
    }
}
