import ArgumentParser
import Foundation
import KithCore

/// `kith people`: every person, most recently contacted first.
struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List people, most recently contacted first.")

    /// Mirrors `PeopleSort` (kept here so KithCore need not know ArgumentParser).
    enum SortOrder: String, ExpressibleByArgument, CaseIterable {
        case recent, name, stale
        var core: PeopleSort {
            switch self {
            case .recent: return .recent
            case .name: return .name
            case .stale: return .stale
            }
        }
    }

    @OptionGroup var options: VaultOptions

    @Option(help: "Order: recent (newest contact first), name, or stale (most overdue for their cadence first, never contacted last).")
    var sort: SortOrder = .recent

    @Option(help: ArgumentHelp("Only people with this tag or a tag nested under it (a/b is under a).",
                               valueName: "tag"))
    var tag: String?

    @OptionGroup var day: TodayOption

    func run() throws {
        let today = try day.date()
        let config = VaultOptions.loadConfig()
        let digest = try options.loadPeople(config: config)
        var people = digest.sorted(by: sort.core, policy: ContactOutput.policy(config), today: today)
        if let tag { people = people.filter { TagMatch.has($0.tags, under: tag) } }
        if options.json {
            Console.write(.array(people.map { Self.json($0, today: today) }))
            return
        }
        var table = TextTable(header: ["NAME", "LAST CONTACT", "AGE", "ROLE", "ORGANIZATION", "#"],
                              rightAligned: [2, 5])
        var anyDerived = false
        for p in people {
            let lc = p.lastContact(today: today)
            anyDerived = anyDerived || lc?.derived == true
            let last: String = lc.map { $0.date.description + ($0.derived ? "*" : "") } ?? "—"
            let age: String = lc.map { RelativeAge.of($0.date, today: today) } ?? ""
            table.add([p.name, last, age, p.role ?? "", p.organization ?? "", String(p.interactionCount)])
        }
        Console.write(table.rendered())
        if anyDerived { Console.write("* from an interaction newer than last_contact (or there is none)\n") }
    }

    /// `{name, path, last_contact, last_contact_derived, last_contact_source, role, organization,
    /// tags, aliases, interactions, monthly}`; `monthly` counts past interactions per month over
    /// the last 12 months, oldest first, ending with the month of `today`.
    static func json(_ p: PersonDigest, today: CalendarDate) -> JSON {
        let head: [(String, JSON)] = [("name", .string(p.name)), ("path", .string(p.path))]
        let tail: [(String, JSON)] = [("role", .string(p.role)), ("organization", .string(p.organization)),
                                      ("tags", .strings(p.tags)), ("aliases", .strings(p.aliases)),
                                      ("interactions", .int(p.interactionCount)),
                                      ("monthly", .array(p.monthly(today: today).map(JSON.int)))]
        return .object(head + ContactFields.lastContact(p.lastContact(today: today)) + tail)
    }
}

/// Tag filters: case-insensitive, without `#`, and `a/b` counts as tagged `a`.
enum TagMatch {
    static func has(_ tags: [String], under wanted: String) -> Bool {
        var w = wanted.trimmingCharacters(in: .whitespaces)
        while w.hasPrefix("#") { w.removeFirst() }
        while w.hasSuffix("/") { w.removeLast() }
        let want = w.lowercased()
        guard !want.isEmpty else { return true }
        return tags.contains { t in
            let tag = t.lowercased()
            return tag == want || tag.hasPrefix(want + "/")
        }
    }
}
