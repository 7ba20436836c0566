import KithCore

/// A document wrapped to a width, with its selectable links: what the card pane and the
/// reader scroll and select on. Built once per (document, width) and kept in
/// `AppState.views`, because wrapping a long transcript costs more than a frame.
public struct DocumentView: Sendable {
    /// The unwrapped document.
    public let document: Document
    /// The width it was wrapped to.
    public let width: Int
    /// Display rows (`TextWrap.wrap(document.lines, width:)`).
    public let lines: [StyledLine]
    /// The links, in reading order (`Document.selectableItems(wrapped:)`).
    public let items: [SelectableItem]

    /// Wraps `document` to `width` cells and finds its links.
    public init(_ document: Document, width: Int) {
        self.document = document
        self.width = max(1, width)
        lines = TextWrap.wrap(document.lines, width: self.width)
        items = Document.selectableItems(wrapped: lines)
    }

    /// Number of display rows.
    public var rowCount: Int { lines.count }

    /// The first display row of item `i`.
    public func row(ofItem i: Int) -> Int { items[i].firstLine }

    /// The note line a display row shows, if any.
    public func sourceLine(atRow row: Int) -> Int? { lines[safe: row]?.sourceLine ?? nil }

    /// The first row showing note line `line` or a later one.
    public func row(forSourceLine line: Int) -> Int? {
        lines.firstIndex { ($0.sourceLine ?? 0) >= line }
    }

    /// The item nearest the top of the viewport starting at `top`, if any is visible.
    public func firstItem(visibleFrom top: Int, height: Int) -> Int? {
        items.firstIndex { $0.ranges.contains { $0.line >= top && $0.line < top + height } }
    }

    /// Whether any piece of item `i` is inside the viewport.
    public func isVisible(_ i: Int, top: Int, height: Int) -> Bool {
        guard let item = items[safe: i] else { return false }
        return item.ranges.contains { $0.line >= top && $0.line < top + height }
    }

    /// The item under display column `col` of row `row`; with `nearest`, the row's first link
    /// when the column misses (a click anywhere on a one-link row selects it).
    public func item(atRow row: Int, column col: Int, nearest: Bool) -> Int? {
        var first: Int?
        for (i, item) in items.enumerated() {
            for r in item.ranges where r.line == row {
                if r.columns.contains(col) { return i }
                if first == nil { first = i }
            }
            if item.firstLine > row { break }
        }
        return nearest ? first : nil
    }

    /// Largest useful scroll offset for a viewport of `height` rows.
    public func maxTop(height: Int) -> Int { max(0, lines.count - height) }
}
