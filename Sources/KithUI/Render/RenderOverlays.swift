extension Screens {
    /// The search line at the top with results narrowing on every keystroke.
    static func search(_ g: inout CellGrid, _ s: AppState, _ search: SearchState, _ l: Layout) {
        let r = l.searchBox
        g.fill(x: r.x, y: r.y, width: r.width, height: r.height, with: Cell(" ", style: CellStyle(.text, band: .overlay)))
        let prompt = search.mode == .people ? "/ " : "\\ "
        let count = search.mode == .people
            ? "\(Format.count(search.results.count)) of \(Format.count(search.total))"
            : Format.plural(search.results.count, "line", "lines")
        g.box(r, title: [StyledSpan(prompt, .statusKey), StyledSpan(search.query, .text)], right: count,
              focused: true, band: .overlay)
        // The terminal cursor sits in the query, where typing goes.
        let before = String(search.query.prefix(search.cursor))
        g.cursor = (min(r.x + r.width - 2, r.x + 2 + DisplayWidth.of(prompt) + DisplayWidth.of(before)), r.y)
        let inner = r.inner
        if search.results.isEmpty {
            let hint = search.query.isEmpty ? "type to search" : "no matches"
            g.put(hint, x: inner.x + 2, y: inner.y, style: CellStyle(.dim, band: .overlay))
            return
        }
        let titleW = search.mode == .people
            ? min(28, max(12, inner.width * 2 / 5))
            : min(inner.width / 2, search.results.prefix(200).reduce(10) { max($0, DisplayWidth.of($1.title)) })
        for row in 0..<inner.height {
            let i = search.top + row
            guard let hit = search.results[safe: i] else { break }
            let y = inner.y + row
            let band: Band = i == search.selected ? .selection : .overlay
            g.put(i == search.selected ? "▌" : " ", x: inner.x, y: y, style: CellStyle(.borderFocus, band: band))
            var x = inner.x + 1
            let matched = Set(hit.positions)
            let titleRole: Role = search.mode == .people ? .text : .link
            var used = 0
            for (k, ch) in DisplayWidth.truncate(hit.title, to: titleW).enumerated() {
                let w = g.put(String(ch), x: x + used, y: y, style: CellStyle(matched.contains(k) ? .match : titleRole, band: band))
                used += w
            }
            x += titleW + 2
            g.put(hit.detail, x: x, y: y, maxWidth: max(0, inner.x + inner.width - x - 1),
                  style: CellStyle(.dim, band: band), ellipsis: true)
            g.setBand(band, x: inner.x, y: y, width: inner.width)
        }
    }

    /// Help: every binding from the action table, grouped by context.
    static func help(_ g: inout CellGrid, top: Int, _ l: Layout) {
        let r = l.helpBox
        g.fill(x: r.x, y: r.y, width: r.width, height: r.height, with: Cell(" ", style: CellStyle(.text, band: .overlay)))
        let lines = HelpText.lines()
        let inner = r.inner
        let start = max(0, min(top, lines.count - inner.height))
        let more = lines.count > inner.height ? "\(start + 1)–\(min(lines.count, start + inner.height))/\(lines.count)" : nil
        g.box(r, title: [StyledSpan("Help", .title), StyledSpan(" · esc to close", .dim)], right: more, focused: true, band: .overlay)
        let keyW = min(24, inner.width / 3)
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

    /// Every context's bindings, with a heading each.
    public static func lines() -> [Line] {
        var out: [Line] = []
        for c in Context.allCases {
            let entries = ActionTable.entries(in: c)
            guard !entries.isEmpty else { continue }
            if !out.isEmpty { out.append(.blank) }
            out.append(.heading(c.title))
            for e in entries {
                out.append(.binding(keys: e.keys.map(\.displayName).joined(separator: " "), help: e.help))
            }
        }
        return out
    }
}
