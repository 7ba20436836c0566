import Dispatch

/// Lets go of a large value on a background thread: freeing hundreds of thousands of small
/// allocations is work the caller need not wait for.
enum BackgroundRelease {
    /// Takes `value` (the caller's last reference: pass it with `consume`) and drops it on a
    /// background queue. A process that exits first frees nothing, which is as good.
    static func release<T>(_ value: consuming T) {
        let kept = UncheckedSendable(value)
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(kept) {} }
    }
}
