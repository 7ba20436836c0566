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
        let index = try options.load(config: config)
        let policy = ContactOutput.policy(config, days: days)
        let people = index.duePeople(policy: policy, today: today)
        if options.json {
            Console.write(.array(people.map { p in
                let lc = index.lastContact(of: p.path, today: today)
                let status = index.contactStatus(of: p.path, policy: policy, today: today)
                let head: [(String, JSON)] = [("name", .string(p.name)), ("path", .string(p.path))]
                let since: [(String, JSON)] = [("days_since", .int(lc.map { $0.date.days(until: today) }))]
                let tail: [(String, JSON)] = [("role", .string(p.profile.role)),
                                              ("organization", .string(p.profile.organization)), ("tags", .strings(p.tags))]
                return .object(head + index.lastContactFields(p.path, today: today) + since + ContactOutput.fields(status) + tail)
            }))
            return
        }
        var table = TextTable(header: ["NAME", "LAST CONTACT", "DAYS", "AGE", "CADENCE", "OVERDUE", "ORGANIZATION"],
                              rightAligned: [2, 3, 5])
        for p in people {
            let lc = index.lastContact(of: p.path, today: today)
            let status = index.contactStatus(of: p.path, policy: policy, today: today)
            let last: String = lc.map { $0.date.description + ($0.derived ? "*" : "") } ?? "never"
            let days: String = lc.map { String($0.date.days(until: today)) } ?? ""
            let age: String = lc.map { RelativeAge.of($0.date, today: today) } ?? ""
            let overdue: String = status?.overdueDays.map { "\($0)d" } ?? ""
            table.add([p.name, last, days, age, status.map(ContactOutput.cadenceText) ?? "", overdue,
                       p.profile.organization ?? ""])
        }
        Console.write(table.rendered())
        if people.contains(where: { index.lastContact(of: $0.path, today: today)?.derived == true }) {
            Console.write("* from an interaction newer than last_contact (or there is none)\n")
        }
    }
}
