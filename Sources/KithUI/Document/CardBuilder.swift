import Foundation
import KithCore

/// Builds a person's card: who they are, when you last spoke, what you talked about, and
/// what the vault says about them.
///
/// In order: role · organization (team); relationship; last contact (`.stale` when the person
/// is due, `(derived)` when not written); cadence and due date (`ContactPolicy`); tags; aliases — none of these carry a
/// link. Then the Properties block (`CardProperties`: contact details, birthday; its links are
/// the card's first selectable items), Recent Context
/// (`date  label  summary  (via X)`, the label linking the transcript, `.unresolved` when
/// it does not resolve; a label that repeats the entry's date drops it; labels are cut to
/// 48 cells when a summary follows), then the note's other sections in file order, rendered
/// like the reader (Profile without the role and relationship already shown; empty sections
/// left out; a section that is only a list of links becomes one line: `Related Projects
/// Cloud · Other`), then Backlinks grouped by kind, Met with (co-attendees) and Also in
/// (transcripts that link the person but are not in Recent Context).
public enum CardBuilder {
    /// Labels longer than this are cut with `…` when a summary follows them.
    static let labelWidth = 48
    /// Rows listed per backlink group and for Met with before "… N more".
    static let listLimit = 25

    /// The card for the person at `path`; any other note gets `ReaderBuilder.document`.
    /// `mentions` (built once for `index`) makes the unlinked mentions cheap to find.
    public static func card(for path: String, in index: VaultIndex, today: CalendarDate,
                            policy: ContactPolicy = ContactPolicy(), mentions: MentionFilter? = nil) -> Document {
        person(for: path, in: index, today: today, policy: policy, mentions: .search(mentions))?.document
            ?? ReaderBuilder.document(for: path, in: index)
    }

    /// The card of the person at `path` and the full lists behind its "… N more" rows; nil
    /// for any other note. Each section lists its first `listLimit` rows, so the card costs
    /// the same for the vault's owner as for anyone but for gathering the lists (linear in
    /// their backlinks and interactions); the unlinked mentions come from `mentions`.
    public static func person(for path: String, in index: VaultIndex, today: CalendarDate,
                              policy: ContactPolicy = ContactPolicy(), mentions: CardMentions) -> PersonCard? {
        guard let note = index.note(path), note.kind == .person else { return nil }
        var lists = gather(of: note, in: index)
        var candidates: Int?
        switch mentions {
        case .found(let found): lists.mentions = found
        case .search(let filter): lists.mentions = index.unlinkedMentions(of: path, filter: filter)
        case .pending(let n): candidates = n
        case .awaitingFilters: break
        }
        var lines = header(of: note, in: index, today: today, policy: policy)
        var blocks: [[StyledLine]] = [CardProperties.lines(of: note, in: index, today: today, yearlyKeys: policy.yearlyKeys)]
        // A person kept the daily-note or meeting way has no Recent Context: their
        // interactions take its place instead of an empty section above them and the list at
        // the card's end.
        let interactionsFirst = note.recentContext.isEmpty && !lists.alsoIn.isEmpty
        if interactionsFirst {
            blocks.append(CardSections.alsoIn(of: note, lists, today: today, title: "Interactions"))
        } else {
            blocks.append(recentContext(of: note, in: index))
        }
        blocks += CardSections.sections(of: note, in: index)
        blocks.append(CardSections.backlinks(of: note, lists, in: index))
        blocks.append(CardSections.metWith(of: note, lists))
        if !interactionsFirst { blocks.append(CardSections.alsoIn(of: note, lists, today: today, title: "Also in")) }
        blocks.append(CardSections.unlinkedMentions(of: note, lists, pending: candidates, in: index))
        for block in blocks where !block.isEmpty {
            if !lines.isEmpty { lines.append(StyledLine()) }
            lines += block
        }
        return PersonCard(document: Document(path: path, title: note.name, lines: lines), lists: lists)
    }

    /// The lists a person's card shows the start of (all but the mentions), gathered side by
    /// side: for the vault's owner each is a pass over tens of thousands of entries.
    static func gather(of note: IndexedNote, in index: VaultIndex) -> CardLists {
        let parts = Parallel.map(3) { part in
            var lists = CardLists()
            switch part {
            case 0:
                var groups = [[Backlink]](repeating: [], count: BacklinkGroup.allCases.count)
                index.forEachBacklinkSource(to: note.path) { b in
                    let daily = b.kind == .note && index.note(b.source)?.contactSource == .daily
                    groups[BacklinkGroup(b.kind, isDaily: daily).rawValue].append(b)
                }
                for group in BacklinkGroup.allCases where !groups[group.rawValue].isEmpty {
                    lists.backlinks[group] = groups[group.rawValue]
                }
            case 1:
                lists.metWith = index.coAttendees(of: note.path)
            default:
                lists.alsoIn = index.interactions(of: note.path) { !$0.origin.isWritten }
            }
            return lists
        }
        var lists = parts[0]
        lists.metWith = parts[1].metWith
        lists.alsoIn = parts[2].alsoIn
        return lists
    }

    /// `2025-10-30 - Title` → `Title` when the date is the entry's own (it is shown beside it).
    static func withoutDate(_ label: String, _ date: CalendarDate?) -> String {
        guard let d = date, label.hasPrefix(d.description) else { return label }
        let rest = label.dropFirst(10).drop { " -—–:".contains($0) }
        return rest.isEmpty ? label : String(rest)
    }

    // MARK: Header

    /// The card with one limit for everyone (`staleDays`), as before cadences.
    public static func card(for path: String, in index: VaultIndex, today: CalendarDate, staleDays: Int) -> Document {
        card(for: path, in: index, today: today, policy: ContactPolicy(staleDays: staleDays))
    }

    static func header(of note: IndexedNote, in index: VaultIndex, today: CalendarDate, policy: ContactPolicy) -> [StyledLine] {
        var lines: [StyledLine] = []
        let p = note.profile
        let fields = CardSections.profileFieldLines(of: note.parsed)
        if p.role != nil || p.organization != nil {
            var spans: [StyledSpan] = []
            if let r = p.role { spans.append(StyledSpan(r, .title)) }
            if let o = p.organization {
                if !spans.isEmpty { spans.append(StyledSpan(" · ", .dim)) }
                spans.append(StyledSpan(o, .text))
            }
            if let t = p.team { spans.append(StyledSpan(" (\(t))", .dim)) }
            lines.append(StyledLine(spans, sourceLine: fields["role"] ?? fields["organization"]))
        }
        if let r = p.relationship {
            lines.append(StyledLine([StyledSpan(r, .text)], sourceLine: fields["relationship"]))
        }
        let fm = frontmatterLines(of: note.parsed)
        let status = index.contactStatus(of: note.path, policy: policy, today: today)
        if let last = index.lastContact(of: note.path, today: today) {
            let stale = status?.isDue ?? false
            var spans = [StyledSpan("last contact ", .fieldName), StyledSpan(last.date.description, stale ? .stale : .date),
                         StyledSpan(" · ", .dim), StyledSpan(RelativeAge.ago(last.date, today: today), stale ? .stale : .dim)]
            if last.derived {
                // Newer than what the note says, or the note says nothing: say where it came from.
                let behind = note.lastContactWritten.map { " · last_contact says \($0)" } ?? ""
                spans.append(StyledSpan(" (from an interaction\(behind))", .dim))
            }
            lines.append(StyledLine(spans, sourceLine: last.derived ? nil : fm["last_contact"]))
        } else {
            lines.append(StyledLine([StyledSpan("last contact ", .fieldName), StyledSpan("never", .stale)]))
        }
        if let status { lines.append(cadenceLine(status, sourceLine: fm["cadence"])) }
        lines.append(FrequencyLine.line(of: note.path, in: index, today: today))
        if !note.tags.isEmpty {
            lines.append(StyledLine([StyledSpan("tags ", .fieldName),
                                     StyledSpan(note.tags.map { "#\($0)" }.joined(separator: " "), .tag)],
                                    hangingIndent: 5, sourceLine: fm["tags"]))
        }
        if !note.aliases.isEmpty {
            lines.append(StyledLine([StyledSpan("aliases ", .fieldName),
                                     StyledSpan(note.aliases.joined(separator: ", "), .text)],
                                    hangingIndent: 8, sourceLine: fm["aliases"]))
        }
        return lines
    }

    /// `cadence 30d · due 2026-11-02 (23d overdue)`; the source follows the days when it is a
    /// tag (`cadence 2w (#friend)`) or the default (`cadence 90d (default)`).
    static func cadenceLine(_ s: ContactStatus, sourceLine: Int?) -> StyledLine {
        var spans = [StyledSpan("cadence ", .fieldName), StyledSpan(Format.cadence(s.limit.days), .text)]
        switch s.limit.source {
        case .frontmatter: break
        case .tag(let t): spans.append(StyledSpan(" (#\(t))", .dim))
        case .staleDays, .override: spans.append(StyledSpan(" (default)", .dim))
        }
        spans.append(StyledSpan(" · ", .dim))
        if let due = s.due, let over = s.overdueDays {
            spans.append(StyledSpan("due ", .fieldName))
            spans.append(StyledSpan(due.description, over > 0 ? .stale : .date))
            let note = over > 0 ? "\(over)d overdue" : over == 0 ? "today" : "in \(-over)d"
            spans.append(StyledSpan(" (\(note))", over > 0 ? .stale : .dim))
        } else {
            spans.append(StyledSpan("due now", .stale))
        }
        return StyledLine(spans, sourceLine: s.limit.source == .frontmatter ? sourceLine : nil)
    }

    /// Line of each top-level frontmatter key (lowercased, `-` as `_`).
    static func frontmatterLines(of p: ParsedNote) -> [String: Int] {
        let end = ReaderBuilder.bodyStartLine(of: p)
        guard end > 2 else { return [:] }
        var out: [String: Int] = [:]
        for n in 2..<end {
            let l = p.line(n)
            guard let colon = l.firstIndex(of: ":"), l.first.map({ !$0.isWhitespace && $0 != "-" }) == true else { continue }
            let key = l[..<colon].trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
            if out[key] == nil { out[key] = n }
        }
        if out["last_contact"] == nil { out["last_contact"] = out["lastcontact"] }
        return out
    }

    // MARK: Recent Context

    static func recentContext(of note: IndexedNote, in index: VaultIndex) -> [StyledLine] {
        let section = CardSections.topSections(of: note.parsed).first { $0.title.lowercased() == "recent context" }
        let entries = note.recentContext
        var heading = [StyledSpan("Recent Context", .heading)]
        if !entries.isEmpty { heading.append(StyledSpan(" (\(entries.count))", .count)) }
        var lines = [StyledLine(heading, sourceLine: section?.line)]
        if entries.isEmpty {
            lines.append(StyledLine([StyledSpan("nothing written yet", .dim)], sourceLine: section?.line))
            return lines
        }
        for e in entries {
            var b = SpanBuilder()
            b.append(e.date?.description ?? "undated   ", e.date == nil ? .dim : .date)
            b.append("  ", .text)
            // A linked entry's summary without the date and title its link shows already.
            let summary = e.link != nil ? SummaryText.withoutRepeats(e.summary, title: e.label) : e.summary
            var label = withoutDate(e.label, e.date)
            if summary != nil { label = DisplayWidth.truncate(label, to: labelWidth) }
            if let link = e.link {
                b.append(label, e.target == nil ? .unresolved : .link,
                         link: LinkDestination(path: e.target, raw: link.replacingOccurrences(of: "\\|", with: "|")))
            } else {
                b.append(label, .text)
            }
            if let s = summary {
                b.append("  ", .text)
                b.append(contentsOf: InlineRenderer.spans(s, from: note.path, in: index))
            }
            if let v = e.via { b.append("  (via \(v))", .dim) }
            lines.append(StyledLine(b.spans, hangingIndent: 12, sourceLine: e.line))
        }
        return lines
    }
}
