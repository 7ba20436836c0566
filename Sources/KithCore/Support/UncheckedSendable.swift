/// A value shared with `Parallel` workers that Swift cannot prove safe to share: a buffer the
/// workers write into, or raw memory (a mapped snapshot file) they only read.
///
/// Safe where it is used because every worker writes only its own, disjoint slots (indices no
/// other worker touches), shared inputs are only read, and the caller reads the slots only
/// after the parallel call has returned (which waits for every worker), while it keeps the
/// memory alive. Anything else (two workers writing one slot, a read during the work) is a race.
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
