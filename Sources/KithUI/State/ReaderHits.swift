import KithCore

/// The full-text query the reader was opened from and which of its hits is current: the
/// reader highlights every hit and `n`/`N` walk them (`hit 2 of 5`).
public struct ReaderHits: Hashable, Sendable {
    /// The query as typed in the `\` search (matched ignoring case and accents).
    public var query: String
    /// The current hit, an index into the document's hits (`DocumentView.hits(of:)`).
    public var current: Int

    public init(query: String, current: Int = 0) {
        self.query = query
        self.current = current
    }
}

/// One occurrence of a query in a wrapped document: its display row and the cells it covers.
public struct HitSpot: Hashable, Sendable {
    public var row: Int
    public var columns: Range<Int>

    public init(row: Int, columns: Range<Int>) {
        self.row = row
        self.columns = columns
    }
}

extension DocumentView {
    /// Every occurrence of `query` in the text as shown (case and accents ignored), in
    /// reading order; found within display rows (a match a wrap splits is not shown).
    public func hits(of query: String) -> [HitSpot] {
        var out: [HitSpot] = []
        for (row, line) in lines.enumerated() {
            let text = line.text
            let ranges = Highlight.ranges(of: query, in: text)
            guard !ranges.isEmpty else { continue }
            // Cells before each grapheme, as the renderer lays the row out.
            var starts: [Int] = []
            var col = 0
            for g in text {
                starts.append(col)
                col += DisplayWidth.of(g)
            }
            starts.append(col)
            for r in ranges { out.append(HitSpot(row: row, columns: starts[r.lowerBound]..<starts[r.upperBound + 1])) }
        }
        return out
    }
}

extension AppState {
    /// The reader's hits, when it was opened from a full-text hit (cached with the view).
    var readerSpots: [HitSpot] {
        guard case .reader = nav.page, let hits = nav.readerHits, let key = docKey else { return [] }
        if let cached = views.hits(for: key, query: hits.query) { return cached }
        return currentView?.hits(of: hits.query) ?? []
    }

    /// `readerSpots`, computed once per document, width and query (update's way). A new wrap
    /// width or an edited note may have fewer hits: the current one stays among them.
    mutating func cacheReaderSpots() {
        guard case .reader = nav.page, let hits = nav.readerHits, let key = docKey, let view = docView(),
              views.hits(for: key, query: hits.query) == nil else { return }
        let spots = view.hits(of: hits.query)
        views.storeHits(spots, for: key, query: hits.query)
        if hits.current >= spots.count { nav.readerHits?.current = max(0, spots.count - 1) }
    }

    /// After opening the reader on a full-text hit at `line`: every occurrence of `query` is
    /// marked and the one on that line (or the next one shown) is current and in view.
    mutating func markHits(of query: String, from line: Int?) {
        guard case .reader = nav.page, let view = docView() else { return }
        nav.readerHits = ReaderHits(query: query)
        cacheReaderSpots()
        let spots = readerSpots
        guard !spots.isEmpty else {
            nav.readerHits = nil
            return
        }
        let k = line.flatMap { l in spots.firstIndex { (view.sourceLine(atRow: $0.row) ?? 0) >= l } } ?? 0
        showHit(k, of: spots)
    }

    /// `n`/`N`: the next or previous hit, round the end of the note (the status says so);
    /// without hits, the next or previous link as Tab does.
    mutating func moveHit(by delta: Int) {
        let spots = readerSpots
        guard let hits = nav.readerHits, !spots.isEmpty else { return moveItem(by: delta) }
        let next = hits.current + delta
        let k = (next % spots.count + spots.count) % spots.count
        showHit(k, of: spots)
        // Going round the end is said where the count is (the note gives way to it later).
        let count = "hit \(Format.count(k + 1)) of \(Format.count(spots.count))"
        if next >= spots.count { message = StatusMessage(count + " · from the top again") }
        if next < 0 { message = StatusMessage(count + " · from the bottom again") }
    }

    /// Makes hit `k` current and scrolls it into view with two rows of context when it is
    /// off screen; the selected link stays when it is still in view.
    private mutating func showHit(_ k: Int, of spots: [HitSpot]) {
        guard let view = docView() else { return }
        nav.readerHits?.current = k
        let row = spots[k].row, height = docHeight
        var c = nav.reader
        let margin = min(2, max(0, (height - 1) / 2))
        if row < c.top + margin || row >= c.top + height - margin {
            c.top = Scroll.clamp(row - max(margin, height / 3), count: view.rowCount, height: height)
        }
        if let i = c.item, view.isVisible(i, top: c.top, height: height) {} else {
            c.item = view.firstItem(visibleFrom: c.top, height: height)
        }
        nav.reader = c
    }
}
