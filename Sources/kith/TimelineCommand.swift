import ArgumentParser
import KithCore

/// `kith timeline`: every interaction with every person, newest first.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List interactions with people, newest first.",
        discussion: "Undated interactions come last and are left out when --since or --until is given.")

    @OptionGroup var options: VaultOptions

    @Option(help: ArgumentHelp("Only interactions on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only interactions on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: ArgumentHelp("Only this person (name, alias or path).", valueName: "name"))
    var person: String?

    func run() throws {
        let since = try DateOption.parse(since, option: "--since")
        let until = try DateOption.parse(until, option: "--until")
        let index = try options.load()
        var items: [Interaction]
        if let person {
            let note = try index.require(person)
            guard note.kind == .person else {
                throw Console.fail("\"\(person)\" is a \(note.kind.rawValue), not a person: \(note.path)", code: 1)
            }
            items = index.interactions(of: note.path)
        } else {
            items = index.timeline
        }
        if since != nil || until != nil {
            items = items.filter { i in
                guard let d = i.date else { return false }
                return (since.map { d >= $0 } ?? true) && (until.map { d <= $0 } ?? true)
            }
        }
        if options.json {
            Console.write(.array(items.map { Self.json($0, index: index) }))
            return
        }
        var table = TextTable(header: ["DATE", "PERSON", "WHAT"])
        for i in items {
            // A daily note's name is its date, already in the first column.
            var what = i.origin == .daily ? "daily note" : i.label
            if let s = i.summary { what += " — " + TextTable.cutAtWord(s) }
            if let v = i.via { what += " (via \(v))" }
            table.add([i.date?.description ?? "undated", index.note(i.person)?.name ?? i.person, what])
        }
        Console.write(table.rendered())
    }

    /// `{date, person, person_path, target, label, summary, via, line, origin}`.
    static func json(_ i: Interaction, index: VaultIndex) -> JSON {
        .object([("date", .date(i.date)), ("person", .string(index.note(i.person)?.name ?? i.person)),
                 ("person_path", .string(i.person)), ("target", .string(i.target)),
                 ("label", .string(i.label)), ("summary", .string(i.summary)), ("via", .string(i.via)),
                 ("line", .int(i.line)), ("origin", .string(NoteJSON.origin(i.origin)))])
    }
}
