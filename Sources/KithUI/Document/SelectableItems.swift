/// Where part of a selectable item sits on one display line.
public struct SelectableRange: Hashable, Sendable {
    /// Index of the line in the lines the items were computed from.
    public var line: Int
    /// Indices of the item's spans in that line.
    public var spans: Range<Int>
    /// Display columns the spans take in that line (what to highlight).
    public var columns: Range<Int>

    public init(line: Int, spans: Range<Int>, columns: Range<Int>) {
        self.line = line
        self.spans = spans
        self.columns = columns
    }
}

/// A link the cursor can stop on: a run of spans with one destination, possibly continued
/// over wrapped lines.
public struct SelectableItem: Hashable, Sendable {
    public var destination: LinkDestination
    /// Every piece, in order; one per display line the link covers.
    public var ranges: [SelectableRange]

    public init(destination: LinkDestination, ranges: [SelectableRange]) {
        self.destination = destination
        self.ranges = ranges
    }

    /// First line the item is on (scroll target when it is selected).
    public var firstLine: Int { ranges.first?.line ?? 0 }
    /// Last line the item is on.
    public var lastLine: Int { ranges.last?.line ?? 0 }
}

extension Document {
    /// The links of `lines` (usually `TextWrap.wrap(document.lines, width:)`) as items, in
    /// reading order. Adjacent spans with one destination are one item; so is a link cut by
    /// a wrap: it ends its line and the rest starts the next line, which `isContinuation`.
    /// Two links on consecutive unwrapped lines stay two items, even to the same place.
    public static func selectableItems(wrapped lines: [StyledLine]) -> [SelectableItem] {
        var items: [SelectableItem] = []
        var open = false  // whether items.last may still grow
        var prevLastContent: Int?
        for (li, line) in lines.enumerated() {
            let isBlank: (StyledSpan) -> Bool = { $0.text.allSatisfy { $0 == " " } }
            let firstContent = line.spans.firstIndex { !isBlank($0) }
            let lastContent = line.spans.lastIndex { !isBlank($0) }
            var col = 0
            for (si, span) in line.spans.enumerated() {
                let w = DisplayWidth.of(span.text)
                defer { col += w }
                guard let dest = span.link else {
                    // Leading indent of a continuation line does not end a wrapped link.
                    if !(isBlank(span) && (firstContent == nil || si < firstContent!)) { open = false }
                    continue
                }
                if open, let last = items.last?.ranges.last, items.last!.destination == dest {
                    if last.line == li, last.spans.upperBound == si {
                        items[items.count - 1].ranges[items[items.count - 1].ranges.count - 1] =
                            SelectableRange(line: li, spans: last.spans.lowerBound..<(si + 1),
                                            columns: last.columns.lowerBound..<(col + w))
                        continue
                    }
                    if last.line == li - 1, line.isContinuation, si == firstContent,
                       last.spans.upperBound - 1 == prevLastContent {
                        items[items.count - 1].ranges.append(
                            SelectableRange(line: li, spans: si..<(si + 1), columns: col..<(col + w)))
                        continue
                    }
                }
                items.append(SelectableItem(destination: dest,
                                            ranges: [SelectableRange(line: li, spans: si..<(si + 1), columns: col..<(col + w))]))
                open = true
            }
            // Only a link that reaches the end of its line can continue on the next one.
            if let last = items.last?.ranges.last, last.line != li || last.spans.upperBound - 1 != lastContent {
                open = false
            }
            prevLastContent = lastContent
        }
        return items
    }

    /// The links of the unwrapped document, in reading order.
    public var selectableItems: [SelectableItem] { Self.selectableItems(wrapped: lines) }
}
