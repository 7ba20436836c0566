import KithCore

extension Screens {
    /// Recent: the global timeline, newest first, one header row per day.
    static func recent(_ g: inout CellGrid, _ s: AppState, _ l: Layout) {
        guard let r = l.main else { return }
        let items = s.recentRows.count { $0.interaction != nil }
        g.box(r, title: [StyledSpan("Recent", .title), StyledSpan(" · newest first" + (s.recentByMeeting ? " · by meeting" : ""), .dim)],
              right: items > 0 ? Format.plural(items, "interaction", "interactions") : nil, focused: true)
        let inner = r.inner
        guard let index = s.index else { return centered(&g, "indexing…", in: inner, role: .dim) }
        if s.recentRows.isEmpty { return centered(&g, "no interactions yet", in: inner, role: .dim) }
        // The day header carries the date; rows show who, what (the note) and the gist, in
        // columns as wide as the rows on screen want.
        let w = recentColumns(s, index, width: inner.width, height: inner.height)
        let nameW = w[0], labelW = w[1]
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
            case .item(let it), .member(let it):
                let selected = i == s.nav.recent.selected
                let band: Band = selected ? .selection : .none
                var x = inner.x
                g.put(selected ? "▌" : " ", x: x, y: y, style: CellStyle(.borderFocus, band: band))
                // Under a meeting's header, its people are indented below it.
                var indent = 0
                if case .member = item { indent = 2 }
                x += 3 + indent
                let name = index.note(it.person)?.name ?? it.person
                g.put(DisplayWidth.pad(DisplayWidth.truncate(name, to: nameW - indent), to: nameW - indent), x: x, y: y,
                      style: CellStyle(.text, band: band))
                x += nameW - indent + 2
                // Under a meeting's header the title is the header's: the summary takes its room.
                if case .item = item {
                    // A daily note's name is its date, already the group's: say what it is instead.
                    let label = DisplayWidth.truncate(Format.label(of: it), to: labelW)
                    let labelRole: Role = it.target != nil ? .link : .text
                    g.put(DisplayWidth.pad(label, to: labelW), x: x, y: y, style: CellStyle(labelRole, band: band))
                    x += labelW + 2
                }
                g.put(gist(of: it), x: x, y: y, maxWidth: max(0, inner.x + inner.width - x - 1),
                      style: CellStyle(.text, band: band), ellipsis: true)
                g.setBand(band, x: inner.x, y: y, width: inner.width)
            case .meeting(let m):
                let selected = i == s.nav.recent.selected
                let band: Band = selected ? .selection : .none
                g.put(selected ? "▌" : " ", x: inner.x, y: y, style: CellStyle(.borderFocus, band: band))
                var spans = [StyledSpan(meetingTitle(m, index), .link)]
                let people = m.people.compactMap { index.name(of: $0) }
                if !people.isEmpty { spans.append(StyledSpan(" · " + people.joined(separator: ", "), .dim)) }
                g.put(spans: spans, x: inner.x + 3, y: y, maxWidth: inner.width - 4, band: band)
                g.setBand(band, x: inner.x, y: y, width: inner.width)
            }
        }
    }

    /// A grouped meeting's title: its note's name without the date (the day's header shows
    /// it), or "daily note" for a daily note, whose name is its date.
    static func meetingTitle(_ m: RecentMeeting, _ index: VaultIndex) -> String {
        if m.isDaily || index.contactSource(of: m.path) == .daily { return "daily note" }
        return index.name(of: m.path).map { Format.withoutDate($0) } ?? m.path
    }

    /// The summary of an interaction (without the day and the title its row shows already)
    /// and who it came through.
    static func gist(of it: Interaction) -> String {
        var rest = Format.summary(of: it) ?? ""
        // Links read as their text, as the card and the reader show them.
        if rest.contains("[[") || rest.contains("](") { rest = InlineRenderer.plainText(rest) }
        if let via = it.via { rest += rest.isEmpty ? "via \(via)" : "  (via \(via))" }
        return rest
    }

    /// Recent's name, label and gist columns, sized to the rows on screen.
    static func recentColumns(_ s: AppState, _ index: VaultIndex, width: Int, height: Int) -> [Int] {
        var names = 0, labels = 0, gists = 0
        for row in s.recentRows.dropFirst(s.nav.recent.top).prefix(height) {
            switch row {
            case .item(let it):
                names = max(names, DisplayWidth.of(index.note(it.person)?.name ?? it.person))
                labels = max(labels, DisplayWidth.of(Format.label(of: it)))
                gists = max(gists, DisplayWidth.of(gist(of: it)))
            case .member(let it):
                // Indented two cells under its meeting's header.
                names = max(names, DisplayWidth.of(index.note(it.person)?.name ?? it.person) + 2)
                gists = max(gists, DisplayWidth.of(gist(of: it)))
            case .due(let path):
                names = max(names, DisplayWidth.of(index.note(path)?.name ?? path))
            case .upcoming(let u):
                let more = u.people.count > 1 ? " +\(u.people.count - 1)" : ""
                names = max(names, DisplayWidth.of((u.people.first.flatMap { index.note($0)?.name } ?? "") + more))
            default:
                break
            }
        }
        // Marker and gaps: `▌  name  label  gist ` is 8 cells besides the columns.
        return ColumnFit.widths(natural: [names, labels, gists], shares: [0.3, 0.4, 1], minimum: [12, 12, 0],
                                available: width - 8)
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
}
