import Foundation
import KithCore

extension DerivedRows {
    /// The Recent view's days: a header per day and its interactions, newest first, up to
    /// today (later ones are upcoming, not contacts); and the same with each day's
    /// interactions of one meeting under a header naming it and its people. A meeting only
    /// one person's interaction points at that day stays a plain row.
    /// Rows are positions in the index's timeline, not copies of its interactions (a large
    /// vault has hundreds of thousands; the view draws a screenful).
    /// `pairwiseLimit`: see `byMeeting`.
    public static func timelineRows(_ index: VaultIndex, today: CalendarDate, pairwiseLimit: Int = DerivedRows.pairwiseLimit)
        -> (days: RecentRows, grouped: RecentRows) {
        let list = index.timelineList
        var days: [UInt32] = [], grouped: [UInt32] = []
        days.reserveCapacity(list.count + 400)
        grouped.reserveCapacity(list.count + 800)
        var day: CalendarDate?? = .none
        var positions: [Int] = [], targets: [String?] = []
        var interactions = 0
        list.forEachChunk { start, items in
            for k in items.indices {
                let date = items[k].date
                if let d = date, d > today { continue }
                let p = start + k
                if day != .some(date) {
                    byMeeting(targets, at: positions, into: &grouped, pairwiseLimit: pairwiseLimit)
                    positions.removeAll(keepingCapacity: true)
                    targets.removeAll(keepingCapacity: true)
                    days.append(TimelineRows.code(.day, p))
                    grouped.append(TimelineRows.code(.day, p))
                    day = .some(date)
                }
                days.append(TimelineRows.code(.item, p))
                positions.append(p)
                targets.append(items[k].target)
                interactions += 1
            }
        }
        byMeeting(targets, at: positions, into: &grouped, pairwiseLimit: pairwiseLimit)
        let owner = index.owner
        return (RecentRows(top: [], days: TimelineRows(list: list, codes: days, owner: owner, interactions: interactions)),
                RecentRows(top: [], days: TimelineRows(list: list, codes: grouped, owner: owner, interactions: interactions)))
    }

    /// One day's interactions (their timeline `positions` and `targets`) with those of a
    /// shared meeting gathered under its header, where the meeting's first interaction stood.
    /// Targets are compared within the day: pairwise for a few dozen interactions (cheaper
    /// than hashing long paths), through a table for more (a large vault's busy days have
    /// hundreds, and pairs grow with their square).
    static func byMeeting(_ targets: [String?], at positions: [Int], into out: inout [UInt32],
                          pairwiseLimit: Int = DerivedRows.pairwiseLimit) {
        guard targets.count > 1 else { return plain(positions, into: &out) }
        // For each interaction, the first one of the day with the same meeting, and how many
        // share it.
        var first = Array(targets.indices), members = [Int](repeating: 1, count: targets.count)
        var shared = false
        if targets.count > pairwiseLimit {
            var firstOf: [MeetingPath: Int] = [:]
            for k in targets.indices {
                guard let t = targets[k].map(MeetingPath.init) else { continue }
                if let j = firstOf[t] {
                    first[k] = j
                    members[j] += 1
                    shared = true
                } else {
                    firstOf[t] = k
                }
            }
        } else {
            for k in targets.indices {
                guard let t = targets[k] else { continue }
                for j in 0..<k where first[j] == j && targets[j].map({ VaultScanner.sameUTF8($0, t) }) ?? false {
                    first[k] = j
                    members[j] += 1
                    shared = true
                    break
                }
            }
        }
        guard shared else { return plain(positions, into: &out) }
        var group = [[Int]](repeating: [], count: targets.count)
        for k in targets.indices where members[first[k]] > 1 { group[first[k]].append(k) }
        for k in targets.indices where first[k] == k {
            guard members[k] > 1 else {
                out.append(TimelineRows.code(.item, positions[k]))
                continue
            }
            // The header names the meeting and its people from the member rows that follow it.
            out.append(TimelineRows.code(.meeting, positions[k]))
            for m in group[k] { out.append(TimelineRows.code(.member, positions[m])) }
        }
    }

    /// A meeting's path as an interaction's target holds it, compared and hashed by its UTF-8
    /// bytes: targets are paths of the index's notes, one spelling per note, and notes whose
    /// paths `String` would call equal cannot both be in the index (it keys them by path), so
    /// bytes decide as `==` would, without checking Unicode normalization (most of the cost
    /// for paths with accents).
    struct MeetingPath: Hashable {
        var path: String

        static func == (a: MeetingPath, b: MeetingPath) -> Bool { VaultScanner.sameUTF8(a.path, b.path) }

        func hash(into h: inout Hasher) {
            var p = path
            p.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// Most interactions of a day compared pairwise in `byMeeting`.
    public static let pairwiseLimit = 32

    /// One row per interaction.
    private static func plain(_ positions: [Int], into out: inout [UInt32]) {
        for p in positions { out.append(TimelineRows.code(.item, p)) }
    }
}

/// The Recent view's days as positions in the index's timeline (`InteractionList`): each row
/// a kind and the position of its interaction (a day header, the day's first), made into a
/// `RecentRow` when read.
struct TimelineRows: Sendable {
    enum Kind: UInt32 {
        case day = 0, item, member, meeting
    }

    let list: InteractionList
    let codes: [UInt32]
    /// The vault's owner, left out of a meeting header's people.
    let owner: String?
    /// How many rows are interactions (`item` or `member`).
    let interactions: Int

    /// No rows.
    init() {
        list = InteractionList()
        codes = []
        owner = nil
        interactions = 0
    }

    init(list: InteractionList, codes: [UInt32], owner: String?, interactions: Int) {
        self.list = list
        self.codes = codes
        self.owner = owner
        self.interactions = interactions
    }

    private static let positionBits: UInt32 = 30

    static func code(_ kind: Kind, _ position: Int) -> UInt32 {
        kind.rawValue << positionBits | UInt32(position)
    }

    private func kind(_ row: Int) -> Kind { Kind(rawValue: codes[row] >> Self.positionBits)! }
    private func position(_ row: Int) -> Int { Int(codes[row] & (1 << Self.positionBits - 1)) }

    var count: Int { codes.count }

    /// The first `item` or `member` row whose interaction `match` picks.
    func firstRow(whereInteraction match: (Interaction) -> Bool) -> Int? {
        codes.indices.first { r in
            let k = kind(r)
            return (k == .item || k == .member) && match(list[position(r)])
        }
    }

    /// The first meeting header whose meeting note is at `path`.
    func firstMeetingRow(of path: String) -> Int? {
        codes.indices.first { r in kind(r) == .meeting && list[position(r)].target == path }
    }

    subscript(row: Int) -> RecentRow {
        let p = position(row)
        switch kind(row) {
        case .day: return .day(list[p].date)
        case .item: return .item(list[p])
        case .member: return .member(list[p])
        case .meeting:
            var people: [String] = []
            var r = row + 1
            while r < codes.count, kind(r) == .member {
                let person = list[position(r)].person
                if person != owner { people.append(person) }
                r += 1
            }
            let first = list[p]
            return .meeting(RecentMeeting(path: first.target ?? "", date: first.date, people: people,
                                          isDaily: first.origin == .daily))
        }
    }
}
