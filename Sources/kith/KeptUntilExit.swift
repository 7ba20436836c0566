import Foundation

/// Values a command keeps until the process exits: freeing an index of 10,000 notes object by
/// object took about a tenth of a warm `kith people --json` (perf), and the kernel takes the
/// whole heap back at exit anyway.
enum KeptUntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ value: Any) {
        lock.lock()
        kept.append(value)
        lock.unlock()
    }
}
