/// One terminal cell: a grapheme cluster (or "" for the right half of a wide character).
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn in this cell; " " for blank; "" continues the wide glyph on its left.
    public var text: String
    public var style: CellStyle

    public init(_ text: String = " ", style: CellStyle = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
}

/// A screen of cells, what `render` produces and the terminal draws (the changed cells only).
/// Tests assert on it directly, as on ratatui's `TestBackend`.
public struct CellGrid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (a search line), or nil to hide it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY = 0

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills a rectangle (clipped to the grid) with one cell.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with cell: Cell = .blank) {
        let x0 = max(0, x), y0 = max(0, y)
        let x1 = min(width, x + w), y1 = min(height, y + h)
        guard x0 < x1, y0 < y1 else { return }
        for row in y0..<y1 { for col in x0..<x1 { cells[row * width + col] = cell } }
    }

    /// Writes `text` from column `x`, clipped to `maxWidth` display cells (and the grid's edge).
    /// Wide characters take two cells; a wide character that does not fit is left out, never
    /// split. With `ellipsis`, clipped text ends in `…`. Returns the cells used.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, maxWidth: Int? = nil,
                             style: CellStyle = .plain, ellipsis: Bool = false) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0 else { return 0 }
        let graphemes = Array(text)
        var total = 0
        for g in graphemes { total += DisplayWidth.of(g) }
        let clip = ellipsis && total > limit
        let room = clip ? limit - 1 : limit
        var col = x
        var used = 0
        for g in graphemes {
            let w = DisplayWidth.of(g)
            if w == 0 { continue }
            if used + w > room { break }
            if col >= 0 {
                self[col, y] = Cell(DisplayWidth.printable(g), style: style)
                if w == 2, col + 1 < width { self[col + 1, y] = Cell("", style: style) }
            }
            col += w
            used += w
        }
        if clip {
            if col >= 0 && col < width { self[col, y] = Cell("…", style: style) }
            used += 1
        }
        return used
    }

    /// Gives every cell of row `y` from `x` for `w` cells the band `band`, keeping roles.
    public mutating func setBand(_ band: Band, x: Int, y: Int, width w: Int) {
        guard y >= 0, y < height else { return }
        for col in max(0, x)..<min(width, x + w) { cells[y * width + col].style.band = band }
    }

    /// Row `y` as plain text (wide characters once, trailing spaces kept), for tests and snapshots.
    public func rowText(_ y: Int) -> String {
        var s = ""
        for col in 0..<width { s += self[col, y].text }
        return s
    }

    /// The whole grid as text, one line per row with trailing spaces removed.
    public var text: String {
        (0..<height).map { rowText($0).replacingTrailingSpaces() }.joined(separator: "\n")
    }

    public static func == (a: CellGrid, b: CellGrid) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursorX == b.cursorX
            && a.cursorY == b.cursorY
    }

    public func hash(into h: inout Hasher) {
        h.combine(width)
        h.combine(height)
        h.combine(cells)
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
