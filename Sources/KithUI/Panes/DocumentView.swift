/// A piece of a display row: text in one role, maybe part of a selectable link.
public struct RowSegment: Hashable, Sendable {
    public var text: String
    public var role: Role
    /// Index of the link among the document's selectable items, when this is one.
    public var item: Int?
}

/// A document wrapped to a width: display rows, where each selectable item (a link span)
/// sits, and which note line each row shows. Cards and the reader scroll and select on this.
public struct DocumentView: Hashable, Sendable {
    public private(set) var rows: [[RowSegment]] = []
    /// Source line of each row (for `e` at line), when the row shows one.
    public private(set) var rowSource: [Int?] = []
    /// The link of each item, in reading order.
    public private(set) var items: [LinkDestination] = []
    /// First display row of each item.
    public private(set) var itemRow: [Int] = []

    /// Wraps `document` to `width` cells at word boundaries; words longer than a row are cut.
    public init(_ document: Document, width: Int) {
        let width = max(1, width)
        for line in document.lines {
            var tokens: [RowSegment] = []
            for span in line.spans {
                var item: Int?
                if let link = span.link {
                    item = items.count
                    items.append(link)
                    itemRow.append(-1)
                }
                for word in Self.words(span.text) { tokens.append(RowSegment(text: word, role: span.role, item: item)) }
            }
            appendWrapped(tokens, width: width, indent: min(line.hangingIndent, width / 2), source: line.sourceLine)
        }
    }

    private mutating func appendWrapped(_ tokens: [RowSegment], width: Int, indent: Int, source: Int?) {
        var row: [RowSegment] = []
        var used = 0
        func flush() {
            // Trailing spaces of a wrapped row are dropped so selection bands end at the text.
            if var last = row.popLast() {
                while last.text.last == " " { last.text.removeLast() }
                if !last.text.isEmpty { row.append(last) }
            }
            rows.append(row)
            rowSource.append(source)
            row = []
            used = 0
        }
        func place(_ t: RowSegment) {
            if let i = t.item, itemRow[i] < 0 { itemRow[i] = rows.count }
            if let last = row.last, last.role == t.role, last.item == t.item {
                row[row.count - 1].text += t.text
            } else {
                row.append(t)
            }
            used += DisplayWidth.of(t.text)
        }
        for var t in tokens {
            let bare = DisplayWidth.of(t.text.trimmingSuffix(" "))
            if used + bare > width && used > indentOf(row) {
                flush()
                if indent > 0 { row.append(RowSegment(text: String(repeating: " ", count: indent), role: .text)); used = indent }
                if t.text.allSatisfy({ $0 == " " }) { continue }
            }
            // A word wider than the row: cut it across rows.
            while used + DisplayWidth.of(t.text.trimmingSuffix(" ")) > width {
                let room = width - used
                let head = DisplayWidth.prefix(t.text, fitting: max(1, room))
                var piece = t
                piece.text = head
                place(piece)
                t.text = String(t.text.dropFirst(head.count))
                flush()
                if indent > 0 { row.append(RowSegment(text: String(repeating: " ", count: indent), role: .text)); used = indent }
                if t.text.isEmpty { break }
            }
            if !t.text.isEmpty { place(t) }
        }
        flush()
    }

    private func indentOf(_ row: [RowSegment]) -> Int {
        if let first = row.first, row.count == 1, first.text.allSatisfy({ $0 == " " }) { return DisplayWidth.of(first.text) }
        return 0
    }

    /// Words with their trailing spaces, so wrapping keeps spacing inside a row.
    static func words(_ s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        var inSpace = false
        for ch in s {
            if ch == " " { inSpace = true; cur.append(ch); continue }
            if inSpace { out.append(cur); cur = ""; inSpace = false }
            cur.append(ch)
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    /// The item nearest the top of the viewport starting at `top`, if any is visible.
    public func firstItem(visibleFrom top: Int, height: Int) -> Int? {
        itemRow.firstIndex { $0 >= top && $0 < top + height }
    }

    /// Whether the item's row is inside the viewport.
    public func isVisible(_ item: Int, top: Int, height: Int) -> Bool {
        item < itemRow.count && itemRow[item] >= top && itemRow[item] < top + height
    }

    /// Largest useful scroll offset for a viewport of `height` rows.
    public func maxTop(height: Int) -> Int { max(0, rows.count - height) }
}

extension String {
    func trimmingSuffix(_ c: Character) -> Substring {
        var s = Substring(self)
        while s.last == c { s = s.dropLast() }
        return s
    }
}
