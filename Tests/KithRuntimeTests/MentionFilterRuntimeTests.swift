import Foundation
import KithCore
import KithUI
import XCTest

@testable import KithRuntime

/// A large vault's mention filters follow its index (issue 12): the lists, search and cards
/// work as soon as the index is installed, a card's unlinked mentions say "searching…" until
/// the filters arrive, and then fill in with no key pressed.
final class MentionFilterRuntimeTests: XCTestCase {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!
    var vault: ScratchVault!
    let sink = RecordingSink()

    override func setUpWithError() throws {
        vault = try ScratchVault()
        try vault.write("People/Jason Vallery.md", "---\nlast_contact: 2026-11-24\n---\n# Jason Vallery\n")
        try vault.write("People/Ana Lima.md", "---\nlast_contact: 2026-11-20\n---\n# Ana Lima\n")
        for i in 0..<12 {
            try vault.write("Notes/Meeting \(100 + i).md", "# Meeting \(i)\n\nWith [[Jason Vallery]].\nJason Vallery spoke.\n")
        }
    }

    override func tearDown() { vault.remove() }

    /// The browser's runtime with every vault counted large (`inlineMentionNotes` 0), the UI
    /// waiting for quick cards as the browser does.
    func runtime() -> (LiveIndex, EffectRunner) {
        let live = LiveIndex(root: vault.root, classifier: .standard, policy: ContactPolicy(), today: Self.today,
                             sink: sink, watching: FakeWatching())
        live.inlineMentionNotes = 0
        let runner = EffectRunner(vaultRoot: vault.root, live: live, host: FakeHost(), sink: sink, cardWaitMs: 10_000)
        return (live, runner)
    }

    func lines(_ s: AppState) -> [String] { s.currentDocument?.lines.map(\.text) ?? [] }

    func testViewsAndCardsWorkBeforeTheMentionFiltersAndMentionsFollowWithoutAKey() throws {
        let (live, runner) = runtime()
        var (s, effects) = AppState.start(vaultName: "v", today: Self.today, cols: 120, rows: 40)
        s.buildsCardsInBackground = true
        for e in effects { _ = runner.perform(e, in: s) }
        live.settle()
        let posted = sink.drain()
        let loaded = try XCTUnwrap(posted.firstIndex { if case .indexLoaded = $0 { return true } else { return false } })
        let filters = try XCTUnwrap(posted.firstIndex {
            if case .mentionFiltersBuilt = $0 { return true } else { return false }
        })
        XCTAssertLessThan(loaded, filters, "the index is posted before its mention filters")

        // Everything up to the filters: the state the user has while they are built.
        s = posted[...loaded].reduce(s) { runner.dispatch($1, to: $0) }
        XCTAssertTrue(s.search.mentionsPending)
        XCTAssertEqual(s.nav.person, "People/Jason Vallery.md")
        XCTAssertTrue(lines(s).contains("Backlinks (12)"), lines(s).joined(separator: "\n"))
        XCTAssertTrue(lines(s).contains("Unlinked mentions (…)"), lines(s).joined(separator: "\n"))
        XCTAssertTrue(lines(s).contains("searching…"))
        XCTAssertTrue(KithApp.render(s).text.contains("Ana Lima"), "the People list is there")
        var searching = runner.dispatch(.key(.char("/")), to: s)
        for c in "ana" { searching = runner.dispatch(.key(.char(c)), to: searching) }
        guard case .search(let typed)? = searching.overlay else { return XCTFail("no search") }
        XCTAssertEqual(typed.results.first?.path, "People/Ana Lima.md", "search works before the filters")

        // The filters arrive: the showing card is built again with its mentions.
        s = runner.dispatch(posted[filters], to: s)
        XCTAssertFalse(s.search.mentionsPending)
        live.cards.settle()
        s = sink.drain().reduce(s) { runner.dispatch($1, to: $0) }
        XCTAssertTrue(lines(s).contains("Unlinked mentions (12)"), lines(s).joined(separator: "\n"))
        XCTAssertFalse(lines(s).contains("searching…"))
    }

    func testFiltersForAReplacedIndexAreDropped() throws {
        let (live, runner) = runtime()
        var (s, effects) = AppState.start(vaultName: "v", today: Self.today, cols: 120, rows: 40)
        for e in effects { _ = runner.perform(e, in: s) }
        live.settle()
        let first = sink.drain()
        guard case .mentionFiltersBuilt(let stale, let staleIndex)? = first.last else { return XCTFail("\(first)") }
        s = first.dropLast().reduce(s) { runner.dispatch($1, to: $0) }
        try vault.write("Notes/Extra.md", "# Extra\n\nJason Vallery again.\n")
        live.reload()
        live.settle()
        let second = sink.drain()
        s = second.dropLast().reduce(s) { runner.dispatch($1, to: $0) }
        s = runner.dispatch(.mentionFiltersBuilt(stale, for: staleIndex), to: s)
        XCTAssertTrue(s.search.mentionsPending, "the first index's filters do not fit the second")
        s = runner.dispatch(second.last!, to: s)
        XCTAssertFalse(s.search.mentionsPending)
        XCTAssertTrue(lines(s).contains("Unlinked mentions (13)"), lines(s).joined(separator: "\n"))
    }
}
