import Synchronization

/// `LinkResolver.candidates(for:)` of each link target, found once for a whole build and
/// shared by the chunks that describe notes on all cores (each chunk also keeps its own
/// cache, looked in first, without a lock).
///
/// A target is linked from notes all over the vault, and each of the 32 chunks searched again
/// every target it met: at seed10k, 29,406 searches for 11,926 targets (counted), 9 % of a full
/// index's profile; now 11,926. The candidates depend on the target and the resolver alone,
/// so which chunk found them first does not change the index.
final class SharedCandidates: Sendable {
    private let found = Mutex<[String: LinkResolver.Candidates]>([:])

    /// The candidates of `target`, found by `resolver` unless a chunk found them already.
    func candidates(for target: String, in resolver: LinkResolver) -> LinkResolver.Candidates {
        if let hit = found.withLock({ $0[target] }) { return hit }
        // Found outside the lock: two chunks may both search a target, and get the same result.
        let c = resolver.candidates(for: target)
        found.withLock { $0[target] = c }
        return c
    }
}
