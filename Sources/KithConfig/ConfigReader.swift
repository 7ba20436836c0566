import KithCore
import KithUI
import TOMLKit

/// Turns a parsed `config.toml` into `KithConfig`, naming each unknown key and bad value.
struct ConfigReader {
    let source: TOMLSource
    let paths: ConfigPaths
    var issues: [ConfigIssue] = []

    static let kindNames = ["person", "transcript", "meeting", "project", "organization"]
    static let ruleFields = ["types", "tags", "categories", "folders"]

    mutating func read(into c: inout KithConfig) {
        for (key, value) in source.table {
            switch key {
            case "vault": c.vault = string(value, [key]).map(paths.expand)
            case "theme": c.theme = string(value, [key])
            case "editor": c.editor = string(value, [key])
            case "me": c.me = string(value, [key])
            case "daily_notes":
                guard let t = table(value, [key]) else { continue }
                for (field, v) in t {
                    switch field {
                    case "folder": c.dailyFolder = string(v, [key, field])
                    case "format": c.dailyFormat = string(v, [key, field])
                    default: warn([key, field], "unknown field '\(field)' of daily_notes (known: folder, format)")
                    }
                }
            case "stale_days":
                if let n = value.int, n > 0 { c.staleDays = n } else { warn([key], "stale_days must be a whole number of days above 0") }
            case "kinds": readKinds(value, into: &c.classifier)
            case "yearly":
                if let keys = strings(value, [key]) {
                    c.yearly = keys.map { $0.trimmed(" ") }.filter { !$0.isEmpty }
                }
            case "cadence":
                guard let t = table(value, [key]) else { continue }
                for (tag, v) in t {
                    let path = [key, tag]
                    let days = v.int.flatMap { $0 > 0 ? $0 : nil } ?? v.string.flatMap(KithConfig.days)
                    guard let days else { warn(path, "cadence for tag \(tag) must be like \"30d\", \"2w\", \"3m\" or \"1y\""); continue }
                    c.tagCadences[tag.lowercased().trimmed("#")] = days
                }
            case "keys":
                guard let t = table(value, [key]) else { continue }
                for (name, v) in t { readBinding(name, v, into: &c.keys) }
            default:
                warn([key], "unknown setting '\(key)' (known: vault, theme, editor, me, stale_days, yearly, [daily_notes], [kinds], [cadence], [keys])")
            }
        }
    }

    private mutating func readKinds(_ value: TOMLValueConvertible, into classifier: inout NoteClassifier) {
        guard let kinds = table(value, ["kinds"]) else { return }
        for (kind, spec) in kinds {
            let path = ["kinds", kind]
            guard Self.kindNames.contains(kind) else {
                warn(path, "unknown note kind '\(kind)' (known: \(Self.kindNames.joined(separator: ", ")))")
                continue
            }
            guard let t = table(spec, path) else { continue }
            var rule = rule(of: kind, in: classifier)
            for (field, v) in t {
                guard Self.ruleFields.contains(field) else {
                    warn(path + [field], "unknown field '\(field)' of kinds.\(kind) (known: \(Self.ruleFields.joined(separator: ", ")))")
                    continue
                }
                guard let list = strings(v, path + [field]) else { continue }
                let lower = list.map { $0.lowercased() }
                switch field {
                case "types": rule.types = lower
                case "tags": rule.tags = lower.map { $0.trimmed("#") }
                case "categories": rule.categories = lower.map { NoteClassifierNames.category($0) }
                default: rule.folders = lower.map { $0.trimmed("/") }
                }
            }
            switch kind {
            case "person": classifier.person = rule
            case "transcript": classifier.transcript = rule
            case "meeting": classifier.meeting = rule
            case "project": classifier.project = rule
            default: classifier.organization = rule
            }
        }
    }

    private func rule(of kind: String, in c: NoteClassifier) -> NoteClassifier.Rule {
        switch kind {
        case "person": return c.person
        case "transcript": return c.transcript
        case "meeting": return c.meeting
        case "project": return c.project
        default: return c.organization
        }
    }

    private mutating func readBinding(_ name: String, _ v: TOMLValueConvertible, into keys: inout [Command: [Key]]) {
        let path = ["keys", name]
        guard let command = Command(configName: name) else {
            warn(path, "unknown action '\(name)' (kith config --print-default lists them)")
            return
        }
        guard let names = strings(v, path) else { return }
        var parsed: [Key] = []
        for n in names {
            guard let k = Key(name: n) else { warn(path, "unknown key name \"\(n)\" for \(name) (e.g. \"x\", \"C-d\", \"M-x\", \"Enter\", \"PgDn\", \"F5\")"); continue }
            parsed.append(k)
        }
        if !parsed.isEmpty || names.isEmpty { keys[command] = parsed }
    }

    // MARK: Values

    private mutating func string(_ v: TOMLValueConvertible, _ path: [String]) -> String? {
        guard let s = v.string else { warn(path, "\(path.joined(separator: ".")) must be a string in quotes"); return nil }
        return s
    }

    private mutating func table(_ v: TOMLValueConvertible, _ path: [String]) -> TOMLTable? {
        guard let t = v.table else { warn(path, "\(path.joined(separator: ".")) must be a table"); return nil }
        return t
    }

    /// A list of strings; one string counts as a list of one.
    private mutating func strings(_ v: TOMLValueConvertible, _ path: [String]) -> [String]? {
        if let s = v.string { return [s] }
        if let a = v.array {
            let out = a.compactMap { $0.string }
            if out.count == a.count { return out }
        }
        warn(path, "\(path.joined(separator: ".")) must be a list of strings, e.g. [\"a\", \"b\"]")
        return nil
    }

    private mutating func warn(_ path: [String], _ message: String) { issues.append(source.issue(path, message)) }
}

/// Category values as the classifier compares them (`[[People]]` → `people`).
enum NoteClassifierNames {
    static func category(_ value: String) -> String {
        var s = Substring(value)
        if s.hasPrefix("[["), s.hasSuffix("]]") { s = s.dropFirst(2).dropLast(2) }
        if let bar = s.firstIndex(of: "|") { s = s[..<bar] }
        if let slash = s.lastIndex(of: "/") { s = s[s.index(after: slash)...] }
        return String(s).trimmed(" ").lowercased()
    }
}
