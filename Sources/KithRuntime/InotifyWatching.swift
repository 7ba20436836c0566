import KithCore

/// The real watcher: `VaultWatcher` (inotify) on Linux; elsewhere watching is unavailable and
/// `R` is the way to see changes.
public struct InotifyWatching: VaultWatching {
    public init() {}

    public func watch(root: String, handler: @escaping @Sendable (WatchEvent) -> Void) throws -> WatchHandle {
        #if os(Linux)
        let watcher = try VaultWatcher(root: root) { event in
            switch event {
            case .changed(let paths): handler(.changed(paths))
            case .rescan: handler(.rescan)
            case .warning(let text): handler(.warning(text))
            }
        }
        watcher.start()
        return Handle(watcher: watcher)
        #else
        throw WatchUnavailable()
        #endif
    }

    #if os(Linux)
    private final class Handle: WatchHandle {
        let watcher: VaultWatcher
        init(watcher: VaultWatcher) { self.watcher = watcher }
        func stop() { watcher.stop() }
    }
    #endif

    struct WatchUnavailable: Error, CustomStringConvertible {
        var description: String { "this system has no inotify (R re-indexes)" }
    }
}
