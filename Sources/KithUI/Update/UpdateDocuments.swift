import KithCore

extension AppState {
    /// The document of the card or reader showing now.
    public var currentDocument: Document? {
        guard let index else { return nil }
        switch nav.page {
        case .people: return nav.person.map { DocumentSource.card(for: $0, in: index, today: today) }
        case .reader(let path): return DocumentSource.document(for: path, in: index)
        default: return nil
        }
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
    var docHeight: Int { max(1, docRect.height) }

    /// Cursor of the document showing now.
    var docCursor: DocCursor {
        get { if case .reader = nav.page { return nav.reader } else { return nav.card } }
        set { if case .reader = nav.page { nav.reader = newValue } else { nav.card = newValue } }
    }

    /// Moves the selected link, scrolling as needed; without links it scrolls instead.
    mutating func moveItem(by delta: Int) {
        guard let doc = currentDocument else { return }
        let view = DocumentView(doc, width: docWidth)
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
        let row = view.itemRow[i]
        // The first link shows the top of the document (its title lines) when it can.
        c.top = i == 0 && row < docHeight ? 0 : Scroll.keepVisible(row, top: c.top, height: docHeight, count: view.rows.count)
        docCursor = c
    }

    /// Scrolls the document; a selected link that leaves the viewport gives way to the first
    /// visible one, so Enter always opens something on screen.
    mutating func scrollDocument(by delta: Int) {
        guard let doc = currentDocument else { return }
        let view = DocumentView(doc, width: docWidth)
        var c = docCursor
        let (sum, overflow) = c.top.addingReportingOverflow(delta)
        c.top = Scroll.clamp(overflow ? (delta > 0 ? Int.max / 4 : 0) : sum, count: view.rows.count, height: docHeight)
        if let i = c.item, view.isVisible(i, top: c.top, height: docHeight) {
            // keep it
        } else {
            c.item = view.firstItem(visibleFrom: c.top, height: docHeight)
        }
        docCursor = c
    }

    /// Enter on a link: opens its target, or says the link goes nowhere.
    mutating func openSelectedItem() {
        guard let doc = currentDocument, let i = docCursor.item else { return }
        let view = DocumentView(doc, width: docWidth)
        guard let link = view.items[safe: i] else { return }
        guard let path = link.path else {
            message = StatusMessage("not in the vault: [[\(link.raw)]]", isError: true)
            return
        }
        if path == doc.path, case .reader = nav.page {
            // A same-note heading link just scrolls.
            if let line = link.line, let row = view.rowSource.firstIndex(where: { ($0 ?? 0) >= line }) {
                scrollDocument(by: row - docCursor.top)
            }
            return
        }
        if index?.note(path) == nil {
            message = StatusMessage("attachment, not a note: \(path)")
            return
        }
        open(path: path, line: link.line, raw: link.raw)
    }
}
