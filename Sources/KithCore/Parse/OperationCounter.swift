/// Counts the steps of kith's parsers and renderers, so that tests can show they are linear
/// (the count at 8N within ~8–10× the count at N) without timing anything.
///
/// Off unless a test turns it on: a tick is then one untaken branch. Loops tick once with the
/// number of bytes or items they passed over, not once per byte. Not thread-safe by design:
/// a test counts one parse or render at a time on one thread.
public enum OperationCounter {
    nonisolated(unsafe) public static var isEnabled = false
    nonisolated(unsafe) public private(set) static var count = 0

    /// Runs `body` with counting on and returns how many steps it took.
    public static func measure(_ body: () -> Void) -> Int {
        let wasEnabled = isEnabled
        isEnabled = true
        count = 0
        body()
        isEnabled = wasEnabled
        return count
    }

    /// Adds `n` steps (loops pass the number of bytes or items they went over).
    @inline(__always)
    public static func tick(_ n: Int = 1) {
        if isEnabled { count &+= max(n, 1) }
    }
}
