import KithCore

extension AppState {
    /// Enter on an Upcoming row: the meeting's note, else the (first) person's card.
    mutating func openUpcoming(_ item: UpcomingItem) {
        if item.kind == .meeting, let target = item.target, index?.note(target) != nil {
            open(path: target, line: nil, raw: item.label)
        } else if let person = item.people.first {
            openPerson(person)
        }
    }

    /// `e` on an Upcoming row: the person's note at the date's line, or the meeting's note.
    func editUpcoming(_ item: UpcomingItem) -> [Effect] {
        if item.kind == .meeting, let target = item.target { return [.edit(path: target, line: nil)] }
        guard let person = item.people.first else { return [] }
        return [.edit(path: person, line: item.line)]
    }
}
