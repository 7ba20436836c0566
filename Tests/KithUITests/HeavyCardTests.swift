import KithCore
import XCTest
@testable import KithUI

/// Cards built off the UI thread: asked of the runtime, drawn as "loading card…" until they
/// arrive, kept for a quick return, dropped when stale; and a section's "… N more" opening
/// its full list.
final class HeavyCardTests: XCTestCase {
    func screen(_ s: AppState) -> String { KithApp.render(s).text }

    func testACardIsAskedForDrawnLoadingThenArrivesSearchingItsMentionsThenComplete() throws {
        var (s, effects) = HeavyVault.state(background: true)
        XCTAssertEqual(s.nav.person, HeavyVault.jason)
        guard case .buildCard(let key)? = effects.first else { return XCTFail("no card asked for: \(effects)") }
        XCTAssertEqual(key, s.docKey)
        XCTAssertTrue(screen(s).contains("loading card…"), screen(s))
        XCTAssertTrue(screen(s).contains("┌ Jason Vallery "), "the box is titled while the card loads")
        XCTAssertTrue(KithApp.update(s, .tick(at: 1)).1.isEmpty, "asked once, not on every update")

        // First the card with its mentions still being searched…
        var next: [Effect]
        (s, next) = KithApp.update(s, .cardBuilt(HeavyVault.build(key, for: s, mentions: .pending(candidates: 60))))
        XCTAssertTrue(next.isEmpty, "the complete card is on its way; not asked again")
        XCTAssertFalse(screen(s).contains("loading card…"))
        s = s.press(.tab, .char("G"))
        let doc = try XCTUnwrap(s.currentDocument)
        XCTAssertTrue(doc.lines.contains { $0.text == "Unlinked mentions (…)" }, doc.lines.map(\.text).joined(separator: "\n"))
        XCTAssertTrue(doc.lines.contains { $0.text == "searching 60 notes…" })
        XCTAssertTrue(doc.lines.contains { $0.text == "Backlinks (60)" }, "every other section is there at once")
        // …then complete, the cursor left where it was.
        let cursor = s.nav.card
        s = KithApp.update(s, .cardBuilt(HeavyVault.build(key, for: s, mentions: .search(nil)))).0
        let complete = try XCTUnwrap(s.currentDocument)
        XCTAssertTrue(complete.lines.contains { $0.text == "Unlinked mentions (120)" })
        XCTAssertTrue(complete.lines.contains { $0.text == "  … 95 more" })
        XCTAssertEqual(s.nav.card.item, cursor.item)
    }

    func testACardFocusedWhileLoadingGetsItsFirstLinkWhenItArrives() {
        var (s, _) = HeavyVault.state(background: true)
        s = s.press(.tab)
        XCTAssertNil(s.nav.card.item)
        let key = s.docKey!
        s = KithApp.update(s, .cardBuilt(HeavyVault.build(key, for: s, mentions: .search(nil)))).0
        XCTAssertEqual(s.nav.card.item, 0)
    }

    func testABuildForAnOlderIndexOrACardTheUserLeftIsDropped() {
        var (s, _) = HeavyVault.state(background: true)
        let jason = s.docKey!
        let stale = HeavyVault.build(jason, for: s, mentions: .search(nil))
        // An index update arrives before the card: the card was built over the old index.
        s = KithApp.update(s, .indexUpdated(HeavyVault.index(), message: nil)).0
        s = KithApp.update(s, .cardBuilt(stale)).0
        XCTAssertTrue(screen(s).contains("loading card…"), "a card of the previous index is not shown")
        // The user moves on before Jason's card arrives: it is not shown over Ana's place.
        s = s.press(.char("j"))
        XCTAssertEqual(s.nav.person, "People/Ana Lima.md")
        s = KithApp.update(s, .cardBuilt(HeavyVault.build(jason, for: s, mentions: .search(nil)))).0
        XCTAssertTrue(screen(s).contains("loading card…"))
        XCTAssertFalse(screen(s).contains("Backlinks (60)"))
    }

    func testACardLeftForALinkBeforeItWasCompleteIsAskedForAgainOnTheReturn() {
        var (s, _) = HeavyVault.state(background: true)
        let jason = s.docKey!
        s = KithApp.update(s, .cardBuilt(HeavyVault.build(jason, for: s, mentions: .pending(candidates: 60)))).0
        s = s.press(.tab, .enter)
        guard case .reader = s.nav.page else { return XCTFail("\(s.nav.page)") }
        // The complete card arrives while the reader shows: dropped.
        s = KithApp.update(s, .cardBuilt(HeavyVault.build(jason, for: s, mentions: .search(nil)))).0
        let (back, effects) = KithApp.update(s, .key(.backspace))
        XCTAssertEqual(effects, [.buildCard(jason)], "the card still searching its mentions is asked for again")
        XCTAssertTrue(back.currentDocument?.lines.contains { $0.text == "Unlinked mentions (…)" } ?? false)
    }

    func testReturningToACardIsServedFromTheKeptCard() {
        var (s, _) = HeavyVault.state(background: true)
        s = KithApp.update(s, .cardBuilt(HeavyVault.build(s.docKey!, for: s, mentions: .search(nil)))).0
        var effects: [Effect]
        (s, effects) = KithApp.update(s, .key(.char("j")))
        XCTAssertEqual(effects, [.buildCard(s.docKey!)], "Ana's card is asked for")
        s = KithApp.update(s, .cardBuilt(HeavyVault.build(s.docKey!, for: s, mentions: .search(nil)))).0
        (s, effects) = KithApp.update(s, .key(.char("k")))
        XCTAssertEqual(s.nav.person, HeavyVault.jason)
        XCTAssertEqual(effects, [], "Jason's card is kept: nothing to build")
        XCTAssertTrue(screen(s).contains("Backlinks (60)"), screen(s))
        // A resize wraps the kept card again; nothing is built.
        (s, effects) = KithApp.update(s, .resize(cols: 140, rows: 40))
        XCTAssertEqual(effects, [])
        XCTAssertTrue(screen(s).contains("Backlinks (60)"))
    }

    func testAnIndexUpdateDropsKeptCardsAndShowsTheOneBuiltWithIt() {
        var (s, _) = HeavyVault.state(background: true)
        let jason = s.docKey!
        s = KithApp.update(s, .cardBuilt(HeavyVault.build(jason, for: s, mentions: .search(nil)))).0
        // The live index rebuilds the showing card with the update (one more transcript).
        let next = HeavyVault.index(transcripts: 61)
        let views = DocumentViews(building: jason, index: next, policy: s.contactPolicy, today: s.today, mentions: .search(nil))
        let search = SearchIndex(next)
        var effects: [Effect]
        (s, effects) = KithApp.update(s, .indexUpdated(next, search: search,
                                                       rows: DerivedRows(index: next, policy: s.contactPolicy, today: s.today),
                                                       views: views, message: "1 note added"))
        XCTAssertEqual(effects, [], "the card came with the index")
        XCTAssertTrue(screen(s).contains("Backlinks (61)"), screen(s))
        (s, effects) = KithApp.update(s, .key(.char("j")))
        XCTAssertEqual(effects, [.buildCard(s.docKey!)])
        (s, effects) = KithApp.update(s, .key(.char("k")))
        XCTAssertEqual(effects, [], "Jason's rebuilt card is kept")
    }

    /// Selects the card's link that opens `list`, as `j` would reach it.
    func selectMore(_ s: AppState, _ section: CardList.Section) throws -> AppState {
        var s = s.nav.focus == .card ? s : s.press(.tab)
        let view = try XCTUnwrap(s.currentView)
        let target = try XCTUnwrap(view.items.firstIndex { $0.destination.list?.section == section })
        s = s.press(Array(repeating: .char("j"), count: target - (s.nav.card.item ?? -1)))
        XCTAssertEqual(s.nav.card.item, target)
        return s
    }

    func testMoreOpensTheSectionInFullWhichPagesOpensRowsAndGoesBack() throws {
        var s = HeavyVault.state(cols: 80, rows: 24).0
        s = try selectMore(s, .backlinks(.transcripts))
        XCTAssertTrue(screen(s).contains("… 35 more"), screen(s))
        s = s.press(.enter)
        XCTAssertEqual(s.nav.page, .cardList(CardList(person: HeavyVault.jason, section: .backlinks(.transcripts))))
        let first = screen(s)
        XCTAssertTrue(first.contains("‹ Jason Vallery  ›  Backlinks · transcripts"), first)
        XCTAssertTrue(first.contains("1/60"), first)
        XCTAssertTrue(first.contains("▌ 2026-01-01 - Sync 0"), first)
        // Pages with the list keys.
        s = s.press(.pageDown)
        XCTAssertEqual(s.nav.cardList.selected, Layout(s).listRows - 1)
        s = s.press(.char("G"))
        XCTAssertTrue(screen(s).contains("60/60"))
        XCTAssertTrue(screen(s).contains("▌ 2026-03-04 - Sync 59"), screen(s))
        // e edits the linking note at its line; Enter opens it in the reader there.
        XCTAssertEqual(KithApp.update(s, .key(.char("e"))).1,
                       [.edit(path: "Sources/Transcripts/2026-03-04 - Sync 59.md", line: 6)])
        s = s.press(.enter)
        XCTAssertEqual(s.nav.page, .reader(path: "Sources/Transcripts/2026-03-04 - Sync 59.md"))
        // Backspace: the list, its selection kept; again: the card.
        s = s.press(.backspace)
        XCTAssertEqual(s.nav.cardList.selected, 59)
        s = s.press(.backspace)
        XCTAssertEqual(s.nav.page, .people)
        XCTAssertEqual(s.nav.focus, .card)
    }

    func testMentionsAndCoAttendeesListInFullToo() throws {
        var s = try selectMore(HeavyVault.state().0, .mentions).press(.enter)
        XCTAssertTrue(screen(s).contains("1/120"), screen(s))
        XCTAssertTrue(screen(s).contains("Unlinked mentions"))
        s = s.press(.char("j"))
        XCTAssertEqual(KithApp.update(s, .key(.char("e"))).1,
                       [.edit(path: "Sources/Transcripts/2026-01-01 - Sync 0.md", line: 9)])
        s = s.press(.enter)
        XCTAssertEqual(s.nav.page, .reader(path: "Sources/Transcripts/2026-01-01 - Sync 0.md"))

        s = try selectMore(HeavyVault.state().0, .alsoIn).press(.enter)
        XCTAssertTrue(screen(s).contains("1/60"), screen(s))
        XCTAssertTrue(screen(s).contains("Interactions"))
    }

    func testAListWhoseCardWasDroppedAsksForItAgainAndSaysLoading() throws {
        var (s, _) = HeavyVault.state(background: true)
        s = KithApp.update(s, .cardBuilt(HeavyVault.build(s.docKey!, for: s, mentions: .pending(candidates: 60)))).0
        let card = try XCTUnwrap(s.currentView)
        XCTAssertNil(card.items.firstIndex { $0.destination.list?.section == .mentions },
                     "mentions not found yet: no list to open")
        s = try selectMore(s, .backlinks(.transcripts)).press(.enter)
        XCTAssertTrue(screen(s).contains("1/60"))
        // An update the live index built no card with: the list's card is asked for again.
        var effects: [Effect]
        (s, effects) = KithApp.update(s, .indexUpdated(HeavyVault.index(), message: nil))
        guard case .buildCard(let key)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(key.path, HeavyVault.jason)
        XCTAssertTrue(screen(s).contains("loading card…"), screen(s))
        s = KithApp.update(s, .cardBuilt(HeavyVault.build(key, for: s, mentions: .search(nil)))).0
        XCTAssertTrue(screen(s).contains("1/60"), screen(s))
        // Back on the card: it was built at the card's width, so it shows at once, complete.
        (s, effects) = KithApp.update(s, .key(.backspace))
        XCTAssertEqual(effects, [])
        XCTAssertTrue(screen(s).contains("… 35 more"), screen(s))
        XCTAssertTrue(s.currentDocument?.lines.contains { $0.text == "Unlinked mentions (120)" } ?? false)
    }

    /// The screens at 120×40 and 80×24: the card loading, then searching its mentions, and a
    /// section's full list.
    func testGoldenScreens() throws {
        func snap(_ s: AppState, _ name: String) {
            var s = s
            if case .loaded(let n, _) = s.status { s.status = .loaded(notes: n, seconds: 0.01) }
            assertSnapshot(KithApp.render(s), named: name)
        }
        for (c, r) in [(120, 40), (80, 24)] {
            var (s, _) = HeavyVault.state(cols: c, rows: r, background: true)
            if c < 100 { s = s.press(.enter) }
            snap(s, "heavy-card-loading-\(c)x\(r)")
            s = KithApp.update(s, .cardBuilt(HeavyVault.build(s.docKey!, for: s, mentions: .pending(candidates: 60)))).0
            snap(c < 100 ? s.press(.char("G")) : s.press(.tab, .char("G")), "heavy-card-searching-\(c)x\(r)")
            s = KithApp.update(s, .cardBuilt(HeavyVault.build(s.docKey!, for: s, mentions: .search(nil)))).0
            s = try selectMore(s, .mentions).press(.enter, .char("j"))
            snap(s, "heavy-card-mentions-\(c)x\(r)")
        }
    }
}
