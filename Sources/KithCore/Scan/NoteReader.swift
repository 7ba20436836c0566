import Foundation

/// Reads a note's bytes without ever blocking or following the file into something else.
public enum NoteReader {
    /// Notes larger than this are read only up to it: a 100 MB log pasted into a vault must not
    /// stall the index. The cut is reported by `kith check`.
    public static let maxBytes = 8 << 20

    public enum Outcome {
        case bytes([UInt8], truncated: Bool)
        case failed(String)
    }

    /// Opens read-only and non-blocking (a FIFO swapped in after the scan cannot hang us),
    /// checks it is still a regular file, and reads at most `maxBytes`.
    public static func read(_ absolutePath: String, limit: Int = maxBytes) -> Outcome {
        var stamp: FileStamp?
        return read(absolutePath, limit: limit, stamp: &stamp)
    }

    /// `read`, also giving the file's stamp as `fstat` saw it on the descriptor the bytes came
    /// from (what a snapshot later compares the file with).
    static func read(_ absolutePath: String, limit: Int = maxBytes, stamp: inout FileStamp?) -> Outcome {
        let fd = open(absolutePath, openFlags)
        guard fd >= 0 else { return .failed(String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failed(String(cString: strerror(errno))) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return .failed("not a regular file (skipped)") }
        stamp = FileStamp(st)
        let size = Int(st.st_size)
        // Filled by `read` straight away: zeroing it first cost a pass over every note.
        var failure: Int32?
        let buffer = [UInt8](unsafeUninitializedCapacity: min(size, limit)) { raw, initialized in
            let read = fill(fd, raw.baseAddress, raw.count)
            failure = read.failure
            initialized = read.filled
        }
        if let failure { return .failed(String(cString: strerror(failure))) }
        return .bytes(buffer, truncated: size > limit)
    }

    /// Flags every note is opened with: read-only and non-blocking (a FIFO swapped in after
    /// the scan cannot hang us).
    static let openFlags = O_RDONLY | O_NONBLOCK | O_CLOEXEC

    /// Reads up to `count` bytes of `fd` into `into`, again after an interrupted read: how many
    /// came (fewer when the file shrank while it was read), or the `errno` of a failed read.
    static func fill(_ fd: Int32, _ into: UnsafeMutablePointer<UInt8>?, _ count: Int) -> (filled: Int, failure: Int32?) {
        guard let into else { return (0, nil) }
        var filled = 0
        while filled < count {
            let n = Foundation.read(fd, into + filled, count - filled)
            if n < 0 {
                if errno == EINTR { continue }
                return (filled, errno)
            }
            if n == 0 { break }
            filled += n
        }
        return (filled, nil)
    }

    /// A NUL byte in the first 8 KiB means this is not text, whatever its name says.
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(looksBinary)
    }

    /// `looksBinary` of bytes in place.
    static func looksBinary(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.baseAddress.map { memchr($0, 0, min(b.count, 8192)) != nil } ?? false
    }
}
