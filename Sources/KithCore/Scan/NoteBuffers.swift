import Foundation

/// Note bytes read one after another into a buffer that is kept, each note opened relative to
/// its folder: what `NoteReader.read` reads (the same checks, the same bytes) without an
/// allocation per note or a walk of the whole path for each. A full-text search reads
/// thousands of small notes once: the fresh buffer of each (its pages faulted in and zeroed by
/// the kernel, then freed) and the lookup of every folder of its path were a tenth of a
/// search's time, beside the scan itself.
///
/// Not for sharing between threads: a `NoteBufferPool` hands one to each task.
final class NoteBuffer {
    private var storage: UnsafeMutableRawPointer?
    private var capacity = 0
    /// The folder of the last note read, kept open.
    private var folder = OpenFolder()

    deinit {
        free(storage)
        folder.finish()
    }

    /// `body` of the bytes `NoteReader.read(absolutePath, limit:)` would give (they live only
    /// during the call), or nil when it would fail (cannot be opened, not a regular file, a
    /// read error).
    func withBytes<R>(of absolutePath: String, limit: Int = NoteReader.maxBytes,
                      _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        absolutePath.withCString { path -> R? in
            let fd = open(path)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var st = stat()
            guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
            let want = min(Int(st.st_size), limit)
            if want > capacity {
                // Grown to the largest note seen, never shrunk: notes are mostly alike in size.
                guard let grown = realloc(storage, max(want, 64 << 10)) else { return nil }
                storage = grown
                capacity = max(want, 64 << 10)
            }
            let base = storage?.assumingMemoryBound(to: UInt8.self)
            let read = NoteReader.fill(fd, base, want)
            guard read.failure == nil else { return nil }
            return body(UnsafeBufferPointer(start: base, count: read.filled))
        }
    }

    /// The note opened read-only and non-blocking (as `NoteReader` opens it), through its
    /// folder's descriptor when that folder can be opened, else by its whole path.
    private func open(_ path: UnsafePointer<CChar>) -> Int32 {
        guard let at = folder.locate(path) else { return Foundation.open(path, NoteReader.openFlags) }
        return openat(at.folder, at.name, NoteReader.openFlags)
    }
}

/// `NoteBuffer`s for the tasks of one parallel read: a task takes one and gives it back, so
/// there are as many as tasks run at once, each kept for the whole read.
final class NoteBufferPool: @unchecked Sendable {
    // Safe to share: the free list is only touched under the lock, and a buffer taken from it
    // belongs to one task until it is given back.
    private let free = Locked<[NoteBuffer]>([])

    /// `body` with a buffer no other task is using.
    func withBuffer<R>(_ body: (NoteBuffer) -> R) -> R {
        let buffer = free.withLock { $0.popLast() } ?? NoteBuffer()
        defer { free.withLock { $0.append(buffer) } }
        return body(buffer)
    }
}
