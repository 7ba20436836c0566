import Foundation

/// Work started on a thread of its own, its result waited for when needed (a dedicated
/// thread, not a dispatch queue: it runs even while `Parallel` keeps every pool thread busy).
///
/// The work never outlives its owner: releasing a `BackgroundResult` whose value was never
/// asked for (its caller threw first) waits for the work to end. A decoder that threw while
/// its lookups still ran left them building from a snapshot that was gone, and what they
/// built leaked (FuzzSnapshot, LeakSanitizer).
public final class BackgroundResult<Value>: @unchecked Sendable {
    /// Where the thread leaves its outcome: the thread holds this, not the owner, so the
    /// owner can be released (and wait) while the work runs.
    private final class Outcome: @unchecked Sendable {
        let condition = NSCondition()
        var result: Result<Value, Error>?

        func set(_ r: Result<Value, Error>) {
            condition.lock()
            result = r
            condition.broadcast()
            condition.unlock()
        }

        func wait() -> Result<Value, Error> {
            condition.lock()
            defer { condition.unlock() }
            while result == nil { condition.wait() }
            return result!
        }
    }

    private let outcome = Outcome()

    /// Starts `work` now.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        let outcome = self.outcome
        Thread { outcome.set(Result { try work() }) }.start()
    }

    /// The work's value (or what it threw), once it has finished.
    public func value() throws -> Value { try outcome.wait().get() }

    deinit { _ = outcome.wait() }
}
