extension Screens {
    /// Help: every binding from the action table, grouped by context, the current screen's
    /// first; the `/` search's matches highlighted and the current one marked.
    static func help(_ g: inout CellGrid, _ help: HelpState, _ l: Layout, keymap: Keymap = .standard) {
        let r = l.helpBox
        g.fill(x: r.x, y: r.y, width: r.width, height: r.height, with: Cell(" ", style: CellStyle(.text, band: .overlay)))
        let lines = HelpText.lines(keymap: keymap, leading: help.leading)
        let inner = r.inner
        let start = max(0, min(help.top, lines.count - inner.height))
        let more = lines.count > inner.height ? "\(start + 1)–\(min(lines.count, start + inner.height))/\(lines.count)" : nil
        var title = [StyledSpan("Help", .title)]
        let query = help.highlighted
        if let line = help.line {
            let chars = Array(line.text)
            title += [StyledSpan("  / ", .statusKey), StyledSpan(String(chars.prefix(line.cursor)), .text),
                      StyledSpan("▏", .borderFocus), StyledSpan(String(chars.dropFirst(line.cursor)), .text)]
        } else if !query.isEmpty {
            title.append(StyledSpan("  /\(query)", .statusKey))
        } else {
            title.append(StyledSpan(" · / search · esc to close", .dim))
        }
        if !query.isEmpty {
            let matches = AppState.helpMatches(query, in: lines)
            let at = help.match.flatMap { matches.firstIndex(of: $0) }.map { "\($0 + 1) of " } ?? ""
            title.append(StyledSpan(matches.isEmpty ? "  no match" : "  \(at)\(Format.plural(matches.count, "match", "matches"))",
                                    matches.isEmpty ? .error : .dim))
        }
        g.box(r, title: title, right: more, focused: true, band: .overlay)
        let keyW = min(16, inner.width / 3)
        for row in 0..<inner.height {
            let i = start + row
            guard let line = lines[safe: i] else { break }
            let y = inner.y + row
            let current = i == help.match
            let band: Band = current ? .selection : .overlay
            switch line {
            case .heading(let t):
                marked(&g, t, Highlight.positions(of: query, in: t), x: inner.x + 1, y: y, width: inner.width - 2,
                       role: .heading, band: band)
            case .binding(let keys, let text):
                marked(&g, keys, Highlight.positions(of: query, in: keys), x: inner.x + 3, y: y, width: keyW,
                       role: .statusKey, band: band)
                marked(&g, text, Highlight.positions(of: query, in: text), x: inner.x + 4 + keyW, y: y,
                       width: max(0, inner.width - keyW - 5), role: .text, band: band)
            case .blank:
                break
            }
            if current {
                g.put("▌", x: inner.x, y: y, style: CellStyle(.borderFocus, band: band))
                g.setBand(band, x: inner.x, y: y, width: inner.width)
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

        /// What `/` in the help searches: the heading, or the keys and what they do.
        public var searchText: String {
            switch self {
            case .heading(let t): return t
            case .binding(let keys, let help): return keys + "  " + help
            case .blank: return ""
            }
        }
    }

    /// Every context's bindings, with a heading each, keys as `keymap` binds them (a command
    /// whose keys were all taken by others shows `—`). The `leading` contexts (the screen the
    /// help was opened over) come first, the others in table order.
    public static func lines(keymap: Keymap = .standard, leading: [Context] = []) -> [Line] {
        var out: [Line] = []
        let order = leading + Context.allCases.filter { !leading.contains($0) }
        for c in order {
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
