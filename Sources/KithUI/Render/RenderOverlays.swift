extension Screens {
    /// The search line at the top with results narrowing on every keystroke.
    static func search(_ g: inout CellGrid, _ s: AppState, _ search: SearchState, _ l: Layout) {
        let r = l.searchBox
        g.fill(x: r.x, y: r.y, width: r.width, height: r.height, with: Cell(" ", style: CellStyle(.text, band: .overlay)))
        let prompt = search.mode == .people ? "/ " : "\\ "
        let atLimit = search.mode == .fullText && search.results.count >= SearchIndex.fullTextLimit
        let count = search.mode == .people
            ? "\(Format.count(search.matches)) of \(Format.count(search.total))"
            : Format.count(search.results.count) + (atLimit ? "+" : "") + (search.results.count == 1 ? " line" : " lines")
        // `/ query▏`: the bar marks where typing goes even where the terminal cursor is hidden.
        let chars = Array(search.query)
        let before = String(chars.prefix(search.cursor)), after = String(chars.dropFirst(search.cursor))
        g.box(r, title: [StyledSpan(prompt, .statusKey), StyledSpan(before, .text), StyledSpan("▏", .borderFocus),
                         StyledSpan(after, .text)],
              right: count, focused: true, band: .overlay)
        g.cursor = (min(r.x + r.width - 2, r.x + 2 + DisplayWidth.of(prompt) + DisplayWidth.of(before)), r.y)
        let inner = r.inner
        if search.results.isEmpty {
            let hint = search.query.isEmpty
                ? (search.mode == .people ? "type a name, alias, role or org · tag:x org:y filter" : "type to search every line of every note")
                : "no matches"
            g.put(hint, x: inner.x + 2, y: inner.y, maxWidth: inner.width - 3, style: CellStyle(.dim, band: .overlay), ellipsis: true)
            return
        }
        let visible = search.results.dropFirst(search.top).prefix(inner.height)
        let titleW = search.mode == .people
            ? min(28, max(12, visible.reduce(0) { max($0, DisplayWidth.of($1.title)) }))
            : min(inner.width * 2 / 5, visible.reduce(10) { max($0, DisplayWidth.of($1.title)) })
        for row in 0..<inner.height {
            let i = search.top + row
            guard let hit = search.results[safe: i] else { break }
            let y = inner.y + row
            let band: Band = i == search.selected ? .selection : .overlay
            g.put(i == search.selected ? "▌" : " ", x: inner.x, y: y, style: CellStyle(.borderFocus, band: band))
            let x = inner.x + 1
            let detailX = x + titleW + 2
            let detailW = max(0, inner.x + inner.width - detailX - 1)
            if search.mode == .people {
                marked(&g, hit.title, hit.positions, x: x, y: y, width: titleW, role: .text, band: band)
                // The age, right-aligned as in the list: which of two namesakes is current.
                let ageW = 5
                g.put(hit.detail, x: detailX, y: y, maxWidth: max(0, detailW - ageW - 1), style: CellStyle(.dim, band: band),
                      ellipsis: true)
                if detailW > ageW + 8, let index = s.index {
                    let (age, role) = Screens.age(of: hit.path, in: index, s)
                    g.put(age, x: inner.x + inner.width - 1 - DisplayWidth.of(age), y: y, style: CellStyle(role, band: band))
                }
            } else {
                // Paths keep their end (file name and line); snippets slide to show the match.
                let title = DisplayWidth.of(hit.title) > titleW ? "…" + String(hit.title.suffix(titleW - 1)) : hit.title
                g.put(title, x: x, y: y, maxWidth: titleW, style: CellStyle(.link, band: band))
                var detail = Array(hit.detail)
                var positions = Highlight.positions(of: search.query, in: hit.detail)
                // Slide only as far as needed: the match a quarter in, the line's end at the edge.
                let first = positions.first ?? 0
                let cut = min(first - detailW / 4, detail.count - detailW + 1)
                if first > detailW / 2, cut > 0 {
                    detail = ["…"] + Array(detail.dropFirst(cut + 1))
                    positions = positions.map { $0 - cut }
                }
                marked(&g, String(detail), positions, x: detailX, y: y, width: detailW, role: .text, band: band)
            }
            g.setBand(band, x: inner.x, y: y, width: inner.width)
        }
    }

    /// Text with the graphemes at `positions` in the match role, clipped with `…`.
    static func marked(_ g: inout CellGrid, _ text: String, _ positions: [Int], x: Int, y: Int, width: Int,
                       role: Role, band: Band) {
        let matched = Set(positions)
        let shown = DisplayWidth.truncate(text, to: width)
        var col = x
        for (k, ch) in shown.enumerated() {
            let isEllipsis = k == shown.count - 1 && shown.count < text.count + 1 && ch == "…" && shown != text
            col += g.put(String(ch), x: col, y: y, style: CellStyle(matched.contains(k) && !isEllipsis ? .match : role, band: band))
        }
    }

    /// Help: every binding from the action table, grouped by context.
    static func help(_ g: inout CellGrid, top: Int, _ l: Layout, keymap: Keymap = .standard) {
        let r = l.helpBox
        g.fill(x: r.x, y: r.y, width: r.width, height: r.height, with: Cell(" ", style: CellStyle(.text, band: .overlay)))
        let lines = HelpText.lines(keymap: keymap)
        let inner = r.inner
        let start = max(0, min(top, lines.count - inner.height))
        let more = lines.count > inner.height ? "\(start + 1)–\(min(lines.count, start + inner.height))/\(lines.count)" : nil
        g.box(r, title: [StyledSpan("Help", .title), StyledSpan(" · esc to close", .dim)], right: more, focused: true, band: .overlay)
        let keyW = min(16, inner.width / 3)
        for row in 0..<inner.height {
            guard let line = lines[safe: start + row] else { break }
            let y = inner.y + row
            switch line {
            case .heading(let t):
                g.put(t, x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: CellStyle(.heading, band: .overlay))
            case .binding(let keys, let text):
                g.put(keys, x: inner.x + 3, y: y, maxWidth: keyW, style: CellStyle(.statusKey, band: .overlay), ellipsis: true)
                g.put(text, x: inner.x + 4 + keyW, y: y, maxWidth: max(0, inner.width - keyW - 5),
                      style: CellStyle(.text, band: .overlay), ellipsis: true)
            case .blank:
                break
            }
        }
    }
}

/// The help overlay's lines, generated from `ActionTable` (the same table key handling uses).
public enum HelpText {
    public enum Line: Hashable, Sendable {
        case heading(String)
        case binding(keys: String, help: String)
        case blank
    }

    /// Every context's bindings, with a heading each, keys as `keymap` binds them (a command
    /// whose keys were all taken by others shows `—`).
    public static func lines(keymap: Keymap = .standard) -> [Line] {
        var out: [Line] = []
        for c in Context.allCases {
            let entries = keymap.entries(in: c)
            guard !entries.isEmpty else { continue }
            if !out.isEmpty { out.append(.blank) }
            out.append(.heading(c.title))
            for e in entries {
                let keys = e.keys.map(\.displayName).joined(separator: " ")
                out.append(.binding(keys: keys.isEmpty ? "—" : keys, help: e.help))
            }
        }
        return out
    }
}
