import KithCore

/// What a brief's layout depends on besides the index: the person and the page's size.
struct BriefKey: Hashable, Sendable {
    var path: String
    var width: Int
    var height: Int
}

/// `b`: the brief of the person under the cursor (`Page.brief`), read like the reader (links
/// selectable, `Backspace` back, `e` edits their note).
extension AppState {
    mutating func openBrief() {
        guard let person = personUnderCursor else {
            message = StatusMessage(index == nil ? "the vault is being indexed" : "no person selected")
            return
        }
        if case .brief(let path) = nav.page, path == person.path { return }
        let from = pageTitle
        navigate { n in
            n.page = .brief(path: person.path)
            n.reader = DocCursor()
            n.readerFrom = from
            n.readerHits = nil
        }
        if let view = docView() { nav.reader.item = view.firstItem(visibleFrom: 0, height: docHeight) }
    }

    /// The brief laid out for the reader area's size, from the cache when it fits.
    func builtBrief(_ path: String) -> DocumentView? {
        let key = BriefKey(path: path, width: docWidth, height: docHeight)
        if let b = briefView, b.key == key { return b.view }
        guard let index, let doc = BriefBuilder.document(for: path, in: index, today: today, policy: contactPolicy,
                                                          width: key.width, height: key.height) else { return nil }
        return DocumentView(doc, width: key.width)
    }

    /// `builtBrief`, kept for the next keystroke and frame.
    mutating func briefDocView(_ path: String) -> DocumentView? {
        let key = BriefKey(path: path, width: docWidth, height: docHeight)
        if let b = briefView, b.key == key { return b.view }
        guard let view = builtBrief(path) else { return nil }
        briefView = (key, view)
        return view
    }
}
