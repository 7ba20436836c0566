import ArgumentParser
import KithCore
import KithUI

/// `kith upcoming`: birthdays, yearly dates and meetings in the next days, soonest first.
struct Upcoming: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upcoming",
        abstract: "List birthdays, yearly dates and meetings coming up, soonest first.",
        discussion: """
            Birthdays are a person's `birthday` property (YYYY-MM-DD, or --MM-DD without a \
            year); yearly dates are the properties the config's `yearly` list names (e.g. \
            anniversary); meetings are interactions dated after today (a meeting or transcript \
            note that links the person). From today to --days days after it, both included.
            """)

    /// The most days looked ahead: ten years (each yearly date is listed once per year).
    static let maxDays = 3660

    @OptionGroup var options: VaultOptions

    @Option(help: ArgumentHelp("How many days after today to look ahead.", valueName: "N"))
    var days = 30

    @OptionGroup var day: TodayOption

    func run() throws {
        let config = VaultOptions.loadConfig()
        guard (0...Self.maxDays).contains(days) else {
            throw Console.fail("--days must be from 0 to \(Self.maxDays), not \(days)", code: 2)
        }
        let today = try day.date()
        let index = try options.load(config: config)
        let events = index.upcomingEvents(today: today, days: days, yearlyKeys: config.yearly)
        if options.json {
            Console.write(.array(events.map { Self.json($0, index: index) }))
            return
        }
        var table = TextTable(header: ["DATE", "IN", "PERSON", "KIND", "WHAT"], rightAligned: [1])
        for e in events {
            table.add([e.date.description, Self.inDays(today.days(until: e.date)),
                       index.note(e.person)?.name ?? e.person, e.kind.rawValue, Self.what(e)])
        }
        Console.write(table.rendered())
    }

    /// `today`, else exact days (`23d`: a date to keep, not an age to round).
    static func inDays(_ n: Int) -> String { n == 0 ? "today" : "\(n)d" }

    /// `turns 37`, `anniversary · 11 years`, or the meeting's name without its leading date.
    static func what(_ e: UpcomingEvent) -> String {
        switch e.kind {
        case .birthday: return e.years.map { "turns \($0)" } ?? ""
        case .yearly: return e.label + (e.years.map { " · \($0) \($0 == 1 ? "year" : "years")" } ?? "")
        case .meeting: return Format.withoutDate(e.label)
        }
    }

    /// `{date, person, person_path, kind, label, years}`.
    static func json(_ e: UpcomingEvent, index: VaultIndex) -> JSON {
        .object([("date", .date(e.date)), ("person", .string(index.note(e.person)?.name ?? e.person)),
                 ("person_path", .string(e.person)), ("kind", .string(e.kind.rawValue)),
                 ("label", .string(e.label)), ("years", .int(e.years)), ("target", .string(e.target))])
    }
}
