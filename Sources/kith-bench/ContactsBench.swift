import Foundation
import KithCore

/// `kith-bench contacts VAULT NAME [TODAY]`: the contact questions a card and `kith show` ask, for
/// one person (the vault's owner, linked from nearly every transcript, is the hard case) and
/// for the median person: milliseconds per call, in process, on the loaded index.
func contacts(_ vault: String, name: String, today: CalendarDate) throws {
    let index = try VaultLoader.load(root: vault)
    guard case .found(let path) = index.lookup(name) else {
        FileHandle.standardError.write(Data("kith-bench: no note named \(name)\n".utf8))
        exit(2)
    }
    func timed(_ runs: Int = 5, _ body: () -> Int) -> (ms: Double, count: Int) {
        var best = Double.infinity, count = 0
        for _ in 0..<runs {
            let a = now()
            count = body()
            best = min(best, now() - a)
        }
        return (best, count)
    }
    let interactions = timed { index.interactions(of: path).count }
    let co = timed { index.coAttendees(of: path).count }
    let last = timed { index.lastContact(of: path, today: today) == nil ? 0 : 1 }
    let upcoming = timed { index.upcoming(of: path, after: today).count }
    let sources = index.timeline.compactMap(\.target).prefix(2000)
    let participants = timed(3) { Set(sources).reduce(0) { $0 + index.participants(of: $1).count } }
    let people = timed(3) { index.people(sortedBy: .recent, policy: ContactPolicy(), today: today).count }
    let due = timed(3) { index.duePeople(policy: ContactPolicy(), today: today).count }
    let others = index.people.map(\.path).filter { $0 != path }
    let median = others.sorted { index.interactions(of: $0).count < index.interactions(of: $1).count }[others.count / 2]
    let coMedian = timed { index.coAttendees(of: median).count }
    emit([("person", path), ("owner", index.owner ?? "-"),
          ("interactions", interactions.count), ("interactions_ms", interactions.ms),
          ("co_attendees", co.count), ("co_attendees_ms", co.ms), ("last_contact_ms", last.ms),
          ("upcoming_ms", upcoming.ms), ("participants_calls", Set(sources).count), ("participants_ms", participants.ms),
          ("people_sorted_ms", people.ms), ("due_ms", due.ms), ("median_person_co_attendees_ms", coMedian.ms)])
}
