import KithCore

extension AppState {
    /// `m` in Recent: each day's interactions of one meeting under a header naming it and its
    /// people, or one row per interaction again. The selection stays on the same interaction
    /// (a meeting's header gives way to its first interaction).
    mutating func toggleRecentByMeeting() {
        guard nav.page == .recent else {
            message = StatusMessage("m groups the Recent view (2) by meeting")
            return
        }
        let selected = recentRows[safe: nav.recent.selected]
        recentByMeeting.toggle()
        recentRows = derived.recent(showingDue: dueShown, byMeeting: recentByMeeting)
        var at: Int?
        switch selected {
        case .item(let i)?, .member(let i)?:
            at = recentRows.firstIndex(whereInteraction: { $0 == i })
        case .meeting(let m)?:
            at = recentRows.firstIndex(whereInteraction: { $0.target == m.path && $0.date == m.date })
        case let row?:
            at = recentRows.firstIndex(of: row)
        case nil:
            break
        }
        nav.recent.selected = at ?? recentRows.firstIndex { $0.isSelectable } ?? 0
        nav.recent.top = Scroll.keepVisible(nav.recent.selected, top: nav.recent.top, height: Layout(self).listRows,
                                            count: recentRows.count)
        message = StatusMessage(recentByMeeting ? "Recent grouped by meeting" : "Recent: one row per interaction")
    }
}
