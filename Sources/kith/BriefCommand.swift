import ArgumentParser
import Foundation
import KithCore
import KithUI

/// `kith brief NAME`: one page to read before meeting someone.
struct Brief: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "One page on a person to read before a meeting.",
        discussion: """
            Who they are (role, organization, contact details), when you last met and what \
            about (the last 3 interactions), what is open (unchecked tasks that link them or \
            sit in their note, then those of the meetings and daily notes they were in), their \
            Key Decisions, the people you meet them with most, their topics, contacts per month \
            over the last 12 months, their cadence and due date, and their next birthday.
            """)

    @OptionGroup var options: VaultOptions

    @Argument(help: ArgumentHelp("A person's name, alias or path.", valueName: "name"))
    var name: String

    @OptionGroup var day: TodayOption

    func run() throws {
        let config = VaultOptions.loadConfig()
        let today = try day.date()
        let index = try options.load(config: config)
        let note = try index.require(name)
        guard let brief = index.brief(of: note.path, policy: ContactOutput.policy(config), today: today) else {
            throw Console.fail("\(note.name) is not a person (\(note.kind.rawValue): \(note.path))", code: 1)
        }
        if options.json {
            Console.write(BriefOutput.json(brief, index: index, today: today))
        } else {
            let ascii = Sparkline.prefersASCII(environment: ProcessInfo.processInfo.environment)
            Console.write(BriefOutput.text(brief, index: index, today: today, ascii: ascii))
        }
    }
}

/// The brief as text and JSON.
enum BriefOutput {
    /// Labelled lines, the labels in one column; lists under a heading, two spaces in.
    static func text(_ b: PersonBrief, index: VaultIndex, today: CalendarDate, ascii: Bool) -> String {
        var out = b.name + (b.aliases.isEmpty ? "" : " (\(b.aliases.joined(separator: ", ")))") + "\n" + b.path + "\n\n"
        var fields = TextTable()
        let p = b.profile
        if let role = [p.role, p.organization].compactMap({ $0 }).joined(separator: " · ").nonEmpty {
            fields.add(["Role", role + (p.team.map { " (\($0))" } ?? "")])
        }
        if let r = p.relationship { fields.add(["Relationship", r]) }
        for d in b.details { fields.add([d.key, d.values.joined(separator: ", ")]) }
        fields.add(["Last contact", lastContact(b, today: today)])
        if let s = b.status { fields.add(["Cadence", cadence(s)]) }
        if let u = b.upcoming, let d = u.date {
            fields.add(["Next meeting", "\(d)  in \(today.days(until: d))d  \(Format.withoutDate(u.label))"])
        }
        if let bd = b.birthday { fields.add(["Birthday", birthday(bd, today: today)]) }
        fields.add(["Contacts", Sparkline.text(b.monthly, ascii: ascii) + "  " + ContactFrequency.span(today: today)
                    + " · " + Sparkline.total(b.monthly)])
        if !b.metWith.isEmpty {
            fields.add(["Met with", b.metWith.prefix(8).map { "\($0.name) (\($0.shared))" }.joined(separator: ", ")
                        + (b.metWith.count > 8 ? ", … \(b.metWith.count - 8) more" : "")])
        }
        if !b.topics.isEmpty { fields.add(["Topics", b.topics.joined(separator: " · ")]) }
        out += fields.rendered()
        out += section("Last interactions", b.recent.map { i in
            var line = (i.date?.description ?? "undated") + "  " + Format.label(of: i)
            if let s = Format.summary(of: i) {
                line += " — " + TextTable.cutAtWord(s)
            }
            return line
        })
        out += section("Open items", b.openItems.map { item in
            "[ ] " + PersonSectionsText.plain(item.text) + "  (\(item.path):\(item.line))"
        })
        out += section("Key decisions", b.decisions.map { "- " + PersonSectionsText.plain($0.text) })
        return out
    }

    private static func section(_ title: String, _ lines: [String]) -> String {
        guard !lines.isEmpty else { return "" }
        return "\n" + title + " (\(lines.count))\n" + lines.map { "  " + TextTable.clean($0) + "\n" }.joined()
    }

    /// `2025-10-30  1y ago` (`from an interaction` when derived), or `never`.
    static func lastContact(_ b: PersonBrief, today: CalendarDate) -> String {
        guard let lc = b.lastContact else { return "never" }
        return "\(lc.date)  \(RelativeAge.ago(lc.date, today: today))" + (lc.derived ? " (from an interaction)" : "")
    }

    /// `90d · due 2026-01-28 (301d overdue)`.
    static func cadence(_ s: ContactStatus) -> String {
        var text = ContactOutput.cadenceText(s)
        if let due = s.due, let over = s.overdueDays {
            text += " · due \(due) (" + (over > 0 ? "\(over)d overdue" : over == 0 ? "today" : "in \(-over)d") + ")"
        } else {
            text += " · due now (never contacted)"
        }
        return text
    }

    /// `1990-04-12 · turns 37 on Apr 12 (in 138d)`, `--07-22 · Jul 22 (in 239d)`.
    static func birthday(_ d: YearlyDate, today: CalendarDate) -> String {
        let next = d.next(onOrAfter: today)
        let written = written(d)
        let days = today.days(until: next)
        let when = days == 0 ? "today" : "\(next.monthDay) (in \(days)d)"
        return written + " · " + (d.years(on: next).map { "turns \($0) " } ?? "") + (days == 0 ? when : "on " + when)
    }

    /// `1990-04-12`, or `--07-22` without a year.
    static func written(_ d: YearlyDate) -> String {
        d.year.map { String(format: "%04d-%02d-%02d", $0, d.month, d.day) } ?? String(format: "--%02d-%02d", d.month, d.day)
    }

    /// The brief's JSON (keys documented in the README).
    static func json(_ b: PersonBrief, index: VaultIndex, today: CalendarDate) -> JSON {
        var pairs: [(String, JSON)] = [("name", .string(b.name)), ("path", .string(b.path)), ("aliases", .strings(b.aliases)),
                                       ("role", .string(b.profile.role)), ("organization", .string(b.profile.organization)),
                                       ("organization_note", .string(b.organizationNote)), ("team", .string(b.profile.team)),
                                       ("relationship", .string(b.profile.relationship))]
        pairs.append(("details", .array(b.details.map { .object([("key", .string($0.key)), ("values", .strings($0.values))]) })))
        pairs += index.lastContactFields(b.path, today: today)
        pairs += ContactOutput.fields(b.status)
        let next = b.birthday.map { $0.next(onOrAfter: today) }
        pairs += [("birthday", .string(b.birthday.map(written))),
                  ("next_birthday", .date(next)), ("turns", .int(next.flatMap { b.birthday?.years(on: $0) }))]
        pairs.append(("upcoming", b.upcoming.map { NoteJSON.interaction($0, index: index, today: today) } ?? .null))
        pairs.append(("interactions", .int(b.pastInteractions)))
        pairs.append(("recent", .array(b.recent.map { NoteJSON.interaction($0, index: index, today: today) })))
        pairs.append(("open_items", .array(b.openItems.map {
            .object([("text", .string($0.text)), ("path", .string($0.path)), ("line", .int($0.line)),
                     ("date", .date($0.date)), ("direct", .bool($0.direct))])
        })))
        pairs.append(("decisions", .array(b.decisions.map { .object([("text", .string($0.text)), ("line", .int($0.line))]) })))
        pairs.append(("met_with", .array(b.metWith.map {
            .object([("name", .string($0.name)), ("path", .string($0.path)), ("shared", .int($0.shared))])
        })))
        pairs.append(("topics", .strings(b.topics)))
        pairs.append(("monthly", .array(b.monthly.map(JSON.int))))
        return .object(pairs)
    }
}

/// Markdown text as plain words: links as their labels, emphasis marks dropped.
enum PersonSectionsText {
    static func plain(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let open = rest.firstRange(of: "[["), let close = rest[open.upperBound...].firstRange(of: "]]") {
            out += rest[..<open.lowerBound]
            let inner = rest[open.upperBound..<close.lowerBound]
            let parts = inner.split(separator: "|", maxSplits: 1)
            out += String(parts.count == 2 ? parts[1] : (parts.first?.split(separator: "#").first ?? inner))
            rest = rest[close.upperBound...]
        }
        out += rest
        return out.replacingOccurrences(of: "**", with: "")
    }
}

extension String {
    /// Nil for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
