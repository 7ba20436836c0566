import ArgumentParser
import Foundation
import KithCore

/// `kith check`: counts and every problem the index found, for scripts and CI.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Count notes and links, and list unresolved links and other problems.",
        discussion: "Exits 0 even when problems exist, unless --strict is given (then 1).")

    @OptionGroup var options: VaultOptions

    @Flag(help: "Exit 1 when any problem is found.")
    var strict = false

    @OptionGroup var day: TodayOption

    func run() throws {
        let today = try day.date()
        let load = try options.loadReporting()
        let index = load.index
        let mismatches = index.lastContactMismatches(today: today)
        if options.json {
            Console.write(Self.json(index, mismatches: mismatches, snapshot: load.snapshot))
        } else {
            Console.write(Self.text(index, mismatches: mismatches, snapshot: load.snapshot))
        }
        if strict && (index.report.hasProblems || !mismatches.isEmpty) { throw ExitCode(1) }
    }

    /// `{vault, owner, suggested_owner, notes, people, transcripts, projects, organizations, attachments, links,
    /// seconds, snapshot, notes_read, unresolved, ambiguous, frontmatter_errors, unreadable,
    /// last_contact_mismatches, settings}`. `snapshot` is how the index was loaded (`warm`: from
    /// the snapshot, `cold`: every note read, `off`: `--no-cache`); `notes_read` how many notes
    /// were read from their files.
    static func json(_ index: VaultIndex, mismatches: [CheckReport.LastContactMismatch],
                     snapshot: SnapshotUse = SnapshotUse(kind: .off)) -> JSON {
        let r = index.report
        let counts: [(String, JSON)] = [
            ("vault", .string(index.root)), ("owner", .string(index.owner)),
            ("suggested_owner", index.ownerSuggestion.map { s in
                .object([("path", .string(s.path)), ("name", .string(s.name)), ("sources", .int(s.sources)),
                         ("of", .int(s.total))])
            } ?? .null),
            ("notes", .int(index.notes.count)), ("people", .int(index.count(.person))),
            ("transcripts", .int(index.count(.transcript))), ("projects", .int(index.count(.project))),
            ("organizations", .int(index.count(.organization))),
            ("attachments", .int(index.attachments.count)), ("links", .int(index.linkCount)),
            ("seconds", .double((index.buildSeconds * 1000).rounded() / 1000)),
            ("snapshot", .string(snapshot.kind.rawValue)), ("notes_read", .int(Self.notesRead(index, snapshot))),
        ]
        return .object(counts + [
            ("unresolved", .array(r.unresolved.map {
                .object([("source", .string($0.source)), ("line", .int($0.line)), ("link", .string($0.link))])
            })),
            ("ambiguous", .array(r.ambiguous.map {
                .object([("source", .string($0.source)), ("line", .int($0.line)), ("link", .string($0.link)),
                         ("candidates", .strings($0.candidates)), ("chosen", .string($0.chosen))])
            })),
            ("frontmatter_errors", .array(r.frontmatterErrors.map {
                .object([("path", .string($0.path)), ("line", .int($0.line)), ("message", .string($0.message))])
            })),
            ("unreadable", .array(r.unreadable.map {
                .object([("path", .string($0.path)), ("message", .string($0.message))])
            })),
            ("last_contact_mismatches", .array(mismatches.map {
                .object([("path", .string($0.path)), ("last_contact", .date($0.lastContact)),
                         ("newest_interaction", .date($0.newestInteraction))])
            })),
            ("settings", .strings(r.settings)),
        ])
    }

    /// `not set; likely Jason Vallery (in 3,812 of 3,970 meetings and daily notes): add
    /// me = "Jason Vallery" to config.toml`. The name is written as TOML reads it back.
    static func suggestion(_ s: OwnerSuggestion) -> String {
        let quoted = s.name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "not set; likely " + TextTable.clean(s.name) + " (in \(Cache.grouped(s.sources)) of "
            + "\(Cache.grouped(s.total)) meetings and daily notes): add me = \"" + TextTable.clean(quoted)
            + "\" to config.toml (kith config shows where)"
    }

    /// A link as written (`Composability|composable`) as its target and, apart, the label the
    /// note shows: `Composability (shown as "composable")`. A table's escaped `\|` splits too.
    static func linkText(_ raw: String) -> String {
        guard let bar = raw.firstIndex(of: "|") else { return raw }
        var target = String(raw[..<bar])
        if target.hasSuffix("\\") { target.removeLast() }
        let label = raw[raw.index(after: bar)...].trimmingCharacters(in: .whitespaces)
        return label.isEmpty ? target : "\(target) (shown as \"\(label)\")"
    }

    /// Counts, then each problem as `path:line  message`, grouped by kind.
    /// Notes read from their files by this load: all of them unless the snapshot served it.
    static func notesRead(_ index: VaultIndex, _ snapshot: SnapshotUse) -> Int {
        snapshot.kind == .warm ? snapshot.reread : index.notes.count
    }

    static func text(_ index: VaultIndex, mismatches: [CheckReport.LastContactMismatch],
                     snapshot: SnapshotUse = SnapshotUse(kind: .off)) -> String {
        let r = index.report
        var counts = TextTable(rightAligned: [1])
        counts.add(["notes", String(index.notes.count)])
        for kind in [NoteKind.person, .transcript, .project, .organization] {
            counts.add(["  " + kind.plural, String(index.count(kind))])
        }
        counts.add(["attachments", String(index.attachments.count)])
        counts.add(["links", String(index.linkCount)])
        var out = "Vault \(index.root) (indexed in \(String(format: "%.2f", index.buildSeconds)) s"
        if snapshot.kind == .warm {
            let read = Self.notesRead(index, snapshot)
            out += " from the snapshot, \(read) \(read == 1 ? "note" : "notes") read again"
        }
        out += ")\n"
        out += counts.rendered()
        if let owner = index.owner { out += "owner  " + TextTable.clean(owner) + "\n" }
        if let likely = index.ownerSuggestion { out += "owner  " + Self.suggestion(likely) + "\n" }

        // Problems are `place  message` lines, not a table: paths vary wildly in length and
        // grep-friendly lines matter more here than alignment.
        var groups: [String] = []
        func group(_ title: String, _ rows: [(String, String)]) {
            guard !rows.isEmpty else { return }
            groups.append("\n\(title) (\(rows.count))\n"
                + rows.map { "  " + TextTable.clean($0.0) + "  " + TextTable.clean($0.1) + "\n" }.joined())
        }
        group("Unresolved links", r.unresolved.map { ("\($0.source):\($0.line)", "unresolved link: \(linkText($0.link))") })
        group("Ambiguous links", r.ambiguous.map { a in
            let others = a.candidates.filter { $0 != a.chosen }.joined(separator: ", ")
            return ("\(a.source):\(a.line)", "ambiguous link: \(linkText(a.link)) → \(a.chosen) (also: \(others))")
        })
        group("Frontmatter errors", r.frontmatterErrors.map { ("\($0.path):\($0.line)", $0.message) })
        group("Unreadable files", r.unreadable.map { ($0.path, $0.message) })
        group("last_contact older than newest interaction", mismatches.map {
            ($0.path, "last_contact \($0.lastContact), newest interaction \($0.newestInteraction)")
        })
        if !r.settings.isEmpty {
            groups.append("\nSettings (\(r.settings.count))\n" + r.settings.map { "  " + TextTable.clean($0) + "\n" }.joined())
        }
        if groups.isEmpty { return out + "\nNo problems found.\n" }
        return out + groups.joined()
    }
}
