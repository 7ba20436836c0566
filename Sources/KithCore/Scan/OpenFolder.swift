import Foundation

/// The folder of the files being opened or stat'ed one after another, kept open while they are
/// in it (a listing is in path order: a folder's notes come together), so the kernel looks up
/// one name per file instead of every folder of its path again (half the cost of a stat at
/// 100,000 notes). The folder is compared as bytes: String's Unicode-aware comparison and
/// search for the last `/` were a few percent of a warm `kith people`.
///
/// Not for sharing between threads: each task keeps its own.
struct OpenFolder {
    /// The open folder's path, as bytes (no NUL).
    private var path: [UInt8] = []
    private var fd: Int32 = -1

    /// The descriptor of `file`'s folder (opened now when another one is open) and the file's
    /// name in it, for the absolute C path `file`; nil when the path has no folder part or the
    /// folder cannot be opened (the caller uses the whole path then).
    mutating func locate(_ file: UnsafePointer<CChar>) -> (folder: Int32, name: UnsafePointer<CChar>)? {
        guard let found = strrchr(file, 0x2F), UnsafePointer(found) != file else { return nil }
        let slash = UnsafePointer(found), length = slash - file
        let same = path.count == length && path.withUnsafeBytes { memcmp($0.baseAddress!, file, length) == 0 }
        if !same {
            finish()
            path = Array(UnsafeRawBufferPointer(start: file, count: length))
            fd = String(decoding: path, as: UTF8.self).withCString { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        }
        return fd >= 0 ? (fd, slash + 1) : nil
    }

    /// Closes the folder.
    mutating func finish() {
        if fd >= 0 { close(fd) }
        fd = -1
        path = []
    }
}
