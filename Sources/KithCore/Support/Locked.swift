import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A value shared between threads behind a lock: the one lock style of kith (waits use
/// `NSCondition`; signal handlers use atomics).
///
/// A pthread mutex rather than `Synchronization.Mutex`: ThreadSanitizer does not see the
/// latter's futex on Linux and reported its (correct) locking as a race, which would hide a
/// real one.
public final class Locked<Value> {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t> = {
        let m = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(m, nil)
        return m
    }()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Runs `body` with the value, holding the lock; keep it short and never call out.
    @discardableResult
    public func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }

    /// The value now (a copy).
    public var current: Value { withLock { $0 } }
}

extension Locked: @unchecked Sendable where Value: Sendable {}
