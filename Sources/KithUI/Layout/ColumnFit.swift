/// Column widths that follow the content: each column gets what its content needs, up to its
/// share of the room while room is short; what is left goes to the columns that still want
/// more, first column first, and then to the last one.
enum ColumnFit {
    /// Widths for columns wanting `natural` cells within `available` cells (gaps excluded).
    /// `shares` caps each column at that fraction of `available` in the first round (1 for no
    /// cap); `minimum` is each column's floor (clipped to what it needs). The widths add up to
    /// `available` exactly (the last column takes any slack) unless the floors need more.
    static func widths(natural: [Int], shares: [Double], minimum: [Int], available: Int) -> [Int] {
        precondition(natural.count == shares.count && natural.count == minimum.count)
        guard !natural.isEmpty else { return [] }
        let room = max(0, available)
        var w = natural.indices.map { i in
            max(min(minimum[i], natural[i]), min(natural[i], Int(Double(room) * shares[i])))
        }
        var left = room - w.reduce(0, +)
        for i in w.indices where left > 0 {
            let more = min(left, natural[i] - w[i])
            if more > 0 {
                w[i] += more
                left -= more
            }
        }
        if left > 0 { w[w.count - 1] += left }
        // Over budget (floors): take back from the last columns first.
        var over = w.reduce(0, +) - room
        for i in w.indices.reversed() where over > 0 {
            let floor = min(minimum[i], natural[i])
            let give = min(over, max(0, w[i] - floor))
            w[i] -= give
            over -= give
        }
        return w
    }
}
