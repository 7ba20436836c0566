import Foundation

/// Work spread over the cores: the one place that calls `concurrentPerform`, and that writes
/// results into per-task slots (each task owns its slot, so the writes need no lock and the
/// results come back in task order).
public enum Parallel {
    /// The cores to spread work over (at least 1).
    public static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// `task(i)` for every `i` in `0..<count`, run concurrently; the results in index order.
    /// One task runs inline (no thread hop): callers pass 1 for inputs too small to split.
    public static func map<T>(_ count: Int, _ task: @Sendable (Int) -> T) -> [T] {
        if count <= 0 { return [] }
        if count == 1 { return [task(0)] }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { i in
                (slots.baseAddress! + i).initialize(to: task(i))
            }
            initialized = count
        }
    }

    /// `task(i)` for every `i` in `0..<count`, the indices taken in contiguous batches of
    /// `batch` (one concurrent task per batch: per-index work too small to be worth a task of its
    /// own); the results in index order. `finished(n)` runs after each batch, with its size (for
    /// progress). A single batch runs inline.
    public static func map<T>(_ count: Int, batch: Int, _ task: @Sendable (Int) -> T,
                              finished: (@Sendable (Int) -> Void)? = nil) -> [T] {
        if count <= 0 { return [] }
        let batch = max(1, batch)
        let batches = (count + batch - 1) / batch
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let slots = buffer
            if batches == 1 {
                for i in 0..<count { (slots.baseAddress! + i).initialize(to: task(i)) }
                finished?(count)
            } else {
                DispatchQueue.concurrentPerform(iterations: batches) { b in
                    let lo = b * batch, hi = min(count, lo + batch)
                    for i in lo..<hi { (slots.baseAddress! + i).initialize(to: task(i)) }
                    finished?(hi - lo)
                }
            }
            initialized = count
        }
    }

    /// `task(range)` for each of the `parts` ranges that split `0..<count` (see `ranges`), run
    /// concurrently; the results in range order.
    public static func chunks<T>(of count: Int, into parts: Int, _ task: @Sendable (Range<Int>) -> T) -> [T] {
        let pieces = ranges(count, parts: parts)
        return map(pieces.count) { task(pieces[$0]) }
    }

    /// The `parts` ranges that split `0..<count` into nearly equal, contiguous pieces (fewer
    /// when `count` is smaller), in order.
    public static func ranges(_ count: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, count))
        guard count > 0 else { return [] }
        return (0..<parts).map { p in (p * count / parts)..<((p + 1) * count / parts) }
    }
}
