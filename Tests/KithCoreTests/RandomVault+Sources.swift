import Foundation

/// The other ways people record contacts, for the random vault: `.obsidian/` settings (a daily
/// folder with a moment format, templates, excluded files), daily notes, meeting notes with
/// properties and plain names, inline fields, a person's own log, templates, a folder note.
extension RandomVault {
    static let dailyFormat = "YYYY/MM-MMMM/YYYY-MM-DD-dddd"
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    func writeSettingsAndSources() throws {
        try write(".obsidian/daily-notes.json", "{\"folder\": \"Journal\", \"format\": \"\(Self.dailyFormat)\"}")
        try write(".obsidian/templates.json", "{\"folder\": \"Templates\"}")
        try write(".obsidian/app.json", "{\"userIgnoreFilters\": [\"Archive/\", \"/secret/\"]}")
        try write("Templates/Person.md", "---\ntype: people\n---\n# {{title}}\n\n- 2025-01-01 met:: [[Ana Lima]]\n")
        try write("People/People.md", "# People\n\n- [[Ana Lima]] [[Bo Chen]]\n")
        try write("Archive/Old.md", "---\ntype: people\n---\n[[Ana Lima]]\n")
        try write("Notes/secret plan.md", "[[Ana Lima]]\n")
        for k in 0..<6 { try write(dailyPath(k), randomDaily()) }
        for k in 0..<6 { try write(meetingPath(k), randomMeeting()) }
        try write("Notes/2025-05-05.md", randomDaily())
    }

    /// `Journal/2025/03-March/2025-03-04-Tuesday.md` (the weekday is not checked).
    func dailyPath(_ k: Int) -> String {
        let m = k % 12 + 1, d = k % 27 + 1
        return String(format: "Journal/2025/%02d-%@/2025-%02d-%02d-Monday.md", m, Self.months[m - 1], m, d)
    }

    func meetingPath(_ k: Int) -> String { "Meetings/Meeting note \(k).md" }

    func randomDaily() -> String {
        var lines = ["---", "tags: [daily]", "---", "", "## Log", ""]
        for _ in 0..<(1 + rng.next(4)) {
            switch rng.next(5) {
            case 0: lines.append("met:: [[\(rng.pick(Self.names))]] on the way home \(rng.next(99)).")
            case 1: lines.append("- Talked to (person:: [[\(rng.pick(Self.names))]]) about \(rng.next(99)).")
            case 2: lines.append("- [ ] call [[\(rng.pick(Self.names))]]")
            case 3: lines.append("- lunch with [[\(rng.pick(Self.names))]] and [[Jason Owner]]")
            default: lines.append("- note \(rng.next(99)) [[\(randomLink())]]")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func randomMeeting() -> String {
        let month = rng.next(12) + 1
        let date = String(format: "2025-%02d-%02d", month, rng.next(28) + 1)
        var attendees: [String] = []
        for _ in 0..<(1 + rng.next(3)) {
            let name = rng.pick(Self.names)
            switch rng.next(3) {
            case 0: attendees.append("  - \"[[\(name)]]\"")
            case 1: attendees.append("  - \(name)")
            default: attendees.append("  - \(Self.aliases(of: name).first ?? name.uppercased())")
            }
        }
        let owner = rng.next(4) == 0 ? "" : "  - Jason Owner\n"
        let author = rng.next(3) == 0 ? "author: \"[[\(rng.pick(Self.names))]]\"\n" : ""
        let key = rng.pick(["attendees", "people", "Attendees", "with"])
        return "---\ncategories:\n  - \"[[Meetings]]\"\ndate: \(date)\n\(author)\(key):\n"
            + attendees.joined(separator: "\n") + "\n" + owner + "---\n\n- Decided \(rng.next(99)).\n"
            + (rng.next(2) == 0 ? "- [ ] ask [[\(rng.pick(Self.names))]]\n" : "")
    }

    func randomLog() -> [String] {
        (0..<rng.next(3)).map { _ in
            rng.next(2) == 0 ? "- \(date()) coffee \(rng.next(99))" : "### \(date())\n\nWalk \(rng.next(99))."
        }
    }

    func randomInlineNote() -> String {
        let dated = rng.next(2) == 0 ? "date: \(date())\n" : ""
        return "---\n\(dated)title: Inline \(rng.next(99))\n---\n"
            + "- \(date()) met:: [[\(rng.pick(Self.names))]] at the café\n"
            + "- (with:: [[\(rng.pick(Self.names))]]) planning\n"
            + "- author:: [[\(rng.pick(Self.names))]]\n"
    }

    /// One edit to the other sources; nil when it picked nothing to do.
    func randomSourceEdit(_ notes: [String], _ touch: (String) -> Void) throws -> String? {
        switch rng.next(9) {
        case 0, 1:
            let p = rng.next(3) == 0 ? dailyPath(6 + rng.next(4)) : dailyPath(rng.next(6))
            try write(p, randomDaily()); touch(p); return "daily \(p)"
        case 2, 3:
            let p = meetingPath(rng.next(8))
            try write(p, randomMeeting()); touch(p); return "meeting \(p)"
        case 4:
            let p = "Notes/inline \(rng.next(3)).md"
            try write(p, randomInlineNote()); touch(p); return "inline \(p)"
        case 5:  // the owner changes hands, or a person's aliases change: the rebuild
            let p = "People/" + rng.pick(["Jason Owner", "Bo Chen", "Åsa Berg"]) + ".md"
            let owner = rng.next(2) == 0
            try write(p, Self.personText(name: "X", rc: [], owner: owner, aliases: rng.next(2) == 0 ? ["Alt\(rng.next(3))"] : []))
            touch(p); return "owner/aliases \(p)"
        case 6:  // a person's own log changes (fast path: same name and aliases)
            guard let p = notes.filter({ $0.hasPrefix("People/") && !$0.hasPrefix("People/People") }).randomElement(using: &rng)
            else { return nil }
            let name = String(p.split(separator: "/").last!.dropLast(3))
            try write(p, Self.personText(name: name, rc: [], aliases: Self.aliases(of: name), log: randomLog() + ["- \(date()) met again"]))
            touch(p); return "log \(p)"
        case 7:  // templates, folder notes and excluded files come and go
            let p = rng.pick(["Templates/Meeting.md", "Meetings/Meetings.md", "Archive/New.md", "People/🗂️ People.md",
                              "Notes/secret.md"])
            if rng.next(3) == 0, FileManager.default.fileExists(atPath: root + "/" + p) {
                try FileManager.default.removeItem(atPath: root + "/" + p); touch(p); return "remove \(p)"
            }
            try write(p, "---\ntype: meeting\ndate: 2025-04-04\nattendees: [Ana Lima]\n---\n[[Bo Chen]]\n")
            touch(p); return "special \(p)"
        default:  // a daily note dated by its alias only
            let p = "Journal/Someday \(rng.next(3)).md"
            try write(p, "---\naliases: [\(date())]\n---\n- met [[\(rng.pick(Self.names))]]\n")
            touch(p); return "alias daily \(p)"
        }
    }
}
