import KithCore

/// Lays out a person's brief (`PersonBrief`) like a printed one-pager: a label column, one
/// fact per line, every line cut to the width by display cells (never wrapped), and the lists
/// (open items, decisions, topics, the people met with them) given the rows the page has
/// left, each ending in `… N more` when it had to be cut. At 80×24 a busy person's brief fits
/// the screen; a taller screen shows more of each list.
public enum BriefBuilder {
    /// Cells of the label column (`Decisions` and a space).
    static let labelWidth = 10

    /// The brief of `path` for a page `width` cells wide and `height` rows tall; nil when it
    /// is not a person.
    public static func document(for path: String, in index: VaultIndex, today: CalendarDate, policy: ContactPolicy,
                                width: Int, height: Int) -> Document? {
        guard let brief = index.brief(of: path, policy: policy, today: today) else { return nil }
        let page = BriefPage(brief: brief, index: index, today: today, width: max(20, width))
        return Document(path: path, title: brief.name, lines: page.lines(height: height))
    }
}

/// The lines of one brief at one width; `lines(height:)` fits the lists to the rows left.
struct BriefPage {
    let brief: PersonBrief
    let index: VaultIndex
    let today: CalendarDate
    let width: Int

    /// Content cells right of the label column.
    var content: Int { max(10, width - BriefBuilder.labelWidth) }

    func lines(height: Int) -> [StyledLine] {
        let head = header()
        let met = recent()
        // Lists in the order they are read, each given a row before any gets a second.
        // `what` names a list of items (cut with `… N more what`); nil for a flowing list.
        var lists: [(label: String, lines: [StyledLine], what: String?)] = []
        let open = openItems()
        if !open.isEmpty { lists.append(("Open", open, "open")) }
        let decided = decisions()
        if !decided.isEmpty { lists.append(("Decisions", decided, "in Key Decisions")) }
        let with = flow(brief.metWith.map { [StyledSpan($0.name, .link, link: LinkDestination(path: $0.path, raw: $0.name)),
                                              StyledSpan(" \($0.shared)", .count)] })
        if !with.isEmpty { lists.append(("With", with, nil)) }
        let topics = flow(brief.topics.map { [StyledSpan($0, .text)] })
        if !topics.isEmpty { lists.append(("Topics", topics, nil)) }
        var rows = lists.map { _ in 1 }
        var left = height - head.count - met.count - lists.count
        var grew = true
        while left > 0 && grew {
            grew = false
            for k in lists.indices where left > 0 && rows[k] < lists[k].lines.count {
                rows[k] += 1
                left -= 1
                grew = true
            }
        }
        var out = head + met
        for (k, list) in lists.enumerated() {
            var shown = Array(list.lines.prefix(rows[k]))
            let hidden = list.lines.count - shown.count
            if hidden > 0, let what = list.what, shown.count > 1 {
                shown[shown.count - 1] = Self.more(hidden + 1, what)
            } else if hidden > 0, list.what != nil {
                // One row: the first item, and how many more there are.
                shown[0] = Self.ended(shown[0], with: "  +\(Format.count(hidden)) more", width: content)
            } else if hidden > 0 {
                // A flowing list (names, topics) says it goes on where it stops.
                shown[shown.count - 1] = Self.ended(shown[shown.count - 1], with: " …", width: content)
            }
            for (i, line) in shown.enumerated() { out.append(labelled(i == 0 ? list.label : "", line)) }
        }
        return out
    }

    // MARK: The fixed part

    /// Name, role, relationship, contact details, last contact and cadence, what is coming,
    /// and the contacts per month.
    func header() -> [StyledLine] {
        var out: [StyledLine] = []
        var name = [StyledSpan(brief.name, .title)]
        if !brief.aliases.isEmpty { name.append(StyledSpan(" · " + brief.aliases.joined(separator: ", "), .dim)) }
        out.append(StyledLine(clip(name, to: width)))
        let p = brief.profile
        var role: [StyledSpan] = []
        if let r = p.role { role.append(StyledSpan(r, .text)) }
        if let o = p.organization {
            if !role.isEmpty { role.append(StyledSpan(" · ", .dim)) }
            role.append(StyledSpan(o, brief.organizationNote == nil ? .text : .link,
                                   link: brief.organizationNote.map { LinkDestination(path: $0, raw: o) }))
        }
        if let t = p.team { role.append(StyledSpan(" (\(t))", .dim)) }
        if !role.isEmpty { out.append(labelled("Role", role)) }
        if let r = p.relationship { out.append(labelled(role.isEmpty ? "Relation" : "", [StyledSpan(r, .text)])) }
        let details = flow(brief.details.flatMap { d in d.values.map { [StyledSpan($0, .text)] } })
        for (i, line) in details.prefix(2).enumerated() { out.append(labelled(i == 0 ? "Contact" : "", line.spans)) }
        out.append(labelled("Last", lastContact()))
        let coming = next()
        if !coming.isEmpty { out.append(labelled("Next", coming)) }
        var spark = Sparkline.spans(brief.monthly)
        spark.append(StyledSpan("  " + ContactFrequency.span(today: today) + " · " + Sparkline.total(brief.monthly), .dim))
        out.append(labelled("Monthly", spark))
        return out
    }

    /// `2025-10-30 · 1y ago · cadence 90d · 301d overdue` (the overdue part in the stale role).
    func lastContact() -> [StyledSpan] {
        var spans: [StyledSpan]
        let due = brief.status?.isDue ?? false
        if let lc = brief.lastContact {
            spans = [StyledSpan(lc.date.description, due ? .stale : .date),
                     StyledSpan(" · " + RelativeAge.ago(lc.date, today: today), .dim)]
        } else {
            spans = [StyledSpan("never", .stale)]
        }
        if let s = brief.status {
            spans.append(StyledSpan(" · cadence " + Format.cadence(s.limit.days), .dim))
            if let over = s.overdueDays, let d = s.due {
                if over > 0 {
                    spans.append(StyledSpan(" · \(over)d overdue", .stale))
                } else {
                    spans.append(StyledSpan(" · due \(over == 0 ? "today" : "\(d.monthDay) (in \(-over)d)")", over == 0 ? .due : .dim))
                }
            }
        }
        return spans
    }

    /// The next meeting and birthday: `Roadmap review Dec 2 (in 7d) · birthday Apr 12 (turns 37, in 138d)`.
    func next() -> [StyledSpan] {
        var spans: [StyledSpan] = []
        if let u = brief.upcoming, let d = u.date {
            let title = Format.withoutDate(u.label)
            spans.append(StyledSpan(title, u.target == nil ? .text : .link, link: u.target.map { LinkDestination(path: $0, raw: title) }))
            spans.append(StyledSpan(" \(d.monthDay) (in \(today.days(until: d))d)", .date))
        }
        if let b = brief.birthday {
            let d = b.next(onOrAfter: today)
            let days = today.days(until: d)
            if !spans.isEmpty { spans.append(StyledSpan(" · ", .dim)) }
            spans.append(StyledSpan("birthday ", .fieldName))
            let turns = b.years(on: d).map { "turns \($0), " } ?? ""
            spans.append(StyledSpan(days == 0 ? "today" + (b.years(on: d).map { " (turns \($0))" } ?? "")
                                    : "\(d.monthDay) (\(turns)in \(days)d)", days <= 7 ? .due : .date))
        }
        return spans
    }

    /// The last interactions: `date  title  summary`, the title linking its note.
    func recent() -> [StyledLine] {
        guard !brief.recent.isEmpty else { return [labelled("Met", [StyledSpan("never", .dim)])] }
        let titles = brief.recent.map { Format.label(of: $0) }
        // The summary says more than the title: the title gets a third of the room at most.
        let titleW = min(titles.map { DisplayWidth.of($0) }.max() ?? 0, max(12, (content - 12) / 3))
        return brief.recent.enumerated().map { k, i in
            var spans = [StyledSpan((i.date?.description ?? "undated   ") + "  ", .date)]
            spans.append(StyledSpan(DisplayWidth.pad(DisplayWidth.truncate(titles[k], to: titleW), to: titleW),
                                    i.target == nil ? .text : .link,
                                    link: i.target.map { LinkDestination(path: $0, raw: i.label) }))
            if let s = Format.summary(of: i) {
                spans.append(StyledSpan("  ", .text))
                spans += InlineRenderer.spans(s, from: i.target ?? brief.path, in: index)
            }
            if let v = i.via { spans.append(StyledSpan("  (via \(v))", .dim)) }
            return labelled(k == 0 ? "Met" : "", spans)
        }
    }

    // MARK: The lists

    /// `[ ] task text   Weekly sync`: the task (links as links), then the note it is in (a
    /// daily note by its date), linking that line.
    func openItems() -> [StyledLine] {
        brief.openItems.map { item in
            let note = index.note(item.path)
            let source = note.map { $0.contactSource == .daily ? $0.name : Format.withoutDate($0.name) } ?? item.path
            let sourceW = min(DisplayWidth.of(source), content / 3)
            var text = [StyledSpan("[ ] ", .dim)] + InlineRenderer.spans(item.text, from: item.path, in: index)
            text = clip(text, to: content - sourceW - 2)
            let used = text.reduce(0) { $0 + DisplayWidth.of($1.text) }
            text.append(StyledSpan(String(repeating: " ", count: max(2, content - sourceW - used)), .text))
            text.append(StyledSpan(DisplayWidth.truncate(source, to: sourceW), .dim,
                                   link: LinkDestination(path: item.path, raw: item.path, line: item.line)))
            return StyledLine(text)
        }
    }

    /// `• decision`, one per line.
    func decisions() -> [StyledLine] {
        brief.decisions.map { d in
            StyledLine([StyledSpan("• ", .dim)] + InlineRenderer.spans(d.text, from: brief.path, in: index))
        }
    }

    /// Items one after another, ` · ` between, in lines of `content` cells (an item longer than
    /// a line is cut).
    func flow(_ items: [[StyledSpan]]) -> [StyledLine] {
        var lines: [StyledLine] = []
        var current: [StyledSpan] = []
        var used = 0
        for item in items {
            let w = item.reduce(0) { $0 + DisplayWidth.of($1.text) }
            if !current.isEmpty && used + 3 + w > content {
                lines.append(StyledLine(current))
                current = []
                used = 0
            }
            if !current.isEmpty {
                current.append(StyledSpan(" · ", .dim))
                used += 3
            }
            let fitted = clip(item, to: content - used)
            current += fitted
            used += fitted.reduce(0) { $0 + DisplayWidth.of($1.text) }
        }
        if !current.isEmpty { lines.append(StyledLine(current)) }
        return lines
    }

    // MARK: Lines

    /// A line with its label in the label column, cut to the width.
    func labelled(_ label: String, _ spans: [StyledSpan]) -> StyledLine {
        StyledLine([StyledSpan(DisplayWidth.pad(label, to: BriefBuilder.labelWidth), .fieldName)] + clip(spans, to: content))
    }

    func labelled(_ label: String, _ line: StyledLine) -> StyledLine { labelled(label, line.spans) }

    /// `… 7 more in Key Decisions`.
    static func more(_ n: Int, _ what: String) -> StyledLine {
        StyledLine([StyledSpan("… \(Format.count(n)) more \(what)", .dim)])
    }

    /// A line that stops short of the rest of its list: `tail` (` …`, `  +4 more`) at its
    /// end, within the width.
    static func ended(_ line: StyledLine, with tail: String, width: Int) -> StyledLine {
        var spans = clip(line.spans, to: width - DisplayWidth.of(tail))
        // An item's source pushed to the right edge gives way to the tail.
        while let last = spans.last, last.text.allSatisfy({ $0 == " " }) { spans.removeLast() }
        spans.append(StyledSpan(tail, .dim))
        return StyledLine(spans)
    }
}

/// `spans` cut to `width` cells: the span that does not fit ends in `…` (keeping its role and
/// link), the rest is left out.
func clip(_ spans: [StyledSpan], to width: Int) -> [StyledSpan] {
    var out: [StyledSpan] = []
    var left = width
    for s in spans {
        guard left > 0 else { break }
        let w = DisplayWidth.of(s.text)
        if w <= left {
            out.append(s)
            left -= w
        } else {
            var cut = s
            cut.text = DisplayWidth.truncate(s.text, to: left)
            out.append(cut)
            break
        }
    }
    return out
}
