import ArgumentParser
import KithCore

/// `kith stale`: people not contacted for a while, longest silence first.
struct Stale: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stale",
        abstract: "List people whose last contact is older than N days, oldest first.",
        discussion: "People with no contact date at all come last.")

    @OptionGroup var options: VaultOptions

    @Option(help: "Days without contact before a person counts as stale (default: the config's stale_days, else 90).")
    var days: Int?

    @Option(help: ArgumentHelp("The day to count from (default: today).", valueName: "YYYY-MM-DD"))
    var today: String?

    func run() throws {
        let config = VaultOptions.loadConfig()
        let days = self.days ?? config.staleDays
        guard days >= 0 else { throw Console.fail("--days must be 0 or more, not \(days)", code: 2) }
        let today = try DateOption.today(today)
        let index = try options.load(config: config)
        let people = index.stalePeople(days: days, today: today)
        if options.json {
            Console.write(.array(people.map { p in
                let lc = index.lastContact(of: p.path)
                return .object([("name", .string(p.name)), ("path", .string(p.path))]
                    + index.lastContactFields(p.path)
                    + [("days_since", .int(lc.map { $0.date.days(until: today) })),
                       ("role", .string(p.profile.role)), ("organization", .string(p.profile.organization)),
                       ("tags", .strings(p.tags))])
            }))
            return
        }
        var table = TextTable(header: ["NAME", "LAST CONTACT", "DAYS", "AGE", "ORGANIZATION"], rightAligned: [2, 3])
        for p in people {
            let lc = index.lastContact(of: p.path)
            table.add([p.name, lc.map { $0.date.description + ($0.derived ? "*" : "") } ?? "never",
                       lc.map { String($0.date.days(until: today)) } ?? "",
                       lc.map { RelativeAge.since($0.date, today: today) } ?? "",
                       p.profile.organization ?? ""])
        }
        Console.write(table.rendered())
        if people.contains(where: { index.lastContact(of: $0.path)?.derived == true }) {
            Console.write("* derived from the newest interaction (no last_contact)\n")
        }
    }
}
