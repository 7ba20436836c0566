import KithCore

/// A row of the Recent view: the Due group on top (a header, the most overdue people, a
/// "… N more" line), then a header per day and its interactions.
public enum RecentRow: Hashable, Sendable {
    /// `Due` and how many people are past their cadence.
    case dueHeader(Int)
    /// A person past their cadence (a path); Enter opens their card.
    case due(String)
    /// How many more are due than the group lists.
    case dueMore(Int)
    case day(CalendarDate?)
    case item(Interaction)

    public var isSelectable: Bool {
        switch self {
        case .item, .due: return true
        default: return false
        }
    }
}

/// A row of the Transcripts view.
public struct TranscriptRow: Hashable, Sendable {
    public var path: String
    public var date: CalendarDate?
    public var name: String
    /// Participant names, in link order.
    public var participants: [String]
}

extension AppState {
    /// Recomputes everything derived from the index and the sort, keeping selections by path.
    mutating func refreshDerived() {
        guard let index else { return }
        peoplePaths = index.people(sortedBy: sort, policy: contactPolicy, today: today).map(\.path)
        var rows = dueRows(index)
        var day: CalendarDate?? = .none
        for i in index.timeline {
            if day != .some(i.date) {
                rows.append(.day(i.date))
                day = .some(i.date)
            }
            rows.append(.item(i))
        }
        recentRows = rows
        transcriptRows = index.transcripts.map { t in
            TranscriptRow(path: t.path, date: t.date, name: t.name,
                          participants: index.participants(of: t.path).compactMap { index.note($0)?.name })
        }
        syncPersonSelection()
        let firstItem = recentRows.firstIndex { $0.isSelectable } ?? 0
        if !(recentRows.indices.contains(nav.recent.selected) && recentRows[nav.recent.selected].isSelectable) {
            nav.recent.selected = firstItem
        }
        nav.transcripts.selected = min(nav.transcripts.selected, max(0, transcriptRows.count - 1))
    }

    /// Most people listed in the Recent view's Due group; the rest are counted (`s` sorts the
    /// People list by how overdue everyone is).
    static let dueLimit = 10

    /// The Due group: people whose last contact is older than their cadence, most overdue
    /// first. People never contacted are left out: they have no date to fall due from, and
    /// a vault of imported contacts would fill the group with them.
    func dueRows(_ index: VaultIndex) -> [RecentRow] {
        let policy = contactPolicy
        let due = index.duePeople(policy: policy, today: today).filter { index.lastContact(of: $0.path) != nil }
        guard !due.isEmpty else { return [] }
        var rows: [RecentRow] = [.dueHeader(due.count)]
        rows += due.prefix(Self.dueLimit).map { .due($0.path) }
        if due.count > Self.dueLimit { rows.append(.dueMore(due.count - Self.dueLimit)) }
        return rows
    }

    /// Points the list cursor at `nav.person` (or the first person when it is gone).
    mutating func syncPersonSelection() {
        if let p = nav.person, let i = peoplePaths.firstIndex(of: p) {
            nav.peopleList.selected = i
        } else {
            nav.peopleList.selected = min(nav.peopleList.selected, max(0, peoplePaths.count - 1))
            nav.person = peoplePaths.isEmpty ? nil : peoplePaths[nav.peopleList.selected]
            nav.card = DocCursor()
        }
        nav.peopleList.top = Scroll.keepVisible(nav.peopleList.selected, top: nav.peopleList.top,
                                                height: Layout(self).listRows, count: peoplePaths.count)
    }

    /// The title of the current page, for the reader's `‹ back-title`.
    var pageTitle: String {
        switch nav.page {
        case .people: return nav.person.flatMap { index?.note($0)?.name } ?? "People"
        case .recent: return "Recent"
        case .transcripts: return "Transcripts"
        case .reader(let path): return index?.note(path)?.name ?? path
        }
    }
}

/// Scroll arithmetic shared by lists and documents.
enum Scroll {
    /// The smallest change to `top` that shows row `row` in a viewport of `height`.
    static func keepVisible(_ row: Int, top: Int, height: Int, count: Int) -> Int {
        var t = top
        if row < t { t = row }
        if row >= t + height { t = row - height + 1 }
        return clamp(t, count: count, height: height)
    }

    static func clamp(_ top: Int, count: Int, height: Int) -> Int {
        max(0, min(top, count - height))
    }
}
