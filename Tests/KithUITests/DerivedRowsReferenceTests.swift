import Foundation
@testable import KithCore
import XCTest
@testable import KithUI

/// The list rows `DerivedRows` builds from positions and keys computed once (Recent by day and
/// by meeting with its Upcoming and Due groups, People in every sort, Meetings) equal a
/// straightforward construction from the index's own answers (every interaction copied, every
/// person sorted by `people(sortedBy:)`, every transcript by `transcripts`) on the fixtures and
/// on random vaults with busy days, shared meetings, an owner, accents, undated and future
/// interactions; and the screens `m` and `s` show are those of the eager rows.
final class DerivedRowsReferenceTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    func testFixturesRowsEqualTheStraightforwardConstruction() throws {
        var meetingsSeen = 0
        for name in ["SampleVault", "RealWorldVault", "SeedVault"] {
            let index = try VaultLoader.load(root: Self.fixtures.appendingPathComponent(name).path)
            for today in [CalendarDate(year: 2026, month: 11, day: 25)!, CalendarDate(year: 2025, month: 3, day: 1)!] {
                for policy in [ContactPolicy(), ContactPolicy(staleDays: 14, tagCadences: ["leadership": 7])] {
                    meetingsSeen += assertReference(index, policy: policy, today: today, "\(name) \(today)")
                }
            }
        }
        XCTAssertGreaterThan(meetingsSeen, 0, "the fixtures have meetings shared on a day")
    }

    func testRandomVaultsRowsEqualTheStraightforwardConstruction() {
        var meetingsSeen = 0, busyDays = 0
        for seed in UInt64(1)...8 {
            var vault = BusyVault(seed: seed)
            let index = vault.index()
            busyDays += Dictionary(grouping: index.timeline, by: \.date).values.filter { $0.count > DerivedRows.pairwiseLimit }.count
            let today = CalendarDate(year: 2025, month: 6, day: 10)!
            meetingsSeen += assertReference(index, policy: ContactPolicy(staleDays: 30, tagCadences: ["team": 7]),
                                            today: today, "seed \(seed)")
        }
        XCTAssertGreaterThan(meetingsSeen, 20, "meetings were grouped")
        XCTAssertGreaterThan(busyDays, 0, "days went through the table, not only pairwise")
    }

    /// `m` and `s` show what rows built with every sort and grouping show (the browser's rows
    /// come built in the background; a state that builds its own builds only the shown sort).
    func testGroupingAndSortKeysShowTheEagerRows() {
        var vault = BusyVault(seed: 5)
        let index = vault.index()
        let today = CalendarDate(year: 2025, month: 6, day: 10)!
        let rows = DerivedRows(index: index, policy: ContactPolicy(), today: today)
        for (cols, height) in [(80, 24), (200, 60)] {
            let (start, _) = AppState.start(vaultName: "~/v", today: today, cols: cols, rows: height)
            var built = KithApp.update(start, .indexLoaded(index, rows: rows)).0
            var own = KithApp.update(start, .indexLoaded(index)).0
            for keys in [[Key.char("2")], [.char("m")], [.char("j"), .char("j"), .char("j")], [.char("m")], [.char("m"), .char("G")],
                         [.char("1")], [.char("s")], [.char("s")], [.char("j")], [.char("s")]] {
                built = built.press(keys)
                own = own.press(keys)
                XCTAssertEqual(KithApp.render(built).text, KithApp.render(own).text, "\(keys) at \(cols)x\(height)")
                XCTAssertEqual(built.recentRows, own.recentRows)
                XCTAssertEqual(built.peoplePaths, own.peoplePaths)
            }
        }
    }

    /// Asserts every list equals the reference; returns how many meeting headers it saw.
    @discardableResult
    func assertReference(_ index: VaultIndex, policy: ContactPolicy, today: CalendarDate, _ what: String,
                         file: StaticString = #filePath, line: UInt = #line) -> Int {
        let rows = DerivedRows(index: index, policy: policy, today: today)
        for sort in PeopleSort.allCases {
            XCTAssertEqual(rows.people[sort], index.people(sortedBy: sort, policy: policy, today: today).map(\.path),
                           "\(what): \(sort)", file: file, line: line)
        }
        let due = index.people(sortedBy: .stale, policy: policy, today: today).map(\.path).filter {
            index.isDue($0, policy: policy, today: today) && index.lastContact(of: $0, today: today) != nil
        }
        XCTAssertEqual(rows.due, due, "\(what): due", file: file, line: line)
        var seen = 0
        for limit in [DerivedRows.pairwiseLimit, 0, .max] {
            let (days, grouped) = Reference.timelineRows(index, today: today, pairwiseLimit: limit)
            let built = DerivedRows.timelineRows(index, today: today, pairwiseLimit: limit)
            XCTAssertEqual(Array(built.days), days, "\(what): by day", file: file, line: line)
            XCTAssertEqual(Array(built.grouped), grouped, "\(what): by meeting, pairwise up to \(limit)", file: file, line: line)
            XCTAssertEqual(built.days.interactionCount, days.filter { $0.interaction != nil }.count, file: file, line: line)
            XCTAssertEqual(built.grouped.interactionCount, grouped.filter { $0.interaction != nil }.count, file: file, line: line)
            if limit == DerivedRows.pairwiseLimit {
                let top = DerivedRows.upcomingRows(index, policy: policy, today: today) + DerivedRows.dueRows(due, showing: DerivedRows.dueLimit)
                XCTAssertEqual(Array(rows.recent), top + days, "\(what): Recent", file: file, line: line)
                XCTAssertEqual(Array(rows.recentByMeeting), top + grouped, "\(what): Recent by meeting", file: file, line: line)
                for shown in [DerivedRows.dueLimit, 13, due.count] {
                    let more = DerivedRows.upcomingRows(index, policy: policy, today: today) + DerivedRows.dueRows(due, showing: shown)
                    XCTAssertEqual(Array(rows.recent(showingDue: shown, byMeeting: true)), more + grouped,
                                   "\(what): Due showing \(shown)", file: file, line: line)
                }
                seen = grouped.filter { if case .meeting = $0 { return true } else { return false } }.count
                // Rows found in place (keeping a selection) are those a walk over the rows finds.
                let shown = rows.recentByMeeting, walked = top + grouped
                for row in walked {
                    switch row {
                    case .item(let i), .member(let i):
                        XCTAssertEqual(shown.firstIndex(whereInteraction: { $0 == i }), walked.firstIndex { $0.interaction == i },
                                       file: file, line: line)
                        // As `m` finds a meeting header's first interaction (a meeting has a path).
                        if let t = i.target {
                            XCTAssertEqual(shown.firstIndex(whereInteraction: { $0.target == t && $0.date == i.date }),
                                           walked.firstIndex { $0.interaction?.target == t && $0.interaction?.date == i.date },
                                           file: file, line: line)
                        }
                    case .meeting(let m):
                        XCTAssertEqual(shown.firstIndex(ofMeeting: m.path), walked.firstIndex {
                            if case .meeting(let n) = $0 { return n.path == m.path } else { return false }
                        }, file: file, line: line)
                    default: break
                    }
                }
                XCTAssertNil(rows.recent.firstIndex(ofMeeting: "Meetings/none.md"), file: file, line: line)
            }
        }
        XCTAssertEqual(rows.meetings, Reference.meetingRows(index), "\(what): meetings", file: file, line: line)
        XCTAssertEqual(rows.peopleWidths, Reference.widths(index), "\(what): column widths", file: file, line: line)
        XCTAssertEqual(rows.organizations, Reference.organizations(index, policy: policy, today: today),
                       "\(what): organizations", file: file, line: line)
        return seen
    }
}

/// The rows as they were built before they referred to the index by position: every
/// interaction copied into its row, every transcript and daily note row sorted by path.
enum Reference {
    static func timelineRows(_ index: VaultIndex, today: CalendarDate, pairwiseLimit: Int) -> (days: [RecentRow], grouped: [RecentRow]) {
        var days: [RecentRow] = [], grouped: [RecentRow] = []
        var day: CalendarDate?? = .none
        var items: [Interaction] = []
        for i in index.timeline where i.date.map({ $0 <= today }) ?? true {
            if day != .some(i.date) {
                byMeeting(items, index, into: &grouped, pairwiseLimit: pairwiseLimit)
                items.removeAll()
                days.append(.day(i.date))
                grouped.append(.day(i.date))
                day = .some(i.date)
            }
            days.append(.item(i))
            items.append(i)
        }
        byMeeting(items, index, into: &grouped, pairwiseLimit: pairwiseLimit)
        return (days, grouped)
    }

    static func byMeeting(_ items: [Interaction], _ index: VaultIndex, into out: inout [RecentRow], pairwiseLimit: Int) {
        var first = Array(items.indices), members = [Int](repeating: 1, count: items.count)
        if items.count > pairwiseLimit {
            var firstOf: [String: Int] = [:]
            for k in items.indices {
                guard let t = items[k].target else { continue }
                if let j = firstOf[t] {
                    first[k] = j
                    members[j] += 1
                } else {
                    firstOf[t] = k
                }
            }
        } else {
            for k in items.indices {
                guard let t = items[k].target else { continue }
                for j in 0..<k where first[j] == j && items[j].target == t {
                    first[k] = j
                    members[j] += 1
                    break
                }
            }
        }
        for k in items.indices where first[k] == k {
            let i = items[k]
            guard let t = i.target, members[k] > 1 else {
                out.append(.item(i))
                continue
            }
            let group = items.indices.filter { first[$0] == k }.map { items[$0] }
            let people = group.compactMap { $0.person == index.owner ? nil : $0.person }
            out.append(.meeting(RecentMeeting(path: t, date: i.date, people: people, isDaily: i.origin == .daily)))
            for m in group { out.append(.member(m)) }
        }
    }

    static func meetingRows(_ index: VaultIndex) -> [MeetingRow] {
        func row(_ n: IndexedNote) -> MeetingRow {
            MeetingRow(path: n.path, date: n.date, name: n.name,
                       source: n.contactSource == .none ? .transcript : n.contactSource,
                       participants: index.participantNames(of: n.path))
        }
        var rows = index.transcripts.map(row)
        for path in index.dailyNotesWithContacts {
            let r = row(index.note(path)!)
            if !r.participants.isEmpty { rows.append(r) }
        }
        return rows.sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (a.source == .daily ? 1 : 0, a.path) < (b.source == .daily ? 1 : 0, b.path)
            }
        }
    }
}

extension Reference {
    static func widths(_ index: VaultIndex) -> DerivedRows.PeopleWidths {
        let names = index.people.map { DisplayWidth.of($0.name) }.sorted()
        let details = index.people.map { DisplayWidth.of(DerivedRows.detail(of: $0)) }.sorted()
        func wanted(_ a: [Int]) -> Int { a.isEmpty ? 0 : min(a[a.count - 1], a[a.count * 98 / 100] + 8) }
        return DerivedRows.PeopleWidths(name: wanted(names), detail: wanted(details))
    }

    /// `VaultIndex.organizations` as it was written before it found its people by position.
    static func organizations(_ index: VaultIndex, policy: ContactPolicy, today: CalendarDate) -> [Organization] {
        var byKey: [String: Int] = [:]
        var orgs: [Organization] = []
        var spellings: [[String: Int]] = []
        func slot(_ key: String, _ name: String) -> Int {
            if let k = byKey[key] { return k }
            byKey[key] = orgs.count
            orgs.append(Organization(name: name, key: key))
            spellings.append([:])
            return orgs.count - 1
        }
        for n in index.notes where n.kind == .organization {
            let k = slot(Organization.key(of: n.name), n.name)
            if orgs[k].note == nil {
                orgs[k].note = n.path
                orgs[k].name = n.name
            }
            for alias in n.aliases {
                let a = Organization.key(of: alias)
                if !a.isEmpty, byKey[a] == nil { byKey[a] = k }
            }
        }
        for n in index.people {
            guard let org = n.profile.organization?.trimmedSpaces, !org.isEmpty else { continue }
            let name = org.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let key = Organization.key(of: name)
            guard !key.isEmpty else { continue }
            let k = slot(key, name)
            orgs[k].people.append(n.path)
            spellings[k][name, default: 0] += 1
            if !index.isOwner(n.path) {
                if let last = index.lastContact(of: n.path, today: today)?.date, orgs[k].lastContact.map({ last > $0 }) ?? true {
                    orgs[k].lastContact = last
                }
                if index.isDue(n.path, policy: policy, today: today) { orgs[k].due += 1 }
            }
        }
        for k in orgs.indices {
            if orgs[k].note == nil, let best = spellings[k].max(by: { a, b in
                a.value != b.value ? a.value < b.value : NameOrder.key(b.key) < NameOrder.key(a.key)
            }) {
                orgs[k].name = best.key
            }
            orgs[k].people = orgs[k].people.map { ($0, NameOrder.key(index.note($0)!.name)) }
                .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
        }
        return OrganizationSort.name.sorted(orgs)
    }
}

/// A random vault with busy days: people (accents, CJK, one the owner, some sharing a name)
/// whose Recent Context points at shared meetings, transcripts and daily notes linking several
/// of them, undated and future entries.
struct BusyVault {
    var state: UInt64
    static let first = ["Ana", "Zoë", "José", "王", "Åsa", "Émile", "Bo", "Liam"]
    static let last = ["Lima", "Ñúñez", "Díaz", "小明", "Berg", "Roy", "Chen"]

    init(seed: UInt64) { state = seed &* 0x9E3779B97F4A7C15 }

    mutating func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }

    mutating func day() -> String { String(format: "2025-%02d-%02d", 4 + next(2), 1 + next(3) * 7) }

    mutating func index() -> VaultIndex {
        var files: [String: String] = [:]
        var names: [String] = []
        for k in 0..<40 {
            // Folders differ, names may repeat: people of one name sort by their order.
            let name = "\(Self.first[next(Self.first.count)]) \(Self.last[next(Self.last.count)])"
            names.append(name)
            _ = k
        }
        let meetings = (0..<12).map { "Meetings/Réunion \($0)" }
        for (k, name) in names.enumerated() {
            var rc: [String] = []
            for _ in 0..<next(12) {
                let when = next(15) == 0 ? "someday" : (next(20) == 0 ? "2025-09-01" : day())
                let link = next(3) == 0 ? "[[\(names[next(names.count)])]]" : "[[\(meetings[next(meetings.count)].split(separator: "/").last!)]]"
                rc.append(when == "someday" ? "- \(link) — talked" : "- \(when): \(link) — talked \(next(50))")
            }
            let owner = k == 0 ? "tags: [me]\n" : (next(3) == 0 ? "tags: [team]\n" : "")
            let cadence = next(4) == 0 ? "cadence: \([3, 30, 200][next(3)])\n" : ""
            let lastContact = next(3) == 0 ? "last_contact: '\(day())'\n" : ""
            let org = next(2) == 0 ? "\n## Profile\n\n**Role**: Lead at \(["Acme", "Fernwood Labs", "Ñandú SA", "fernwood  labs", "ACME", "Ñandu SA"][next(6)])\n" : ""
            files["People/\(k % 3 == 0 ? "Team/" : "")\(name) \(k / 3 % 2 == 0 ? "" : "(\(k))")".trimmingCharacters(in: .whitespaces)
                  + ".md"] = "---\ntype: people\n\(owner)\(cadence)\(lastContact)---\n# \(name)\n\n## Recent Context\n\n"
                + rc.joined(separator: "\n") + "\n" + org
        }
        for m in meetings {
            let links = (0..<(2 + next(5))).map { _ in "[[\(names[next(names.count)])]]" }.joined(separator: " ")
            files[m + ".md"] = "---\ntype: transcript\ndate: \(next(6) == 0 ? "2025-09-02" : day())\n---\n# Meeting\n\n- \(links)\n"
        }
        files["Organizations/Acme.md"] = "---\ntype: organization\naliases: [Ñandu SA]\n---\n# Acme\n"
        for _ in 0..<4 {
            let links = (0..<(1 + next(3))).map { _ in "[[\(names[next(names.count)])]]" }.joined(separator: " and ")
            files["Daily/\(day()).md"] = "# Day\n\n- Lunch with \(links)\n"
        }
        return VaultIndex(root: "/vault", parsed: files.keys.sorted().map { NoteParser.parse(path: $0, bytes: Array(files[$0]!.utf8)) })
    }
}
