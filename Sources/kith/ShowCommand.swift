import ArgumentParser
import KithCore

/// `kith show`: one note as a card — a person's profile, recent context, co-attendees,
/// sections and backlinks; for other notes the same minus the person fields.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a person or any note: fields, recent context, sections, backlinks.")

    @OptionGroup var options: VaultOptions

    @Argument(help: ArgumentHelp("A name, alias or vault path.", valueName: "name"))
    var name: String

    @OptionGroup var day: TodayOption

    func run() throws {
        let today = try day.date()
        let config = VaultOptions.loadConfig()
        let index = try options.load(config: config)
        let note = try index.require(name)
        let policy = ContactOutput.policy(config)
        if options.json {
            Console.write(NoteJSON.details(note, index: index, policy: policy, today: today))
        } else {
            Console.write(Self.text(note, index: index, policy: policy, today: today))
        }
    }

    /// The card as readable text.
    static func text(_ note: IndexedNote, index: VaultIndex, policy: ContactPolicy, today: CalendarDate) -> String {
        var out = TextTable.clean(note.name) + "  (\(note.kind.rawValue))\n" + TextTable.clean(note.path) + "\n\n"
        var fields = TextTable()
        if note.kind == .person {
            let p = note.profile
            fields.add(["Role", [p.role, p.team.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")])
            fields.add(["Organization", p.organization ?? ""])
            fields.add(["Relationship", p.relationship ?? ""])
            if let lc = index.lastContact(of: note.path) {
                let age = RelativeAge.of(lc.date, today: today)
                fields.add(["Last contact", "\(lc.date)  \(age)\(lc.derived ? ", derived" : "")"])
            } else {
                fields.add(["Last contact", "never"])
            }
            if let s = index.contactStatus(of: note.path, policy: policy, today: today) {
                let when = s.overdueDays.map { $0 > 0 ? "\($0)d overdue" : $0 == 0 ? "today" : "in \(-$0)d" }
                fields.add(["Cadence", ContactOutput.cadenceText(s) + "  due "
                            + (s.due.map { "\($0)  \(when!)" } ?? "now (never contacted)")])
            }
        }
        if note.kind == .transcript {
            fields.add(["Date", note.date?.description ?? ""])
            let names = index.participants(of: note.path).map { index.note($0)?.name ?? $0 }
            fields.add(["Participants", names.joined(separator: ", ")])
        }
        fields.add(["Created", note.created?.description ?? ""])
        fields.add(["Tags", note.tags.joined(separator: ", ")])
        fields.add(["Aliases", note.aliases.joined(separator: ", ")])
        // Rows with nothing to say are left out rather than shown blank.
        fields.rows.removeAll { $0[1].isEmpty }
        out += fields.rendered()
        out += PropertyOutput.text(note, index: index, today: today, yearlyKeys: policy.yearlyKeys)

        if note.kind == .person {
            var recent = TextTable()
            for i in index.interactions(of: note.path) {
                var what = i.label
                if let s = i.summary { what += " — " + TextTable.cutAtWord(s) }
                if let v = i.via { what += " (via \(v))" }
                recent.add([i.date?.description ?? "undated", what])
            }
            out += block("Interactions", recent)
            var co = TextTable(rightAligned: [1])
            for c in index.coAttendees(of: note.path) { co.add([c.name, "\(c.shared) shared"]) }
            out += block("Co-attendees", co)
        }
        for (i, s) in note.sections.enumerated() where s.title.lowercased() != "recent context" {
            let lines = note.ownLines(ofSection: i)
            if s.level == 1 && s.title == note.name && lines.isEmpty { continue }
            out += "\n" + String(repeating: "#", count: s.level) + " " + TextTable.clean(s.title) + "\n"
            for l in lines { out += l.allSatisfy(\.isWhitespace) ? "\n" : "  " + TextTable.clean(String(l)) + "\n" }
        }
        let unresolved = note.links.filter { $0.target == nil }.count
        out += "\nLinks  \(note.links.count)" + (unresolved > 0 ? " (\(unresolved) unresolved)" : "") + "\n"
        var back = TextTable()
        for b in index.backlinks(to: note.path) { back.add(["\(b.source):\(b.line)", b.excerpt]) }
        out += block("Backlinks (\(back.rows.count))", back, always: true)
        if note.kind == .person {
            var mentions = TextTable()
            for m in index.unlinkedMentions(of: note.path) {
                mentions.add(["\(TextTable.clean(m.path)):\(m.line)", TextTable.clean(m.snippet)])
            }
            out += block("Unlinked mentions (\(mentions.rows.count))", mentions, always: true)
        }
        return out
    }

    /// A titled, indented table; nothing when it is empty (unless `always`).
    static func block(_ title: String, _ table: TextTable, always: Bool = false) -> String {
        guard !table.rows.isEmpty || always else { return "" }
        let body = table.rendered().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        return "\n" + title + "\n" + (body.isEmpty ? "" : body + "\n")
    }
}
