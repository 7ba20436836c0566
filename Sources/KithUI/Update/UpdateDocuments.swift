import KithCore

extension AppState {
    /// What the card or reader showing now is built from, if either shows. A card section's
    /// full list stands on its person's card (its lists come with it).
    var docKey: DocumentViews.Key? {
        switch nav.page {
        case .people: return nav.person.map { DocumentViews.Key(path: $0, isCard: true, width: docWidth) }
        case .reader(let path): return DocumentViews.Key(path: path, isCard: false, width: docWidth)
        case .cardList(let list): return DocumentViews.Key(path: list.person, isCard: true, width: cardWidth)
        default: return nil
        }
    }

    /// The card or reader document showing now (nil: none), for the background to build
    /// with the next index (`DocumentViews(building:…)`).
    public var shownDocument: DocumentViews.Key? { docKey }

    /// Builds a view: a person's card (`CardBuilder`) or any note in the reader (`ReaderBuilder`).
    func buildView(_ key: DocumentViews.Key, in index: VaultIndex) -> (DocumentView, CardLists?) {
        DocumentViews.build(key, index: index, policy: contactPolicy, today: today, mentions: search.cardMentions)
    }

    /// The wrapped card or reader document showing now. Cached by `update`; a state the
    /// cache does not match (e.g. one built by hand) gets a fresh view, except a card built
    /// in the background, which is nil until it arrives (drawn as "loading card…").
    public var currentView: DocumentView? {
        if case .brief(let path) = nav.page { return builtBrief(path) }
        guard let index, let key = docKey else { return nil }
        if let v = views.view(for: key) { return v }
        if key.isCard && buildsCardsInBackground { return views.card(otherWidthThan: key).map { rewrapped($0, key) } }
        return buildView(key, in: index).0
    }

    /// The document of the card or reader showing now.
    public var currentDocument: Document? { currentView?.document }

    /// `currentView`, building and caching it when needed (update's way to get it). A card
    /// built in the background is nil until it arrives; one kept at another width is
    /// re-wrapped here (a resize), which costs only the wrap.
    mutating func docView() -> DocumentView? {
        if case .brief(let path) = nav.page { return briefDocView(path) }
        guard let index, let key = docKey else { return nil }
        if let v = views.view(for: key) { return v }
        if key.isCard && buildsCardsInBackground {
            guard let other = views.card(otherWidthThan: key) else { return nil }
            let v = rewrapped(other, key)
            views.store(v, for: key)
            return v
        }
        let (v, lists) = buildView(key, in: index)
        views.store(v, lists: lists, for: key)
        return v
    }

    private func rewrapped(_ view: DocumentView, _ key: DocumentViews.Key) -> DocumentView {
        view.width == key.width ? view : DocumentView(view.document, width: key.width)
    }

    /// The card to ask of the runtime now: the one showing, when it is not kept complete and
    /// was not asked for already (only when cards are built in the background).
    mutating func cardRequest() -> [Effect] {
        guard buildsCardsInBackground, index != nil, let key = docKey, key.isCard,
              !views.isComplete(key), views.requested != key else { return [] }
        views.requested = key
        return [.buildCard(key)]
    }

    /// A card built in the background: kept when it is for this index and still showing
    /// (one the user has left is dropped, and built again on a return). A focused card
    /// that was still loading gets its first link selected, as opening it would have.
    mutating func receive(_ build: CardBuild) {
        guard build.generation == views.generation else { return }
        guard build.key == docKey else {
            // Left before it came (a link opened, another person): asked again on a return.
            if views.requested == build.key { views.requested = nil }
            return
        }
        views.store(build.view, lists: build.lists, for: build.key)
        if build.isComplete, views.requested == build.key { views.requested = nil }
        guard nav.page == .people else { return }
        var c = nav.card
        c.top = Scroll.clamp(c.top, count: build.view.rowCount, height: docHeight)
        if let i = c.item, i >= build.view.items.count { c.item = build.view.items.isEmpty ? nil : build.view.items.count - 1 }
        if nav.focus == .card, c.item == nil, !build.view.items.isEmpty {
            c.item = 0
            c.top = Self.top(showing: 0, in: build.view, from: c.top, height: docHeight)
        }
        nav.card = c
    }

    /// The text area of the card or reader.
    var docRect: Rect {
        let l = Layout(self)
        if let r = l.reader { return r }
        // The card's text sits inside its border with a one-cell margin on the left.
        if let c = l.card ?? cardRectIfShown(l) { return Rect(x: c.x + 2, y: c.y + 1, width: c.width - 4, height: c.height - 2) }
        return Rect(x: 0, y: 0, width: 1, height: 1)
    }

    /// The card's box even when one-pane mode currently shows the list (for page sizes).
    private func cardRectIfShown(_ l: Layout) -> Rect? {
        guard nav.page == .people else { return nil }
        return l.body
    }

    var docWidth: Int { max(1, docRect.width) }

    /// The width of the person's card in the People view, from any page (a card section's
    /// list keeps its card at the width it will show at).
    var cardWidth: Int {
        if nav.page == .people { return docWidth }
        var people = self
        people.nav.page = .people
        people.nav.cardOnly = !Layout(people).twoPane
        return people.docWidth
    }
    var docHeight: Int { max(1, docRect.height) }

    /// Cursor of the document showing now.
    var docCursor: DocCursor {
        get { nav.page.isDocument ? nav.reader : nav.card }
        set { if nav.page.isDocument { nav.reader = newValue } else { nav.card = newValue } }
    }

    /// Moves the selected link, scrolling as needed; without links it scrolls instead.
    mutating func moveItem(by delta: Int) {
        guard let view = docView() else { return }
        var c = docCursor
        guard !view.items.isEmpty else {
            scrollDocument(by: delta.signum())
            return
        }
        let current = c.item ?? (delta > 0 ? -1 : view.items.count)
        let (sum, overflow) = current.addingReportingOverflow(delta)
        let i = overflow ? (delta > 0 ? view.items.count - 1 : 0) : max(0, min(view.items.count - 1, sum))
        // Past the last link (or before the first) the page still scrolls, as a browser does.
        if i == c.item, abs(delta) == 1 {
            scrollDocument(by: delta)
            return
        }
        c.item = i
        c.top = Self.top(showing: i, in: view, from: c.top, height: docHeight)
        docCursor = c
    }

    /// The scroll offset that shows item `i` with the least movement from `top`; the first
    /// link shows the top of the document (its title lines) when it can.
    static func top(showing i: Int, in view: DocumentView, from top: Int, height: Int) -> Int {
        let item = view.items[i]
        if i == 0 && item.lastLine < height { return 0 }
        var t = Scroll.keepVisible(item.lastLine, top: top, height: height, count: view.rowCount)
        t = Scroll.keepVisible(item.firstLine, top: t, height: height, count: view.rowCount)
        return t
    }

    /// Scrolls the document; a selected link that leaves the viewport gives way to the first
    /// visible one, so Enter always opens something on screen.
    mutating func scrollDocument(by delta: Int) {
        guard let view = docView() else { return }
        var c = docCursor
        let (sum, overflow) = c.top.addingReportingOverflow(delta)
        c.top = Scroll.clamp(overflow ? (delta > 0 ? Int.max / 4 : 0) : sum, count: view.rowCount, height: docHeight)
        if let i = c.item, view.isVisible(i, top: c.top, height: docHeight) {
            // keep it
        } else {
            c.item = view.firstItem(visibleFrom: c.top, height: docHeight)
        }
        docCursor = c
    }

    /// `g`/`G` in the card: the first or last link, and the document's start or end in view
    /// when that link fits there (the last entry's wrapped lines below its link stay reachable).
    mutating func moveToEndItem(last: Bool) {
        guard let view = docView() else { return }
        let step = last ? Int.max / 2 : -Int.max / 2
        guard !view.items.isEmpty else { return scrollDocument(by: step) }
        moveItem(by: step)
        var c = docCursor
        guard let i = c.item else { return }
        let edge = last ? view.maxTop(height: docHeight) : 0
        let item = view.items[i]
        if item.firstLine >= edge && item.lastLine < edge + docHeight {
            c.top = edge
            docCursor = c
        }
    }

    /// Enter on a link: opens its target, hands an external one to the runtime, or says the
    /// link goes nowhere.
    mutating func openSelectedItem() -> [Effect] {
        guard let view = docView(), let i = docCursor.item, let link = view.items[safe: i]?.destination else { return [] }
        if let list = link.list {
            openList(list)
            return []
        }
        guard let path = link.path else {
            if link.isExternal {
                guard LinkReport.opens(link.raw) else {
                    message = LinkReport.refused(url: link.raw).statusMessage
                    return []
                }
                return [.openLink(url: link.raw)]
            }
            message = StatusMessage("not in the vault: [[\(link.raw)]]", isError: true)
            return []
        }
        if path == view.document.path, case .reader = nav.page {
            // A same-note heading link just scrolls.
            if let line = link.line, let row = view.row(forSourceLine: line) {
                scrollDocument(by: row - docCursor.top)
            }
            return []
        }
        if index?.note(path) == nil {
            message = StatusMessage("attachment, not a note: \(path)")
            return []
        }
        open(path: path, line: link.line, raw: link.raw)
        return []
    }
}
