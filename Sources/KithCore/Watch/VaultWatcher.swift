#if os(Linux)
import Foundation
import Glibc

/// Watches a vault with inotify and reports changed paths in coalesced batches, for the
/// browser's live reload (the CLI never watches).
///
/// Every non-hidden folder gets a watch; folders that appear (created or moved in) are added as
/// they come, folders that leave are dropped. Events are collected until the vault has been
/// quiet for `quiet`, but never held longer than `maxDelay`, so a checkout of thousands of files
/// arrives as one batch. Editor swap and backup files are ignored. A kernel queue overflow
/// reports `.rescan`; running out of inotify watches reports `.warning` once and watches what
/// it could.
public final class VaultWatcher: @unchecked Sendable {
    /// What the watcher reports, on its own thread.
    public enum Event: Sendable, Equatable {
        /// Vault-relative paths of files or folders that changed, sorted, without duplicates.
        case changed([String])
        /// Events were lost: re-index everything.
        case rescan
        /// Something the user should know (the watch limit was reached).
        case warning(String)
    }

    private let root: String
    private let quietMs: Int
    private let maxDelayMs: Int
    private let handler: @Sendable (Event) -> Void
    private let fd: Int32
    /// Only the watcher thread touches these.
    private var folders: [Int32: String] = [:]
    private var pending = Set<String>()
    private var firstPending: UInt64 = 0
    private var lastEvent: UInt64 = 0
    private var warnedLimit = false
    private let stopped = Locked(false)
    /// Opened once the first walk has put a watch on every folder (see `waitUntilWatching`).
    private let watching = Latch()
    /// Whether `start` ran: its thread closes `fd`, else `deinit` does.
    private var started = false

    /// Opens inotify for `root` (absolute). Throws when inotify itself is unavailable.
    public init(root: String, quietMs: Int = 200, maxDelayMs: Int = 1000,
                handler: @escaping @Sendable (Event) -> Void) throws {
        self.root = root
        self.quietMs = quietMs
        self.maxDelayMs = maxDelayMs
        self.handler = handler
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw WatchError(message: "cannot watch the vault: \(String(cString: strerror(errno)))") }
    }

    deinit {
        // A started watcher lives until its thread ends (the thread holds it) and closes `fd`.
        if !started { close(fd) }
    }

    /// Adds the watches and starts reporting, on a thread of its own. Returns at once; changes
    /// made before the watches are in place may be missed (`waitUntilWatching` tells when).
    public func start() {
        started = true
        Thread.detachNewThread { [self] in
            addTree("")
            watching.open()
            run()
            close(fd)
        }
    }

    /// Blocks until `start`'s thread has put a watch on every folder of the vault, so every
    /// change made afterwards is reported; false if that has not happened within `seconds`
    /// (or `start` was never called). For callers that must not miss the first change, such
    /// as tests, instead of sleeping and hoping the thread got there.
    @discardableResult
    public func waitUntilWatching(timeout seconds: Double) -> Bool {
        watching.wait(timeout: seconds)
    }

    /// Stops the thread (within a quarter second); nothing is reported afterwards.
    public func stop() { stopped.withLock { $0 = true } }

    private static let mask: UInt32 = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB)
        | UInt32(IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Watches `rel` and every non-hidden folder under it (symlinked folders once).
    private func addTree(_ rel: String) {
        var stack = [rel]
        var visited = Set<[UInt64]>()
        while let dir = stack.popLast() {
            let abs = dir.isEmpty ? root : root + "/" + dir
            var st = stat()
            guard stat(abs, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR,
                  visited.insert([UInt64(st.st_dev), UInt64(st.st_ino)]).inserted else { continue }
            let wd = inotify_add_watch(fd, abs, Self.mask)
            if wd < 0 {
                if errno == ENOSPC, !warnedLimit {
                    warnedLimit = true
                    handler(.warning("inotify watch limit reached: live reload misses some folders (R re-indexes; raise fs.inotify.max_user_watches)"))
                }
                continue
            }
            folders[wd] = dir
            guard let d = opendir(abs) else { continue }
            while let e = readdir(d) {
                let name = String(cString: directoryEntryName(e))
                guard name.utf8.first != 0x2E else { continue }
                let type = e.pointee.d_type
                if type == UInt8(DT_DIR) || type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) {
                    stack.append(dir.isEmpty ? name : dir + "/" + name)
                }
            }
            closedir(d)
        }
    }

    /// Drops the watches of `rel` and every folder under it (it moved away).
    private func removeTree(_ rel: String) {
        for (wd, dir) in folders where dir == rel || dir.hasPrefix(rel + "/") {
            inotify_rm_watch(fd, wd)
            folders[wd] = nil
        }
    }

    private func run() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !stopped.current {
            var timeout = 250
            if !pending.isEmpty {
                let now = Self.nowMs()
                let dueQuiet = Int(lastEvent) + quietMs - Int(now)
                let dueMax = Int(firstPending) + maxDelayMs - Int(now)
                let due = min(dueQuiet, dueMax)
                if due <= 0 { flush(); continue }
                timeout = min(timeout, due)
            }
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&p, 1, Int32(timeout))
            guard ready > 0 else { continue }
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { continue }
            buffer.withUnsafeBytes { parse($0.baseAddress!, count: n) }
        }
    }

    private func parse(_ base: UnsafeRawPointer, count: Int) {
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let wd = base.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = base.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let length = Int(base.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            var name = ""
            if length > 0 {
                let p = (base + offset + header).assumingMemoryBound(to: CChar.self)
                name = String(cString: p)
            }
            offset += header + length
            handle(wd: wd, mask: mask, name: name)
        }
    }

    private func handle(wd: Int32, mask: UInt32, name: String) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            pending.removeAll()
            if !stopped.current { handler(.rescan) }
            return
        }
        guard let dir = folders[wd] else { return }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[wd] = nil
            return
        }
        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
            // The vault folder itself went away or moved: only a full re-index can say what is left.
            if dir.isEmpty, !stopped.current { handler(.rescan) }
            return
        }
        guard !name.isEmpty, !Self.isIgnored(name) else { return }
        let rel = dir.isEmpty ? name : dir + "/" + name
        if mask & UInt32(IN_ISDIR) != 0 {
            if mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 { removeTree(rel) }
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(rel) }
        }
        let now = Self.nowMs()
        if pending.isEmpty { firstPending = now }
        lastEvent = now
        pending.insert(rel)
    }

    private func flush() {
        let batch = pending.sorted()
        pending.removeAll()
        if !stopped.current { handler(.changed(batch)) }
    }

    /// Hidden files (vim's `.x.swp`, emacs' `.#x`), backups (`x~`), emacs autosaves (`#x#`),
    /// vim's write test file `4913` and `.swp`/`.tmp` leftovers: never notes, and gone soon.
    static func isIgnored(_ name: String) -> Bool {
        if name.utf8.first == 0x2E || name.hasSuffix("~") || name == "4913" { return true }
        if name.hasPrefix("#"), name.hasSuffix("#") { return true }
        let lower = name.lowercased()
        return [".swp", ".swx", ".swo", ".tmp", ".kate-swp"].contains { lower.hasSuffix($0) }
    }

    private static func nowMs() -> UInt64 { DispatchTime.now().uptimeNanoseconds / 1_000_000 }
}

/// Why a watcher could not start.
public struct WatchError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// A gate that opens once and stays open; any number of threads can wait for it.
private final class Latch: @unchecked Sendable {
    private let condition = NSCondition()
    private var isOpen = false

    func open() {
        condition.lock()
        isOpen = true
        condition.broadcast()
        condition.unlock()
    }

    /// True once open; false when `seconds` pass first.
    func wait(timeout seconds: Double) -> Bool {
        let limit = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, seconds) * 1e9)
        condition.lock()
        defer { condition.unlock() }
        while !isOpen {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < limit else { return false }
            // NSCondition waits until a wall-clock date; the limit itself is kept on the
            // monotonic clock so a clock change cannot stretch or cut the wait.
            _ = condition.wait(until: Date(timeIntervalSinceNow: Double(limit - now) / 1e9))
        }
        return true
    }
}
#endif
