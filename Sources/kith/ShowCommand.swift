import ArgumentParser
import Foundation
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

    @Option(help: ArgumentHelp(
        "Rows per list (interactions, co-attendees, backlinks, unlinked mentions); 0 lists all. Default: 10 in text, all in JSON.",
        valueName: "n"))
    var limit: Int?

    @Flag(help: "List every row of every list (--limit 0).")
    var all = false

    /// Rows listed per text section when no limit is given: the vault's owner has tens of
    /// thousands of each.
    static let textLimit = 10

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more, not \(limit)") }
    }

    func run() throws {
        let today = try day.date()
        let config = VaultOptions.loadConfig()
        let index = try options.load(config: config)
        let note = try index.require(name)
        let policy = ContactOutput.policy(config)
        let rows = all || limit == 0 ? nil : limit ?? (options.json ? nil : Self.textLimit)
        if options.json {
            // Written as it is made: the vault's owner's lists run to tens of megabytes.
            var out = JSONStreamWriter()
            NoteJSON.detailsStream(note, index: index, policy: policy, today: today, limit: rows).write(to: &out)
            out.flush()
        } else {
            Console.write(Self.text(note, index: index, policy: policy, today: today, limit: rows))
        }
    }

    /// The card as readable text; each list shows its count and its first `limit` rows (nil:
    /// all), then how many more and the command that lists them.
    static func text(_ note: IndexedNote, index: VaultIndex, policy: ContactPolicy, today: CalendarDate,
                     limit: Int? = nil) -> String {
        let more = MoreHint(note: note, index: index, limit: limit)
        var out = TextTable.clean(note.name) + "  (\(note.kind.rawValue))\n" + TextTable.clean(note.path) + "\n\n"
        var fields = TextTable()
        if note.kind == .person {
            let p = note.profile
            fields.add(["Role", [p.role, p.team.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")])
            fields.add(["Organization", p.organization ?? ""])
            fields.add(["Relationship", p.relationship ?? ""])
            if let lc = index.lastContact(of: note.path, today: today) {
                let age = RelativeAge.of(lc.date, today: today)
                let from = lc.derived
                    ? ", from an interaction" + (note.lastContactWritten.map { " (last_contact says \($0))" } ?? "") : ""
                fields.add(["Last contact", "\(lc.date)  \(age)\(from)"])
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
                + (index.ownerAttends(note.path) ? ["you"] : [])
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
            let interactions = index.interactions(of: note.path)
            for i in interactions.prefix(more.shown(interactions.count)) {
                // A daily note's name is its date, already in the first column.
                var what = i.origin == .daily ? "daily note" : i.label
                if let s = i.summary { what += " — " + TextTable.cutAtWord(s) }
                if let v = i.via { what += " (via \(v))" }
                let upcoming = i.date.map { $0 > today } ?? false
                recent.add([i.date?.description ?? "undated", (upcoming ? "upcoming: " : "") + what])
            }
            out += block("Interactions", recent, total: interactions.count, more: more.timeline)
            var co = TextTable(rightAligned: [1])
            let people = index.coAttendees(of: note.path)
            for c in people.prefix(more.shown(people.count)) { co.add([c.name, "\(c.shared) shared"]) }
            out += block("Co-attendees", co, total: people.count, more: more.all)
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
        let total = index.backlinkCount(to: note.path)
        for b in index.backlinks(to: note.path).prefix(more.shown(total)) { back.add(["\(b.source):\(b.line)", b.excerpt]) }
        out += block("Backlinks", back, total: total, more: more.backlinks, always: true)
        if note.kind == .person {
            var mentions = TextTable()
            let found = index.unlinkedMentions(of: note.path)
            for m in found.prefix(more.shown(found.count)) {
                mentions.add(["\(TextTable.clean(m.path)):\(m.line)", TextTable.clean(m.snippet)])
            }
            out += block("Unlinked mentions", mentions, total: found.count, more: more.all, always: true)
        }
        return out
    }

    /// `Title (N)` and an indented table, then `… N more (command)` when rows were left out;
    /// nothing when it is empty (unless `always`).
    static func block(_ title: String, _ table: TextTable, total: Int, more: String, always: Bool = false) -> String {
        guard total > 0 || always else { return "" }
        var out = block("\(title) (\(total))", table, always: true)
        if total > table.rows.count { out += "  … \(total - table.rows.count) more (\(more))\n" }
        return out
    }

    /// A titled, indented table; nothing when it is empty (unless `always`).
    static func block(_ title: String, _ table: TextTable, always: Bool = false) -> String {
        guard !table.rows.isEmpty || always else { return "" }
        let body = table.rendered().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        return "\n" + title + "\n" + (body.isEmpty ? "" : body + "\n")
    }
}

/// Where the rows `kith show` leaves out are listed in full: `kith timeline --person NAME`,
/// `kith backlinks NAME`, else `kith show NAME --all`.
struct MoreHint {
    /// How the note is named in the commands: its name when that finds it, else its path,
    /// quoted for the shell when needed.
    let handle: String
    let limit: Int?

    init(note: IndexedNote, index: VaultIndex, limit: Int?) {
        // A name finds a person unless another person has it too (people win over other
        // notes); a note of another kind is named by its path.
        let folded = TextFolding.fold(note.name)
        let byName = note.kind == .person
            && !index.people.contains { $0.path != note.path && TextFolding.fold($0.name) == folded }
        handle = Self.shellQuoted(byName ? note.name : note.path)
        self.limit = limit
    }

    /// Rows to list of `count`.
    func shown(_ count: Int) -> Int { limit.map { min($0, count) } ?? count }

    var timeline: String { "kith timeline --person \(handle)" }
    var backlinks: String { "kith backlinks \(handle)" }
    var all: String { "kith show \(handle) --all" }

    /// `word` as is when the shell reads it so, else in single quotes (`'` as `'\''`).
    static func shellQuoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy { s in
            s.value > 0x7F || CharacterSet.alphanumerics.contains(s) || "._-/+,:@%".unicodeScalars.contains(s)
        }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
