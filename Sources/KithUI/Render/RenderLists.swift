import KithCore

extension Screens {
    /// Recent: the global timeline, newest first, one header row per day.
    static func recent(_ g: inout CellGrid, _ s: AppState, _ l: Layout) {
        guard let r = l.main else { return }
        let items = s.recentRows.count { if case .item = $0 { return true } else { return false } }
        g.box(r, title: [StyledSpan("Recent", .title), StyledSpan(" · newest first", .dim)],
              right: items > 0 ? Format.plural(items, "interaction", "interactions") : nil, focused: true)
        let inner = r.inner
        guard let index = s.index else { return centered(&g, "indexing…", in: inner, role: .dim) }
        if s.recentRows.isEmpty { return centered(&g, "no interactions yet", in: inner, role: .dim) }
        // The day header carries the date; rows show who, what (the note) and the gist.
        let nameW = min(20, max(16, inner.width / 5))
        let labelW = min(34, max(12, inner.width / 4))
        for row in 0..<inner.height {
            let i = s.nav.recent.top + row
            guard let item = s.recentRows[safe: i] else { break }
            let y = inner.y + row
            switch item {
            case .upcomingHeader(let n):
                upcomingHeader(&g, count: n, x: inner.x + 1, y: y, width: inner.width - 2)
            case .upcoming(let u):
                upcomingRow(&g, s, index, u, selected: i == s.nav.recent.selected, x: inner.x, y: y,
                            width: inner.width, nameW: nameW)
            case .dueHeader(let n):
                g.put(spans: [StyledSpan("Due", .heading),
                              StyledSpan(" · \(Format.plural(n, "person", "people")) past their cadence, most overdue first", .dim)],
                      x: inner.x + 1, y: y, maxWidth: inner.width - 2)
            case .due(let path):
                dueRow(&g, s, index, path: path, selected: i == s.nav.recent.selected, x: inner.x, y: y,
                       width: inner.width, nameW: nameW)
            case .dueMore(let n):
                let selected = i == s.nav.recent.selected
                let band: Band = selected ? .selection : .none
                g.put(selected ? "▌" : " ", x: inner.x, y: y, style: CellStyle(.borderFocus, band: band))
                let page = min(n, s.duePage)
                g.put(spans: [StyledSpan("… \(Format.count(n)) more", .text),
                              StyledSpan(" · ⏎ lists \(n > page ? "\(Format.count(page)) more" : "them")", .dim)],
                      x: inner.x + 3, y: y, maxWidth: inner.width - 4, band: band)
                g.setBand(band, x: inner.x, y: y, width: inner.width)
            case .day(let d):
                var spans = [StyledSpan(d?.description ?? "undated", .heading)]
                if let d {
                    spans.append(StyledSpan("  \(Format.weekday(d))", .dim))
                    spans.append(StyledSpan(" · \(RelativeAge.ago(d, today: s.today))", .dim))
                }
                g.put(spans: spans, x: inner.x + 1, y: y, maxWidth: inner.width - 2)
            case .item(let it):
                let selected = i == s.nav.recent.selected
                let band: Band = selected ? .selection : .none
                var x = inner.x
                g.put(selected ? "▌" : " ", x: x, y: y, style: CellStyle(.borderFocus, band: band))
                x += 3
                let name = index.note(it.person)?.name ?? it.person
                g.put(DisplayWidth.pad(DisplayWidth.truncate(name, to: nameW), to: nameW), x: x, y: y,
                      style: CellStyle(.text, band: band))
                x += nameW + 2
                let label = DisplayWidth.truncate(Format.withoutDate(it.label), to: labelW)
                let labelRole: Role = it.target != nil ? .link : .text
                g.put(DisplayWidth.pad(label, to: labelW), x: x, y: y, style: CellStyle(labelRole, band: band))
                x += labelW + 2
                var rest = it.summary ?? ""
                if let via = it.via { rest += rest.isEmpty ? "via \(via)" : "  (via \(via))" }
                g.put(rest, x: x, y: y, maxWidth: max(0, inner.x + inner.width - x - 1),
                      style: CellStyle(.text, band: band), ellipsis: true)
                g.setBand(band, x: inner.x, y: y, width: inner.width)
            }
        }
    }

    /// `▌  Name   12d overdue  · cadence 2w · last 2025-10-01`.
    static func dueRow(_ g: inout CellGrid, _ s: AppState, _ index: VaultIndex, path: String, selected: Bool,
                       x: Int, y: Int, width: Int, nameW: Int) {
        let band: Band = selected ? .selection : .none
        g.put(selected ? "▌" : " ", x: x, y: y, style: CellStyle(.borderFocus, band: band))
        let name = index.note(path)?.name ?? path
        g.put(DisplayWidth.pad(DisplayWidth.truncate(name, to: nameW), to: nameW), x: x + 3, y: y,
              style: CellStyle(.text, band: band))
        if let st = index.contactStatus(of: path, policy: s.contactPolicy, today: s.today), let over = st.overdueDays {
            var spans = [StyledSpan("\(over)d overdue", .due), StyledSpan(" · cadence \(Format.cadence(st.limit.days))", .dim)]
            if let last = st.lastContact { spans.append(StyledSpan(" · last \(last.date)", .dim)) }
            g.put(spans: spans, x: x + 3 + nameW + 2, y: y, maxWidth: max(0, width - nameW - 6), band: band)
        }
        g.setBand(band, x: x, y: y, width: width)
    }

    /// Transcripts: all of them by date with their participants.
    static func transcripts(_ g: inout CellGrid, _ s: AppState, _ l: Layout) {
        guard let r = l.main else { return }
        let rows = s.transcriptRows
        let pos = rows.isEmpty ? nil : "\(Format.count(s.nav.transcripts.selected + 1))/\(Format.count(rows.count))"
        g.box(r, title: [StyledSpan("Transcripts", .title), StyledSpan(" · newest first", .dim)], right: pos, focused: true)
        let inner = r.inner
        guard s.index != nil else { return centered(&g, "indexing…", in: inner, role: .dim) }
        if rows.isEmpty { return centered(&g, "no transcripts in this vault", in: inner, role: .dim) }
        // The title column is as wide as the longest title on screen, so participants get the rest.
        let visible = rows.dropFirst(s.nav.transcripts.top).prefix(inner.height)
        let longest = visible.reduce(0) { max($0, DisplayWidth.of(Format.withoutDate($1.name))) }
        let titleW = max(16, min(longest, (inner.width - 14) * 11 / 20))
        for row in 0..<inner.height {
            let i = s.nav.transcripts.top + row
            guard let t = rows[safe: i] else { break }
            let y = inner.y + row
            let selected = i == s.nav.transcripts.selected
            let band: Band = selected ? .selection : .none
            var x = inner.x
            g.put(selected ? "▌" : " ", x: x, y: y, style: CellStyle(.borderFocus, band: band))
            x += 2
            g.put(t.date?.description ?? "undated   ", x: x, y: y, style: CellStyle(.date, band: band))
            x += 12
            g.put(DisplayWidth.pad(DisplayWidth.truncate(Format.withoutDate(t.name), to: titleW), to: titleW), x: x, y: y,
                  style: CellStyle(.text, band: band))
            x += titleW + 2
            let who = t.participants.isEmpty ? "—" : t.participants.joined(separator: ", ")
            g.put(who, x: x, y: y, maxWidth: max(0, inner.x + inner.width - x - 1), style: CellStyle(.dim, band: band), ellipsis: true)
            g.setBand(band, x: inner.x, y: y, width: inner.width)
        }
    }
}
