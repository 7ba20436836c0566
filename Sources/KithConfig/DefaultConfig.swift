import KithCore
import KithUI

/// The text of `kith config --print-default`: every setting with its default value and a
/// comment, built from the same defaults the code uses (`NoteClassifier.standard`,
/// `ActionTable`), so it cannot drift from them. Parsing it gives the defaults, no warnings.
public enum DefaultConfig {
    public static func text(paths: ConfigPaths = ConfigPaths()) -> String {
        var out: [String] = [
            "# kith configuration: \(paths.display(paths.configFile))",
            "# Every setting is optional; this file shows the defaults. Unknown keys and bad values",
            "# are reported as warnings (file:line) and left at their defaults.",
            "",
            "# The vault to open when neither --vault nor $KITH_VAULT is given (~ is your home).",
            "# vault = \"~/notes\"",
            "",
            "# The color theme: default, light, high-contrast, mono, or a file name from",
            "# \(paths.display(paths.themesDirectory))/ (without .toml). --theme wins; `t` cycles them.",
            "theme = \"\(ThemeCatalog.defaultName)\"",
            "",
            "# The editor for `e`, instead of $VISUAL / $EDITOR (arguments allowed: \"code -w\").",
            "# editor = \"nvim\"",
            "",
            "# Days without contact after which a person counts as stale.",
            "stale_days = 90",
            "",
            "# The vault's owner: a person's name, alias or path. Left out of co-attendees, of the",
            "# people beside a meeting (shown as \"you\") and of the Due list. Without it, a person",
            "# note tagged `me` or with `me: true` is the owner.",
            "# me = \"Your Name\"",
            "",
            "# Date properties of people that come back every year, besides `birthday`",
            "# (YYYY-MM-DD, or --MM-DD without a year): cards show the years and the next date,",
            "# `kith upcoming` and the Recent view list them. Keys ignore case.",
            "yearly = []",
            "# yearly = [\"anniversary\"]",
            "",
            "# Daily notes: the folder and moment.js name format, instead of what",
            "# .obsidian/daily-notes.json (or the Periodic Notes plugin) says. A note named with a",
            "# bare date (2024-03-02.md) anywhere is a daily note too.",
            "[daily_notes]",
            "# folder = \"Daily\"",
            "# format = \"YYYY-MM-DD\"",
            "",
            "# What kind a note is. Any one match is enough: frontmatter `type`, a tag, a",
            "# `categories` link, or a folder (a run of folder names anywhere in the path).",
            "# Explicit properties win over folders. Comparisons ignore case. A list given here",
            "# replaces that list's defaults; lists left out keep theirs. Meetings are transcripts",
            "# whose people may also be named in any property (attendees: [Ana Lima, Bo Chen]).",
            "# Templates (.obsidian/templates.json, Templater) and a folder's own note",
            "# (People/People.md) are never people.",
        ]
        let c = NoteClassifier.standard
        for (name, rule) in [("person", c.person), ("transcript", c.transcript), ("meeting", c.meeting),
                             ("project", c.project), ("organization", c.organization)] {
            out.append("[kinds.\(name)]")
            out.append("types = \(list(rule.types))")
            out.append("tags = \(list(rule.tags))")
            out.append("categories = \(list(rule.categories))")
            out.append("folders = \(list(rule.folders))")
            out.append("")
        }
        out += [
            "# Contact cadence per tag: people with the tag are stale after this long without",
            "# contact (d days, w weeks, m months of 30 days, y years). A person's own `cadence:`",
            "# frontmatter wins; with several tagged cadences the shortest applies; a nested tag",
            "# (customer/acme) takes its parent's. `kith stale --days N` overrides all of them.",
            "[cadence]",
            "# customer = \"30d\"",
            "# investor = \"3m\"",
            "",
            "# Key bindings: action = [\"key\", …] replaces the action's keys; a key taken from another",
            "# action of the same screen stops doing that. Key names: a character (\"x\", \"G\", \"?\"),",
            "# \"Space\", \"Enter\", \"Esc\", \"Tab\", \"S-Tab\", \"Backspace\", \"Up\", \"Down\", \"Left\",",
            "# \"Right\", \"Home\", \"End\", \"PgUp\", \"PgDn\", \"F1\"…, \"C-d\" (Ctrl), \"M-x\" (Alt).",
            "# The defaults, commented out; uncomment a line to change it:",
            "[keys]",
        ]
        var context: Context?
        for spec in ActionTable.entries {
            if spec.contexts.first != context {
                context = spec.contexts.first
                out.append("# \(context?.title ?? "")")
            }
            out.append("# \(spec.command.configName) = \(list(spec.keys.map(\.name)))  # \(spec.help)")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A TOML list of basic strings.
    static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }

    /// A TOML basic string: quotes and backslashes escaped (the `\` key).
    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: Character(a), omittingEmptySubsequences: false).joined(separator: b)
    }
}
