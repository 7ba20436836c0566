import KithCore

extension KithApp {
    /// Draws the state at a given terminal size (the run loop's `render(state, cols, rows)`).
    /// A size that differs from the state's is laid out as a resize would be.
    public static func render(_ state: AppState, cols: Int, rows: Int) -> CellGrid {
        if state.cols == cols && state.rows == rows { return render(state) }
        return render(update(state, .resize(cols: cols, rows: rows)).0)
    }

    /// Draws the whole screen for a state at its size. Pure: the same state gives the same
    /// grid, so tests compare grids (text and styles) like ratatui's TestBackend.
    public static func render(_ s: AppState) -> CellGrid {
        var g = CellGrid(width: s.cols, height: s.rows)
        guard s.cols > 0, s.rows > 0 else { return g }
        if s.isTooSmall {
            Screens.tooSmall(&g)
            return g
        }
        let l = Layout(s)
        Screens.header(&g, s, l)
        switch s.nav.page {
        case .people: Screens.people(&g, s, l)
        case .recent: Screens.recent(&g, s, l)
        case .meetings: Screens.meetings(&g, s, l)
        case .organizations: Screens.organizations(&g, s, l)
        case .reader, .brief: Screens.reader(&g, s, l)
        case .cardList(let list): Screens.cardList(&g, s, list, l)
        }
        switch s.overlay {
        case .search(let search)?: Screens.search(&g, s, search, l)
        case .help(let help)?: Screens.help(&g, help, l, keymap: s.keymap)
        case .palette(let palette)?: Screens.palette(&g, s, palette)
        case .menu(let menu)?: Screens.menu(&g, menu, l)
        case nil: break
        }
        Screens.status(&g, s, l)
        if s.asciiGlyphs { g.asciiBlocks() }
        return g
    }
}

/// The drawing code of each screen; `KithApp.render` puts them together.
enum Screens {
    static func tooSmall(_ g: inout CellGrid) {
        let full = "terminal too small (need \(AppState.minCols)×\(AppState.minRows))"
        let lines = DisplayWidth.of(full) <= g.width
            ? [full, "now \(g.width)×\(g.height)"]
            : ["terminal too small", "(need \(AppState.minCols)×\(AppState.minRows))", "now \(g.width)×\(g.height)"]
        let y0 = max(0, (g.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let w = DisplayWidth.of(line)
            g.put(line, x: max(0, (g.width - w) / 2), y: y0 + i, maxWidth: g.width,
                  style: CellStyle(i == lines.count - 1 ? .dim : .error), ellipsis: true)
        }
    }

    /// ` kith  1 People  2 Recent  3 Meetings  4 Organizations  …  ~/vault · 7 people · 12 transcripts`,
    /// or in the reader ` kith  ‹ Back-title  ›  path`.
    static func header(_ g: inout CellGrid, _ s: AppState, _ l: Layout) {
        let y = l.header.y
        g.fill(x: 0, y: y, width: g.width, height: 1, with: Cell(" ", style: CellStyle(.header, band: .bar)))
        g.put(" kith", x: 0, y: y, style: CellStyle(.title, band: .bar))
        if case .cardList(let list) = s.nav.page { return cardListHeader(&g, s, list, y: y) }
        if s.nav.page.isDocument {
            let from = s.nav.readerFrom ?? "back"
            var x = 7
            x += g.put("‹ ", x: x, y: y, style: CellStyle(.dim, band: .bar))
            x += g.put(from, x: x, y: y, maxWidth: max(8, g.width / 3), style: CellStyle(.header, band: .bar), ellipsis: true)
            x += g.put("  ›  ", x: x, y: y, style: CellStyle(.dim, band: .bar))
            let here: String
            switch s.nav.page {
            case .brief(let path): here = "brief · " + (s.index?.note(path)?.name ?? path)
            case .reader(let path): here = path
            default: here = ""
            }
            g.put(here, x: x, y: y, maxWidth: g.width - x - 1, style: CellStyle(.headerActive, band: .bar), ellipsis: true)
            return
        }
        var end = 0
        for (i, x) in Layout.tabStarts().enumerated() {
            let tab = Layout.tabs[i]
            let active = s.nav.page == tab.page
            let style = CellStyle(active ? .headerActive : .header, band: .bar)
            if active { g.put(" ", x: x - 1, y: y, style: style) }
            end = x + g.put(tab.label, x: x, y: y, style: style)
            if active { g.put(" ", x: end, y: y, style: style) }
        }
        var right = [s.vaultName]
        if let index = s.index {
            right.append(Format.plural(index.count(.person), "person", "people"))
            right.append(Format.plural(index.count(.transcript), "transcript", "transcripts"))
        }
        // A long vault path gives way to its folder's name first (`…/SampleVault`), then facts
        // drop from the right until they fit beside the tabs.
        let room = g.width - 1 - end - 3
        let fits: ([String]) -> Bool = { DisplayWidth.of($0.joined(separator: " · ")) <= room }
        if !fits(right), let folder = s.vaultName.split(separator: "/").last, folder != Substring(s.vaultName) {
            right[0] = "…/" + folder
        }
        while !right.isEmpty {
            let text = right.joined(separator: " · ")
            if fits(right) {
                g.put(text, x: g.width - 1 - DisplayWidth.of(text), y: y, style: CellStyle(.dim, band: .bar))
                break
            }
            right.removeLast()
        }
    }

    /// Key hints on the left; a message, progress, scroll position or index time on the right.
    /// The kept hints (`? help`) always show: the right side is cut before they are.
    static func status(_ g: inout CellGrid, _ s: AppState, _ l: Layout) {
        let y = l.status.y
        g.fill(x: 0, y: y, width: g.width, height: 1, with: Cell(" ", style: CellStyle(.status, band: .bar)))
        let (right, rightRole) = statusText(s)
        let all = hints(for: s)
        let width: ((key: String, text: String, kept: Bool)) -> Int = { DisplayWidth.of($0.key) + 1 + DisplayWidth.of($0.text) + 2 }
        let keptW = all.filter(\.kept).reduce(0) { $0 + width($1) }
        let rw = min(DisplayWidth.of(right), max(0, g.width - 3 - keptW))
        if rw > 0 {
            g.put(right, x: g.width - 1 - rw, y: y, maxWidth: rw, style: CellStyle(rightRole, band: .bar), ellipsis: true)
        }
        // Hints in table order; when short of room the last ones that are not kept give way.
        let limit = g.width - rw - 3
        var shown = all
        while shown.reduce(1, { $0 + width($1) }) - 2 > limit, let drop = shown.lastIndex(where: { !$0.kept }) {
            shown.remove(at: drop)
        }
        var x = 1
        for h in shown where x + width(h) - 2 <= max(limit, 0) || h.kept {
            g.put(h.key, x: x, y: y, style: CellStyle(.statusKey, band: .bar))
            g.put(h.text, x: x + DisplayWidth.of(h.key) + 1, y: y, style: CellStyle(.status, band: .bar))
            x += width(h)
        }
    }

    /// The right side of the status line and its role.
    static func statusText(_ s: AppState) -> (String, Role) {
        if let m = s.message { return (m.text, m.isError ? .error : .message) }
        if s.overlay == nil, case .reader = s.nav.page, let view = s.currentView {
            let maxTop = view.maxTop(height: s.docHeight)
            let percent = "\(maxTop == 0 ? 100 : s.nav.reader.top * 100 / maxTop)%"
            let spots = s.readerSpots
            if let hits = s.nav.readerHits, !spots.isEmpty {
                return ("hit \(Format.count(hits.current + 1)) of \(Format.count(spots.count)) · \(percent)", .status)
            }
            return (percent, .status)
        }
        // A reload keeps showing the old index while it reads the vault again.
        let verb = s.index == nil ? "indexing" : "re-indexing"
        switch s.status {
        case .notLoaded: return ("not indexed", .status)
        case .loading(let done, let total):
            return (total > 0 ? "\(verb) \(Format.count(done))/\(Format.count(total))" : "\(verb)…", .status)
        case .linking(let notes): return ("linking \(Format.count(notes)) notes…", .status)
        case .failed(let why): return (why, .error)
        case .loaded(let notes, let seconds):
            return ("indexed \(Format.count(notes)) notes in \(formatSeconds(seconds))", .status)
        }
    }

    /// The hints that matter now, from the action table: the focused context's, then global.
    static func hints(for s: AppState) -> [(key: String, text: String, kept: Bool)] {
        var out: [(key: String, text: String, kept: Bool)] = []
        let contexts = Keymap.contexts(for: s)
        for c in contexts {
            for e in s.keymap.entries(in: c) {
                guard let hint = e.hint, let key = e.keys.first else { continue }
                // A key a more specific context takes (the palette's Enter over the search
                // line's) does something else here.
                if s.keymap.command(for: key, in: contexts) != e.command { continue }
                if e.command == .focusCard && s.nav.page != .people { continue }
                // Sorting only shows in the People list.
                if e.command == .sort && !((s.nav.page == .people || s.nav.page == .organizations) && s.overlay == nil) { continue }
                if e.command == .groupByMeeting && s.nav.page != .recent { continue }
                if e.command == .clearFilter && !(s.nav.page == .people && s.nav.peopleFilter != nil) { continue }
                // The brief is a key away where a person is selected.
                if e.command == .brief && !(s.nav.page == .people && s.overlay == nil && s.personUnderCursor != nil) { continue }
                // `n` walks hits only in a reader opened from a full-text hit.
                if e.command == .readerNextHit && s.nav.readerHits == nil { continue }
                out.append((key.displayName, hint, e.hintKept))
            }
        }
        if !s.back.isEmpty, s.overlay == nil {
            // In the reader, going back is what people look for first.
            let at = s.nav.page.view == nil ? 0 : min(2, out.count)
            out.insert(("⌫", "back", false), at: at)
        }
        return out
    }

    static func formatSeconds(_ t: Double) -> String {
        let hundredths = Int((t * 100).rounded())
        let frac = hundredths % 100
        return "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac) s"
    }
}
