import KithCore

/// What an empty view says: what it would list, how a note gets there and where the rules are
/// changed, so a vault kept another way is one config line away from working.
enum EmptyViews {
    /// People: how a note becomes a person.
    static func people(_ index: VaultIndex) -> [String] {
        [
            "No people in this vault (\(Format.count(index.notes.count)) notes).", "",
            "A note is a person when it has type: person (or people), a tag #people, categories: [[People]],"
                + " or sits in a People/ folder (not templates, not a folder's own note).", "",
            changeRules("the [kinds.person] section"),
        ]
    }

    /// Recent: what counts as an interaction.
    static func recent(_ index: VaultIndex) -> [String] {
        var text = [
            "No interactions yet (\(Format.plural(index.people.count, "person", "people"))).", "",
            "An interaction is a dated bullet under a person's ## Recent Context, a meeting or transcript"
                + " that links them (in its text or in people:, attendees:), a daily note that links them"
                + " (met:: [[Ana Lima]] …), or a dated entry in their own note (## 2024-03-02).",
        ]
        if index.people.isEmpty { text += ["", "There are no people yet: press 1 to see how a note becomes one."] }
        return text
    }

    /// Meetings: what a meeting and a daily note are.
    static func meetings(_ index: VaultIndex) -> [String] {
        [
            "No meetings, transcripts or daily notes with people.", "",
            "A meeting is a note with type: meeting, a tag #meeting, categories: [[Meetings]] or in a"
                + " Meetings/ folder; a transcript has type: transcript or sits in Sources/Transcripts/;"
                + " a daily note is in the folder .obsidian/daily-notes.json names, or named by a date"
                + " (2026-11-25.md). They are listed here once they link a person.", "",
            changeRules("the [kinds.meeting] and [kinds.transcript] sections"),
        ]
    }

    static func changeRules(_ sections: String) -> String {
        "Change the rules in \(sections) of kith's config.toml"
            + " (kith config shows where it is; kith config --print-default shows every setting)."
    }
}

extension Screens {
    /// Paragraphs (an empty string between them) wrapped and centred in `r`; the first line
    /// in the text role, the rest dim.
    static func explained(_ g: inout CellGrid, _ text: [String], in r: Rect) {
        var lines: [String] = []
        for paragraph in text {
            lines += paragraph.isEmpty ? [""]
                : TextWrap.wrap(StyledLine([StyledSpan(paragraph, .dim)]), width: max(10, r.width - 4)).map(\.text)
        }
        let top = r.y + max(0, (r.height - lines.count) / 2)
        for (k, line) in lines.enumerated() where top + k < r.y + r.height {
            let w = min(DisplayWidth.of(line), r.width)
            g.put(line, x: r.x + (r.width - w) / 2, y: top + k, maxWidth: r.width,
                  style: CellStyle(k == 0 ? .text : .dim), ellipsis: true)
        }
    }
}
