import Foundation

/// Work started on a thread of its own, its result waited for when needed (a dedicated
/// thread, not a dispatch queue: it runs even while `Parallel` keeps every pool thread busy).
public final class BackgroundResult<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<Value, Error>?

    /// Starts `work` now.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            let outcome = Result { try work() }
            condition.lock()
            result = outcome
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    /// The work's value (or what it threw), once it has finished.
    public func value() throws -> Value {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return try result!.get()
    }
}
