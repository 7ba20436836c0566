import KithCore

/// Acting on the person under the cursor: `o` opens their website or email, `y` copies their
/// name, `[[link]]`, email or path, `L` opens their note in the editor where a contact is
/// logged. kith writes nothing: the browser, the terminal's clipboard and the editor do.
extension AppState {
    /// The person and menu commands.
    mutating func runPersonAction(_ cmd: Command) -> [Effect] {
        switch cmd {
        case .openContact: return openContact()
        case .copyContact: copyContact()
        case .logContact: return logContact()
        case .menuChoose: return chooseMenuItem()
        case .menuClose: overlay = nil
        case .menuDown: moveMenu(by: 1)
        case .menuUp: moveMenu(by: -1)
        default: break
        }
        return []
    }

    /// The person the cursor is on: the People view's (list or card), the Recent view's row
    /// (an interaction's person, a due person, a birthday), the reader's note when it is a
    /// person, a card section's list (its person, or the co-attendee selected). Nil elsewhere
    /// (a transcript, a meeting row).
    var personUnderCursor: IndexedNote? {
        guard let index else { return nil }
        let path: String?
        switch nav.page {
        case .people: path = nav.person
        case .recent:
            switch recentRows[safe: nav.recent.selected] {
            case .item(let i)?, .member(let i)?: path = i.person
            case .due(let p)?: path = p
            case .upcoming(let u)? where u.kind != .meeting: path = u.people.first
            default: path = nil
            }
        case .meetings, .organizations: path = nil
        case .reader(let p), .brief(let p): path = p
        case .cardList(let list):
            // A co-attendee's row is about them; the other rows about the card's person.
            if case .person(let p)? = cardListRows?.row(nav.cardList.selected) { path = p.path } else { path = list.person }
        }
        guard let path, let note = index.note(path), note.kind == .person else { return nil }
        return note
    }

    /// Says why there is no one to act on; nil when there is someone.
    private mutating func requirePerson() -> IndexedNote? {
        if let p = personUnderCursor { return p }
        message = StatusMessage(index == nil ? "the vault is being indexed" : "no person selected")
        return nil
    }

    /// `o`: the person's website or email in the browser; a menu when they have several, a
    /// note when they have none.
    mutating func openContact() -> [Effect] {
        guard let person = requirePerson() else { return [] }
        let c = ContactDetails(person)
        let items = c.urls.map { MenuState.Item(label: "website", value: $0, choice: .open(url: $0)) }
            + c.emails.map { MenuState.Item(label: "email", value: $0, choice: .open(url: "mailto:" + $0)) }
        switch items.count {
        case 0:
            message = StatusMessage("\(person.name) has no website or email (url:, website: or email: in the note)")
            return []
        case 1:
            return [items[0].choice.effect]
        default:
            overlay = .menu(MenuState(title: "Open · \(person.name)", items: items))
            return []
        }
    }

    /// `y`: a menu of what to copy: the name, the `[[link]]` Obsidian would write, each email,
    /// the vault path.
    mutating func copyContact() {
        guard let person = requirePerson(), let index else { return }
        let link = Self.wikilink(to: person.path, in: index)
        var items = [MenuState.Item(label: "name", value: person.name, choice: .copy(text: person.name)),
                     MenuState.Item(label: "link", value: link, choice: .copy(text: link))]
        items += ContactDetails(person).emails.map { MenuState.Item(label: "email", value: $0, choice: .copy(text: $0)) }
        items.append(MenuState.Item(label: "path", value: person.path, choice: .copy(text: person.path)))
        overlay = .menu(MenuState(title: "Copy · \(person.name)", items: items))
    }

    /// `[[Ana Lima]]`, or `[[People/Ana Lima]]` when a shorter note of that name would take
    /// the bare name (Obsidian's "shortest path when possible").
    static func wikilink(to path: String, in index: VaultIndex) -> String {
        let stem = path.lowercased().hasSuffix(".md") ? String(path.dropLast(3)) : path
        let name = String(stem.split(separator: "/").last ?? Substring(stem))
        return index.resolve(name, from: "") == path ? "[[\(name)]]" : "[[\(stem)]]"
    }

    /// `L`: the person's note in the editor at the first bullet of `## Recent Context` (the
    /// heading when the section is empty); without the section, at the title (or the end of
    /// the frontmatter), and the status line says so when the editor is back.
    mutating func logContact() -> [Effect] {
        guard let person = requirePerson() else { return [] }
        let parsed = person.parsed
        if let section = parsed.sections.first(where: { $0.title.lowercased() == "recent context" }) {
            let first = parsed.bullets.first { $0.line > section.line && $0.line <= section.endLine }
            return [.edit(path: person.path, line: first?.line ?? section.line)]
        }
        let body = parsed.bodyStartLine
        let title = parsed.sections.first { $0.level == 1 && $0.line >= body }
        let line = title?.line ?? max(1, body - 1)
        editorNote = "\(Self.fileName(person.path)) has no ## Recent Context section: add one to log contacts there"
        return [.edit(path: person.path, line: line)]
    }

    static func fileName(_ path: String) -> String { String(path.split(separator: "/").last ?? Substring(path)) }

    /// The status line when the editor is back: its report, and the note `L` left for it.
    mutating func editorMessage(_ report: EditorReport) -> StatusMessage {
        var m = report.statusMessage
        if let note = editorNote, !m.isError { m.text += " · " + note }
        editorNote = nil
        return m
    }

    mutating func chooseMenuItem() -> [Effect] {
        guard case .menu(let menu)? = overlay else { return [] }
        overlay = nil
        guard let item = menu.items[safe: menu.selected] else { return [] }
        return [item.choice.effect]
    }

    mutating func moveMenu(by delta: Int) {
        guard case .menu(var menu)? = overlay, !menu.items.isEmpty else { return }
        menu.selected = max(0, min(menu.items.count - 1, menu.selected + delta))
        overlay = .menu(menu)
    }
}

extension MenuState.Choice {
    var effect: Effect {
        switch self {
        case .open(let url): return .openLink(url: url)
        case .copy(let text): return .copyToClipboard(text: text)
        }
    }
}

extension ClipboardReport {
    /// The status line after a copy: what was copied, or why it could not be.
    var statusMessage: StatusMessage {
        switch self {
        case .copied(let text): return StatusMessage("copied \(text)")
        case .unsupported(_, let reason): return StatusMessage("not copied: \(reason)", isError: true)
        }
    }
}

extension AppState {
    /// A click on a palette or menu row selects it, a double click runs it, the wheel moves;
    /// a click outside closes. Nil when neither is open.
    mutating func handlePaletteOrMenu(mouse m: MouseEvent, _ l: Layout) -> [Effect]? {
        let inner: Rect, first: Int
        switch overlay {
        case .palette(let p)?: (inner, first) = (Layout.paletteBox(self).inner, p.top)
        case .menu(let menu)?: (inner, first) = (Screens.menuBox(menu, l).inner, 0)
        default: return nil
        }
        let isPalette: Bool = { if case .palette? = overlay { return true } else { return false } }()
        switch m.kind {
        case .wheelUp, .wheelDown:
            let step = m.kind == .wheelDown ? 1 : -1
            if isPalette { movePalette(by: step * 3) } else { moveMenu(by: step) }
        case .click, .doubleClick:
            guard inner.contains(x: m.x, y: m.y) else {
                if isPalette { closePalette() } else { overlay = nil }
                return []
            }
            let row = first + m.y - inner.y
            switch overlay {
            case .palette(var p)? where row < p.results.count:
                p.selected = row
                overlay = .palette(p)
                if m.kind == .doubleClick { return runPaletteEntry() }
            case .menu(var menu)? where row < menu.items.count:
                menu.selected = row
                overlay = .menu(menu)
                if m.kind == .doubleClick { return chooseMenuItem() }
            default: break
            }
        case .press, .release: break
        }
        return []
    }
}
