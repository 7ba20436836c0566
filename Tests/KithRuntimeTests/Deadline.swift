/// A time limit for waiting on a condition, read from the monotonic clock: it measures how
/// long a test has waited, never what day it is (`ClockReadTests` keeps calendar reads out).
struct Deadline {
    private let end: ContinuousClock.Instant

    init(seconds: Double) {
        end = ContinuousClock.now.advanced(by: .milliseconds(Int(seconds * 1000)))
    }

    /// Whether the time is up.
    var passed: Bool { ContinuousClock.now >= end }
}
