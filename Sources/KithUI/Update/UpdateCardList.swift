import KithCore

/// A card section in full (`Page.cardList`), opened from its "… N more": a list with the
/// usual list keys; Enter opens the row as the card's link would, Backspace returns.
extension AppState {
    /// Opens a card section's full list, first row selected (a new location: Back returns).
    mutating func openList(_ list: CardList) {
        navigate { n in
            n.page = .cardList(list)
            n.cardList = ListCursor()
        }
    }

    /// The rows of the list showing (nil: not on a list page, or its card is still loading).
    var cardListRows: CardListRows? {
        guard case .cardList(let list) = nav.page, let lists = views.lists(of: list.person) else { return nil }
        return CardListRows(list: list, lists: lists)
    }

    /// Moves the list's selection.
    mutating func moveCardList(by delta: Int) {
        guard let rows = cardListRows, let count = rows.count, count > 0 else { return }
        let (sum, overflow) = nav.cardList.selected.addingReportingOverflow(delta)
        let i = overflow ? (delta > 0 ? count - 1 : 0) : max(0, min(count - 1, sum))
        nav.cardList.select(i, height: Layout(self).listRows, count: count)
    }

    /// Enter on a row: the linking line in the reader (a person's note: their card), the
    /// interaction's note, a co-attendee's card.
    mutating func openCardListSelection() {
        guard let rows = cardListRows, let row = rows.row(nav.cardList.selected) else { return }
        switch row {
        case .backlink(let b): open(path: b.source, line: b.line, raw: b.source)
        case .interaction(let i):
            if let t = i.target { open(path: t, line: i.origin == .recentContext ? nil : i.line, raw: i.label) }
            else { openPerson(i.person) }
        case .person(let p): openPerson(p.path)
        case .mention(let m): open(path: m.path, line: m.line, raw: m.path)
        }
    }

    /// `e` on a row: the note at the line the row is about.
    func cardListEditTarget() -> Effect? {
        guard let rows = cardListRows, let row = rows.row(nav.cardList.selected) else { return nil }
        switch row {
        case .backlink(let b): return .edit(path: b.source, line: b.line)
        case .interaction(let i):
            guard let t = i.target else { return .edit(path: i.person, line: i.line) }
            return .edit(path: t, line: i.origin == .recentContext ? nil : i.line)
        case .person(let p): return .edit(path: p.path, line: nil)
        case .mention(let m): return .edit(path: m.path, line: m.line)
        }
    }

    /// Keeps the list's selection and scroll valid (the list may have changed with the index).
    mutating func clampCardList() {
        guard let count = cardListRows?.count else { return }
        nav.cardList.selected = max(0, min(nav.cardList.selected, count - 1))
        nav.cardList.top = Scroll.keepVisible(nav.cardList.selected, top: nav.cardList.top,
                                              height: Layout(self).listRows, count: count)
    }
}

/// The rows of a card section's list, read from the card's lists as they are drawn (the
/// owner's 60,000 mentions are never all turned into rows).
struct CardListRows {
    enum Row {
        case backlink(Backlink)
        case interaction(Interaction)
        case person(CoAttendee)
        case mention(Mention)
    }

    var list: CardList
    var lists: CardLists

    /// Nil while the section is not known yet (mentions being searched).
    var count: Int? { lists.count(list.section) }

    func row(_ i: Int) -> Row? {
        switch list.section {
        case .backlinks(let group): return lists.backlinks[group]?[safe: i].map(Row.backlink)
        case .alsoIn: return lists.alsoIn[safe: i].map(Row.interaction)
        case .metWith: return lists.metWith[safe: i].map(Row.person)
        case .mentions: return lists.mentions?[safe: i].map(Row.mention)
        }
    }

    /// The row as the card shows it.
    func spans(_ i: Int, in index: VaultIndex, today: CalendarDate) -> [StyledSpan] {
        switch row(i) {
        case .backlink(let b)?: return CardRows.backlink(b, in: index)
        case .interaction(let it)?: return CardRows.interaction(it, today: today)
        case .person(let p)?: return CardRows.coAttendee(p)
        case .mention(let m)?: return CardRows.mention(m, in: index)
        case nil: return []
        }
    }
}
