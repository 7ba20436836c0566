import KithCore

/// The Organizations view (`4`): its sort, its rows, and Enter listing an organization's people.
extension AppState {
    /// `s` in Organizations: name, people, last contact, due, and round again.
    mutating func cycleOrganizationSort() {
        let all = OrganizationSort.allCases
        let selected = organizationRows[safe: nav.organizations.selected]?.key
        organizationSort = all[(all.firstIndex(of: organizationSort)! + 1) % all.count]
        organizationRows = organizationSort.sorted(derived.organizations)
        search.organizations = nil
        if let selected, let i = organizationRows.firstIndex(where: { $0.key == selected }) {
            nav.organizations.selected = i
        }
        nav.organizations.top = Scroll.keepVisible(nav.organizations.selected, top: nav.organizations.top,
                                                   height: Layout(self).listRows, count: organizationRows.count)
        message = StatusMessage("organizations sorted by \(organizationSort.rawValue)")
    }

    /// Enter on an organization: the People list narrowed to its people (the chip
    /// `org: NAME` in its header until Esc).
    mutating func openOrganization() {
        guard let org = organizationRows[safe: nav.organizations.selected] else { return }
        guard !org.people.isEmpty else {
            message = StatusMessage("no one at \(org.name) yet" + (org.note.map { " (e edits \($0))" } ?? ""))
            return
        }
        showPeople(filter: PeopleFilter(organization: org), selecting: nil, card: false)
    }

    /// `e` on an organization: its note, when it has one.
    func editOrganization() -> Effect? {
        guard let note = organizationRows[safe: nav.organizations.selected]?.note else { return nil }
        return .edit(path: note, line: nil)
    }
}
