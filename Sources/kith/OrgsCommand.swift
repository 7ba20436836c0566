import ArgumentParser
import KithCore
import KithUI

/// `kith orgs`: organizations with their people, last contact and how many are due.
struct Orgs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgs",
        abstract: "List organizations with their people, last contact and people due.",
        discussion: """
            An organization is named by a person's Profile (Role: … at ORG), their company, \
            organization or org property, or an organization note (type: organization, \
            Customers/, Organizations/). Spellings that differ only in case, accents or spaces \
            are one organization; its note names it when there is one. LAST CONTACT is the \
            newest among its people and DUE how many of them are past their cadence (the \
            vault's owner left out of both).
            """)

    /// Mirrors `OrganizationSort`.
    enum SortOrder: String, ExpressibleByArgument, CaseIterable {
        case name, people, last, due
        var core: OrganizationSort {
            switch self {
            case .name: return .name
            case .people: return .people
            case .last: return .lastContact
            case .due: return .due
            }
        }
    }

    @OptionGroup var options: VaultOptions

    @Option(help: "Order: name, people (most first), last (newest contact first) or due (most due first).")
    var sort: SortOrder = .name

    @OptionGroup var day: TodayOption

    func run() throws {
        let config = VaultOptions.loadConfig()
        let today = try day.date()
        let index = try options.load(config: config)
        let orgs = sort.core.sorted(index.organizations(policy: ContactOutput.policy(config), today: today))
        if options.json {
            Console.write(.array(orgs.map { o in
                .object([("name", .string(o.name)), ("note", .string(o.note)), ("people", .int(o.people.count)),
                         ("last_contact", .date(o.lastContact)), ("due", .int(o.due)),
                         ("members", .array(o.people.map { NoteJSON.person($0, index: index) }))])
            }))
            return
        }
        var table = TextTable(header: ["ORGANIZATION", "PEOPLE", "LAST CONTACT", "AGE", "DUE", "NOTE"], rightAligned: [1, 3, 4])
        for o in orgs {
            table.add([o.name, String(o.people.count), o.lastContact?.description ?? "—",
                       o.lastContact.map { RelativeAge.of($0, today: today) } ?? "", o.due == 0 ? "" : String(o.due),
                       o.note ?? ""])
        }
        Console.write(table.rendered())
    }
}
