import XCTest
@testable import KithCore

/// A vault that names no owner: the person in most of its meetings and daily notes is
/// suggested, and only when they clearly stand out.
final class OwnerSuggestionTests: XCTestCase {
    static let people: [(String, String)] = ["Jo Self", "Ana Lima", "Ben Cohen", "Zoë Ñúñez"].map {
        ("People/\($0).md", "---\ntype: people\n---\n# \($0)\n")
    }

    /// `meetings` meeting notes, meeting `i` attended by `who(i)`, plus `daily` daily notes
    /// that meet Jo and Ana, plus a note that is no meeting and links everyone.
    static func index(meetings: Int, daily: Int = 0, settings: VaultSettings = VaultSettings(),
                      who: (Int) -> [String]) -> VaultIndex {
        var files = people
        for i in 0..<meetings {
            let links = who(i).map { "[[\($0)]]" }.joined(separator: " and ")
            files.append(("Meetings/2026-0\(1 + i % 9)-1\(i % 10) - Sync \(i).md", "---\ntype: meeting\n---\nWith \(links).\n"))
        }
        for d in 0..<daily {
            files.append(("Daily/2026-10-\(10 + d).md", "met:: [[Jo Self]] and [[Ana Lima]] for lunch\n"))
        }
        files.append(("Notes/Everyone.md", "[[Jo Self]] [[Ana Lima]] [[Ben Cohen]] [[Zoë Ñúñez]]\n"))
        return VaultIndex(root: "/v", parsed: files.map { parseNote($0.1, path: $0.0) }, settings: settings)
    }

    func testThePersonInMostMeetingsAndDailyNotesIsSuggested() throws {
        // Jo is in all 24 meetings and 6 daily notes; Ana in a third of the meetings and the
        // daily notes (14), Ben in another third (8). The note that links everyone is no meeting.
        let index = Self.index(meetings: 24, daily: 6) { i in
            i % 3 == 0 ? ["Jo Self", "Ana Lima"] : i % 3 == 1 ? ["Jo Self", "Ben Cohen"] : ["Jo Self"]
        }
        let s = try XCTUnwrap(index.ownerSuggestion)
        XCTAssertEqual(s, OwnerSuggestion(path: "People/Jo Self.md", name: "Jo Self", sources: 30, total: 30))
    }

    func testNoSuggestionWhenAnOwnerIsNamed() {
        let who: (Int) -> [String] = { _ in ["Jo Self", "Ana Lima"] }
        XCTAssertNotNil(Self.index(meetings: 30, who: { _ in ["Jo Self"] }).ownerSuggestion)
        XCTAssertNil(Self.index(meetings: 30, settings: VaultSettings(owner: "Jo Self"), who: who).ownerSuggestion)
        // Named as someone else: that is the owner, and nobody is suggested in their place.
        XCTAssertNil(Self.index(meetings: 30, settings: VaultSettings(owner: "Zoë Ñúñez"), who: who).ownerSuggestion)
    }

    func testNoSuggestionInAYoungVault() {
        // 19 meetings, all with Jo: too few to tell an owner from a close colleague.
        XCTAssertNil(Self.index(meetings: 19) { _ in ["Jo Self"] }.ownerSuggestion)
        XCTAssertEqual(Self.index(meetings: 20) { _ in ["Jo Self"] }.ownerSuggestion?.sources, 20)
    }

    func testNoSuggestionWhenNobodyClearlyStandsOut() {
        // Jo in every meeting, Ana in more than half of Jo's: either could be the owner.
        XCTAssertNil(Self.index(meetings: 30) { i in i % 2 == 0 || i % 3 == 0 ? ["Jo Self", "Ana Lima"] : ["Jo Self"] }.ownerSuggestion)
        // Two people in every meeting: a tie.
        XCTAssertNil(Self.index(meetings: 30) { _ in ["Jo Self", "Ana Lima"] }.ownerSuggestion)
        // The top person in under half of the meetings.
        XCTAssertNil(Self.index(meetings: 30) { i in i < 14 ? ["Jo Self"] : i % 2 == 0 ? ["Ben Cohen"] : ["Zoë Ñúñez"] }.ownerSuggestion)
        // Exactly half, and the runner-up at exactly half of theirs: still suggested.
        let s = Self.index(meetings: 40) { i in i < 20 ? ["Jo Self"] : i < 30 ? ["Ana Lima"] : ["Ben Cohen"] }.ownerSuggestion
        XCTAssertEqual(s?.name, "Jo Self")
        XCTAssertEqual(s?.total, 40)
    }
}
