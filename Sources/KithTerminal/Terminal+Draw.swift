import CNcursesw
import KithUI

extension Terminal {
    /// Draws `grid` from the top-left corner, writing only the cells that differ from the last
    /// grid drawn (everything after a resize, `fg`, `invalidate()`), then places or hides the
    /// cursor per `grid.cursor` and updates the terminal once. A "" cell continues the wide
    /// character on its left. Cells beyond the screen are clipped.
    public func draw(_ grid: CellGrid) {
        guard screen != nil, let win = kith_stdscr() else { return }
        let (cols, rows) = size
        let prev = needsFull ? nil : lastDrawn.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if prev == nil {
            werase(win)
            if clearNext { clearok(win, true) }
            clearNext = false
        }
        let w = min(grid.width, cols), h = min(grid.height, rows)
        for y in 0..<h {
            for x in 0..<w where prev.map({ isDirty(grid, $0, x, y) }) ?? true {
                drawCell(grid, x: x, y: y, cols: cols, win: win)
            }
        }
        placeCursor(grid.cursor, cols: cols, rows: rows, win: win)
        wnoutrefresh(win)
        doupdate()
        lastDrawn = grid
        needsFull = false
    }

    /// A cell needs drawing when it changed; when its right neighbour changed between
    /// "continuation" and not (which turns the cell's glyph wide or narrow); and, for a ""
    /// cell, when its left neighbour changed (it may no longer be covered by a wide glyph,
    /// and curses does not blank the orphaned half).
    private func isDirty(_ g: CellGrid, _ p: CellGrid, _ x: Int, _ y: Int) -> Bool {
        if g[x, y] != p[x, y] { return true }
        if x > 0, g[x, y].text.isEmpty, g[x - 1, y] != p[x - 1, y] { return true }
        guard x + 1 < g.width else { return false }
        return g[x + 1, y].text.isEmpty != p[x + 1, y].text.isEmpty
    }

    private func drawCell(_ grid: CellGrid, x: Int, y: Int, cols: Int, win: UnsafeMutablePointer<WINDOW>) {
        let cell = grid[x, y]
        let (attrs, pair) = resolve(cell.style)
        if cell.text.isEmpty {
            // The right half of a wide glyph: curses fills it when drawing the left half.
            // A stray "" (no glyph on its left) is drawn as a blank.
            if x > 0 && !grid[x - 1, y].text.isEmpty { return }
            put([0x20], attrs: attrs, pair: pair, x: x, y: y, win: win)
            return
        }
        var slot = x + 1 < grid.width && grid[x + 1, y].text.isEmpty ? 2 : 1
        if x + slot > cols { slot = 1 }
        let chars = Terminal.glyph(cell.text, width: slot)
        put(chars.first, attrs: attrs, pair: pair, x: x, y: y, win: win)
        if let second = chars.second {
            put(second, attrs: attrs, pair: pair, x: x + 1, y: y, win: win)
        }
    }

    private func put(_ chars: [wchar_t], attrs: attr_t, pair: Int32, x: Int, y: Int, win: UnsafeMutablePointer<WINDOW>) {
        var cc = cchar_t()
        var buf = chars
        buf.append(0)
        guard kith_setcchar(&cc, buf, attrs, pair) == OK else { return }
        // Returns ERR in the bottom-right corner (the cursor cannot advance) but draws the cell.
        _ = mvwadd_wch(win, Int32(y), Int32(x), &cc)
    }

    /// What to hand curses for a grapheme in a slot of `width` cells. Curses measures with the C
    /// library's `wcwidth`; when that disagrees with the grid (some emoji), a stand-in of the
    /// right width keeps every later column in place: the base character plus a blank, or `�`.
    static func glyph(_ text: String, width: Int) -> (first: [wchar_t], second: [wchar_t]?) {
        var scalars = Array(text.unicodeScalars)
        guard let head = scalars.first else { return ([0x20], width == 2 ? [0x20] : nil) }
        var headWidth = Int(kith_wcwidth(wchar_t(bitPattern: head.value)))
        if headWidth == 0 {
            // A lone combining mark: give it a base to sit on.
            scalars.insert(" ", at: 0)
            headWidth = 1
        }
        // cchar_t holds one spacing character and up to CCHARW_MAX-1 marks after it.
        var chars: [wchar_t] = [wchar_t(bitPattern: scalars[0].value)]
        for s in scalars.dropFirst() where chars.count < 5 {
            if kith_wcwidth(wchar_t(bitPattern: s.value)) == 0 { chars.append(wchar_t(bitPattern: s.value)) }
        }
        let replacement: [wchar_t] = [0xFFFD]
        if headWidth == width { return (chars, nil) }
        if headWidth == 1 && width == 2 {
            // e.g. "❤️": C says 1 cell, the grid 2. Text presentation plus a blank.
            return (chars.filter { $0 != 0xFE0F }, [0x20])
        }
        return (replacement, width == 2 ? [0x20] : nil)
    }

    private func placeCursor(_ cursor: (x: Int, y: Int)?, cols: Int, rows: Int, win: UnsafeMutablePointer<WINDOW>) {
        if let c = cursor, c.x >= 0, c.y >= 0, c.x < cols, c.y < rows {
            if cursorShown != true { curs_set(1); cursorShown = true }
            wmove(win, Int32(c.y), Int32(c.x))
        } else if cursorShown != false {
            curs_set(0)
            cursorShown = false
        }
    }

    // MARK: Styles

    /// The curses attributes and color pair for a cell style, cached per style.
    func resolve(_ style: CellStyle) -> (attrs: attr_t, pair: Int32) {
        if let hit = styleCache[style] { return hit }
        let palette = options.palette
        let role = palette.style(for: style.role)
        var attributes = role.attributes
        var pair: Int32 = 0
        if colorDepth == .none {
            attributes.formUnion(palette.monochromeBands[style.band] ?? [])
        } else {
            attributes.formUnion(palette.bandAttributes[style.band] ?? [])
            var fg = ColorMapping.number(for: role.foreground, depth: colorDepth)
            if colorDepth == .ansi8, ColorMapping.isMidGray(role.foreground) { attributes.insert(.dim) }
            let band = style.band == .none ? role.background ?? palette.background(for: .none)
                : palette.background(for: style.band)
            var bg = ColorMapping.number(for: band, depth: colorDepth)
            // A themed dark background has no ANSI equivalent (it would turn black or gray):
            // on 8/16-color terminals such bands use their monochrome attributes instead,
            // unless the theme picked an ANSI color on purpose.
            if colorDepth.isAnsiOnly, style.band != .none {
                if case .index(let i) = band, i < 16 {} else if band != .default {
                    bg = -1
                    attributes.formUnion(palette.monochromeBands[style.band] ?? [])
                }
            }
            if !defaultColors {
                if fg < 0 { fg = 7 }
                if bg < 0 { bg = 0 }
            }
            pair = colorPair(fg: fg, bg: bg)
        }
        let result = (Terminal.cursesAttributes(attributes), pair)
        styleCache[style] = result
        return result
    }

    static func cursesAttributes(_ a: TextAttributes) -> attr_t {
        var out = kith_a_normal()
        if a.contains(.bold) { out |= kith_a_bold() }
        if a.contains(.italic) { out |= kith_a_italic() }
        if a.contains(.underline) { out |= kith_a_underline() }
        if a.contains(.dim) { out |= kith_a_dim() }
        if a.contains(.reverse) { out |= kith_a_reverse() }
        return out
    }

    /// A color pair for (fg, bg), allocated on first use. When the terminal runs out of pairs
    /// (TERM=screen has 64) the foreground alone is kept, then the default pair.
    private func colorPair(fg: Int32, bg: Int32) -> Int32 {
        if fg == -1 && bg == -1 && defaultColors { return 0 }
        let key = Int64(fg) << 32 | Int64(UInt32(bitPattern: bg))
        if let p = pairs[key] { return p }
        guard nextPair < kith_color_pairs(), init_extended_pair(nextPair, fg, bg) == OK else {
            let plainBg: Int32 = defaultColors ? -1 : 0
            return bg != plainBg ? colorPair(fg: fg, bg: plainBg) : 0
        }
        pairs[key] = nextPair
        nextPair += 1
        return nextPair - 1
    }
}
