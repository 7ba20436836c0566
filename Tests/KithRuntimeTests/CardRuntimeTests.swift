import Foundation
import KithCore
import KithUI
import XCTest

@testable import KithRuntime

/// Cards built by the runtime off the UI thread, with the fake watcher: the UI gets a
/// placeholder at once and the card later, with no key; a return is served from what was
/// kept; an edit refreshes the showing card, its mentions carried over rather than searched.
final class CardRuntimeTests: XCTestCase {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!
    var vault: ScratchVault!
    let sink = RecordingSink()
    let watching = FakeWatching()

    override func setUpWithError() throws {
        vault = try ScratchVault()
        // Jason is linked and named in 40 meetings: more than a card lists of each.
        try vault.write("People/Jason Vallery.md", "---\nlast_contact: 2026-11-24\n---\n# Jason Vallery\n")
        for i in 0..<40 {
            try vault.write("Notes/Meeting \(100 + i).md", "# Meeting \(i)\n\nWith [[Jason Vallery]].\nJason Vallery spoke.\n")
        }
    }

    override func tearDown() { vault.remove() }

    /// The browser's runtime; `waitMs` 0: the UI never waits for a card (the placeholder
    /// always shows first). `inline`: mentions searched with the card up to this many notes.
    func runtime(inline: Int = 1_500) -> (LiveIndex, EffectRunner) {
        let live = LiveIndex(root: vault.root, classifier: .standard, policy: ContactPolicy(), today: Self.today,
                             sink: sink, watching: watching)
        live.cards.inlineCandidates = inline
        let runner = EffectRunner(vaultRoot: vault.root, live: live, host: FakeHost(), sink: sink, cardWaitMs: 0)
        return (live, runner)
    }

    /// The browser's start, with cards built in the background.
    func started(_ live: LiveIndex, _ runner: EffectRunner) -> AppState {
        var (s, effects) = AppState.start(vaultName: "v", today: Self.today, cols: 120, rows: 40)
        s.buildsCardsInBackground = true
        for e in effects { _ = runner.perform(e, in: s) }
        live.settle()
        return deliver(to: s, runner)
    }

    /// What the run loop does with the mailbox: every posted action through update.
    func deliver(to state: AppState, _ runner: EffectRunner) -> AppState {
        sink.drain().reduce(state) { runner.dispatch($1, to: $0) }
    }

    func card(_ s: AppState) -> String { KithApp.render(s).text }

    func testThePlaceholderComesFirstAndTheCardLaterWithoutAKey() {
        let (live, runner) = runtime()
        var s = started(live, runner)
        XCTAssertEqual(s.nav.person, "People/Jason Vallery.md")
        XCTAssertTrue(card(s).contains("loading card…"), card(s))
        live.cards.settle()
        s = deliver(to: s, runner)
        XCTAssertFalse(card(s).contains("loading card…"))
        XCTAssertTrue(s.currentDocument?.lines.contains { $0.text == "Backlinks (40)" } ?? false, card(s))
        XCTAssertTrue(s.currentDocument?.lines.contains { $0.text == "Unlinked mentions (40)" } ?? false)
    }

    func testAHeavyCardShowsBeforeItsMentionsAreFound() {
        let (live, runner) = runtime(inline: 0)
        var s = started(live, runner)
        live.cards.settle()
        let posted = sink.drain()
        let builds = posted.compactMap { a -> CardBuild? in if case .cardBuilt(let b) = a { return b } else { return nil } }
        XCTAssertEqual(builds.map(\.isComplete), [false, true], "first searching, then complete")
        s = runner.dispatch(.cardBuilt(builds[0]), to: s)
        XCTAssertTrue(s.currentDocument?.lines.contains { $0.text == "Unlinked mentions (…)" } ?? false)
        s = runner.dispatch(.cardBuilt(builds[1]), to: s)
        XCTAssertTrue(s.currentDocument?.lines.contains { $0.text == "Unlinked mentions (40)" } ?? false)
    }

    func testAReturnIsServedFromTheKeptCardAndItsMentions() {
        let (live, runner) = runtime()
        var s = started(live, runner)
        live.cards.settle()
        s = deliver(to: s, runner)
        s = runner.dispatch(.key(.char("j")), to: s)
        XCTAssertNotEqual(s.nav.person, "People/Jason Vallery.md")
        XCTAssertTrue(card(s).contains("loading card…"))
        live.cards.settle()
        s = deliver(to: s, runner)
        s = runner.dispatch(.key(.char("k")), to: s)
        XCTAssertEqual(s.nav.person, "People/Jason Vallery.md")
        XCTAssertFalse(card(s).contains("loading card…"), "kept: drawn at once, nothing asked")
        live.cards.settle()
        XCTAssertTrue(sink.drain().isEmpty)
    }

    func testAnEditRefreshesTheShowingCardWithItsMentionsCarriedOver() throws {
        let (live, runner) = runtime(inline: 0)
        var s = started(live, runner)
        live.startWatching()
        live.cards.settle()
        s = deliver(to: s, runner)
        XCTAssertTrue(s.currentDocument?.lines.contains { $0.text == "Unlinked mentions (40)" } ?? false)
        try vault.write("Notes/Meeting 100.md", "# Meeting 0\n\nNo one came.\n")
        try vault.write("Notes/Extra.md", "# Extra\n\nJason Vallery again.\n")
        watching.emit(.changed(["Notes/Meeting 100.md", "Notes/Extra.md"]))
        live.settle()
        let posted = sink.drain()
        guard case .indexUpdated(_, _, _, let views?, _)? = posted.last else { return XCTFail("\(posted)") }
        XCTAssertTrue(views.lists(of: "People/Jason Vallery.md")?.isComplete ?? false,
                      "the card came with the update, its mentions carried over, not searched")
        s = posted.reduce(s) { runner.dispatch($1, to: $0) }
        let lines = s.currentDocument?.lines.map(\.text) ?? []
        XCTAssertTrue(lines.contains("Backlinks (39)"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains("Unlinked mentions (40)"), "one meeting lost him, a new note names him")
        live.cards.settle()
        XCTAssertTrue(sink.drain().isEmpty, "nothing more to build")
        live.stop()
    }

    func testTheUIWaitsBrieflyForAQuickCardSoItShowsInTheSameFrame() {
        let live = LiveIndex(root: vault.root, classifier: .standard, policy: ContactPolicy(), today: Self.today,
                             sink: sink, watching: watching)
        // A generous wait: this small card is done long before it ends, even on a loaded machine.
        let runner = EffectRunner(vaultRoot: vault.root, live: live, host: FakeHost(), sink: sink, cardWaitMs: 10_000)
        var (s, effects) = AppState.start(vaultName: "v", today: Self.today, cols: 120, rows: 40)
        s.buildsCardsInBackground = true
        for e in effects { _ = runner.perform(e, in: s) }
        live.settle()
        s = deliver(to: s, runner)
        XCTAssertFalse(card(s).contains("loading card…"), card(s))
        XCTAssertTrue(s.currentDocument?.lines.contains { $0.text == "Unlinked mentions (40)" } ?? false)
    }
}
