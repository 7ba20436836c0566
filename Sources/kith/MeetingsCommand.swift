import ArgumentParser
import KithCore
import KithUI

/// `kith meetings`: transcripts, meeting notes and daily notes with people, newest first.
struct Meetings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "List meetings, transcripts and daily notes with their people, newest first.",
        discussion: """
            One row per transcript or meeting note (with its people, or none) and per daily \
            note that records a contact with someone; the vault's owner is left out of the \
            people. Undated ones come last. A meeting dated after --today is upcoming.
            """)

    @OptionGroup var options: VaultOptions

    @Option(help: ArgumentHelp("Only those with this person (a name, alias or path).", valueName: "name"))
    var person: String?

    @OptionGroup var day: TodayOption

    func run() throws {
        let config = VaultOptions.loadConfig()
        let today = try day.date()
        let index = try options.load(config: config)
        var rows = DerivedRows.meetingRows(index)
        if let person {
            let who = try index.require(person).path
            rows = rows.filter { index.participants(of: $0.path, includingOwner: true).contains(who) }
        }
        if options.json {
            Console.write(.array(rows.map { r in
                .object([("date", .date(r.date)), ("kind", .string(Self.kind(r.source))), ("title", .string(Self.title(r))),
                         ("path", .string(r.path)),
                         ("people", .array(index.participants(of: r.path).map { NoteJSON.person($0, index: index) })),
                         ("upcoming", .bool(r.date.map { $0 > today } ?? false))])
            }))
            return
        }
        var table = TextTable(header: ["DATE", "KIND", "TITLE", "PEOPLE"])
        for r in rows {
            let date = (r.date?.description ?? "undated") + (r.date.map { $0 > today } == true ? "+" : "")
            table.add([date, Self.kind(r.source), Self.title(r), r.participants.joined(separator: ", ")])
        }
        Console.write(table.rendered())
        if rows.contains(where: { $0.date.map { $0 > today } == true }) {
            Console.write("+ upcoming: dated after \(today)\n")
        }
    }

    /// `transcript`, `meeting` or `daily`.
    static func kind(_ s: ContactSource) -> String {
        switch s {
        case .meeting: return "meeting"
        case .daily: return "daily"
        default: return "transcript"
        }
    }

    /// The note's name without its leading date (the date column has it); `daily note` for a
    /// daily note (its name is its date).
    static func title(_ r: MeetingRow) -> String {
        r.source == .daily ? "daily note" : Format.withoutDate(r.name)
    }
}
