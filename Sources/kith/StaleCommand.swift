import ArgumentParser
import KithCore

/// `kith stale`: people due for contact, most overdue first.
struct Stale: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stale",
        abstract: "List people due for contact, most overdue first.",
        discussion: """
            A person is due when their last contact is older than their cadence: their own \
            frontmatter `cadence:` (30d, 2w, 3m, 1y), else the shortest cadence of their tags in \
            the config's [cadence] table, else the config's stale_days (default 90). People are \
            ordered by days overdue relative to their own cadence; people with no contact date \
            at all come last. --days N gives everyone the same limit instead.
            """)

    @OptionGroup var options: VaultOptions

    @Option(help: "One limit for everyone, in days: overrides every cadence and stale_days.")
    var days: Int?

    @OptionGroup var day: TodayOption

    func run() throws {
        let config = VaultOptions.loadConfig()
        if let days, days < 0 { throw Console.fail("--days must be 0 or more, not \(days)", code: 2) }
        let today = try day.date()
        let policy = ContactOutput.policy(config, days: days)
        let people = try options.loadPeople(config: config).due(policy: policy, today: today)
        if options.json {
            Console.write(.array(people.map { p in
                let status = p.status(policy, today: today)
                let head: [(String, JSON)] = [("name", .string(p.name)), ("path", .string(p.path))]
                let since: [(String, JSON)] = [("days_since", .int(status.daysSince))]
                let tail: [(String, JSON)] = [("role", .string(p.role)),
                                              ("organization", .string(p.organization)), ("tags", .strings(p.tags))]
                return .object(head + ContactFields.lastContact(status.lastContact) + since + ContactOutput.fields(status) + tail)
            }))
            return
        }
        var table = TextTable(header: ["NAME", "LAST CONTACT", "DAYS", "AGE", "CADENCE", "OVERDUE", "ORGANIZATION"],
                              rightAligned: [2, 3, 5])
        var anyDerived = false
        for p in people {
            let status = p.status(policy, today: today)
            let lc = status.lastContact
            anyDerived = anyDerived || lc?.derived == true
            let last: String = lc.map { $0.date.description + ($0.derived ? "*" : "") } ?? "never"
            let days: String = status.daysSince.map(String.init) ?? ""
            let age: String = lc.map { RelativeAge.of($0.date, today: today) } ?? ""
            let overdue: String = status.overdueDays.map { "\($0)d" } ?? ""
            table.add([p.name, last, days, age, ContactOutput.cadenceText(status), overdue, p.organization ?? ""])
        }
        Console.write(table.rendered())
        if anyDerived { Console.write("* from an interaction newer than last_contact (or there is none)\n") }
    }
}
