import KithCore

extension Screens {
    /// Recent: the global timeline, newest first, one header row per day.
    static func recent(_ g: inout CellGrid, _ s: AppState, _ l: Layout) {
        guard let r = l.main else { return }
        let items = s.recentRows.interactionCount
        g.box(r, title: [StyledSpan("Recent", .title), StyledSpan(" · newest first" + (s.recentByMeeting ? " · by meeting" : ""), .dim)],
              right: items > 0 ? Format.plural(items, "interaction", "interactions") : nil, focused: true)
        let inner = r.inner
        guard let index = s.index else { return centered(&g, "indexing…", in: inner, role: .dim) }
        if s.recentRows.isEmpty { return explained(&g, EmptyViews.recent(index), in: inner) }
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
                dueMoreRow(&g, s, count: n, selected: i == s.nav.recent.selected, x: inner.x, y: y, width: inner.width)
            case .day(let d):
                dayHeader(&g, d, today: s.today, x: inner.x + 1, y: y, width: inner.width - 2)
            case .item(let it), .member(let it):
                var member = false
                if case .member = item { member = true }
                interactionRow(&g, index, it, member: member, selected: i == s.nav.recent.selected,
                               x: inner.x, y: y, width: inner.width, nameW: nameW, labelW: labelW)
            case .meeting(let m):
                meetingRow(&g, index, m, selected: i == s.nav.recent.selected, x: inner.x, y: y, width: inner.width)
            }
        }
    }

    /// `… N more · ⏎ lists M more`: the rest of the Due group, a page at a time.
    static func dueMoreRow(_ g: inout CellGrid, _ s: AppState, count n: Int, selected: Bool, x: Int, y: Int, width: Int) {
        let band: Band = selected ? .selection : .none
        g.put(selected ? "▌" : " ", x: x, y: y, style: CellStyle(.borderFocus, band: band))
        let page = min(n, s.duePage)
        g.put(spans: [StyledSpan("… \(Format.count(n)) more", .text),
                      StyledSpan(" · ⏎ lists \(n > page ? "\(Format.count(page)) more" : "them")", .dim)],
              x: x + 3, y: y, maxWidth: width - 4, band: band)
        g.setBand(band, x: x, y: y, width: width)
    }

    /// `2026-11-24  Tuesday · 1d ago`: the day the rows below it share.
    static func dayHeader(_ g: inout CellGrid, _ d: CalendarDate?, today: CalendarDate, x: Int, y: Int, width: Int) {
        var spans = [StyledSpan(d?.description ?? "undated", .heading)]
        if let d {
            spans.append(StyledSpan("  \(Format.weekday(d))", .dim))
            spans.append(StyledSpan(" · \(RelativeAge.ago(d, today: today))", .dim))
        }
        g.put(spans: spans, x: x, y: y, maxWidth: width)
    }

    /// One interaction: who, the note (or what kind of entry it is), and the gist; a meeting's
    /// `member` is indented under its header, which already names the note.
    static func interactionRow(_ g: inout CellGrid, _ index: VaultIndex, _ it: Interaction, member: Bool, selected: Bool,
                               x x0: Int, y: Int, width: Int, nameW: Int, labelW: Int) {
        let band: Band = selected ? .selection : .none
        var x = x0
        g.put(selected ? "▌" : " ", x: x, y: y, style: CellStyle(.borderFocus, band: band))
        let indent = member ? 2 : 0
        x += 3 + indent
        let name = index.note(it.person)?.name ?? it.person
        g.put(DisplayWidth.pad(DisplayWidth.truncate(name, to: nameW - indent), to: nameW - indent), x: x, y: y,
              style: CellStyle(.text, band: band))
        x += nameW - indent + 2
        // Under a meeting's header the title is the header's: the summary takes its room.
        if !member {
            // A daily note's name is its date, already the group's: say what it is instead.
            let label = DisplayWidth.truncate(Format.label(of: it), to: labelW)
            let labelRole: Role = it.target != nil ? .link : .text
            g.put(DisplayWidth.pad(label, to: labelW), x: x, y: y, style: CellStyle(labelRole, band: band))
            x += labelW + 2
        }
        g.put(gist(of: it), x: x, y: y, maxWidth: max(0, x0 + width - x - 1),
              style: CellStyle(.text, band: band), ellipsis: true)
        g.setBand(band, x: x0, y: y, width: width)
    }

    /// A meeting's header when Recent is grouped by meeting: its title and its people.
    static func meetingRow(_ g: inout CellGrid, _ index: VaultIndex, _ m: RecentMeeting, selected: Bool, x: Int, y: Int, width: Int) {
        let band: Band = selected ? .selection : .none
        g.put(selected ? "▌" : " ", x: x, y: y, style: CellStyle(.borderFocus, band: band))
        var spans = [StyledSpan(meetingTitle(m, index), .link)]
        let people = m.people.compactMap { index.name(of: $0) }
        if !people.isEmpty { spans.append(StyledSpan(" · " + people.joined(separator: ", "), .dim)) }
        g.put(spans: spans, x: x + 3, y: y, maxWidth: width - 4, band: band)
        g.setBand(band, x: x, y: y, width: width)
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
