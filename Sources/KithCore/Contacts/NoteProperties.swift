/// What a property's value is, as Obsidian's Properties panel types it.
public enum PropertyKind: String, Hashable, Sendable {
    case text, number, checkbox, date, datetime, list, link
}

/// One frontmatter property as the card and `kith show` list it.
public struct NoteProperty: Hashable, Sendable {
    /// The key as written (`Company`, `email`).
    public var key: String
    public var value: FrontmatterValue
    public var kind: PropertyKind
    /// 1-based line of the key in the note, when found.
    public var line: Int?

    /// The value's texts as written: a scalar's text, a list's items (nested values flattened
    /// to `k: v`), empty items left out.
    public var texts: [String] { Self.texts(value) }

    static func texts(_ v: FrontmatterValue) -> [String] {
        switch v {
        case .null: return []
        case .scalar(let s): return s.trimmedSpaces.isEmpty ? [] : [s]
        case .list(let items): return items.flatMap { item -> [String] in
            if case .map = item { return [flat(item)] }
            return texts(item)
        }
        case .map: return [flat(v)]
        }
    }

    /// A nested value on one line: `{a: x, b: [y, z]}`.
    static func flat(_ v: FrontmatterValue) -> String {
        switch v {
        case .null: return ""
        case .scalar(let s): return s
        case .list(let items): return "[" + items.map(flat).joined(separator: ", ") + "]"
        case .map(let m): return "{" + m.keys.sorted().map { "\($0): \(flat(m[$0]!))" }.joined(separator: ", ") + "}"
        }
    }
}

/// A note's frontmatter as Obsidian's Properties panel shows it, contact details first.
///
/// Known keys come first, in `contactOrder` (keys compare ignoring case; `-`, `_` and spaces
/// alike), then every other property in file order. Left out: empty values, and what the card
/// shows elsewhere or what only steers kith and Obsidian (`hiddenKeys`: `type`, `tags`,
/// `aliases`, `last_contact`, `created`, `cadence`, `categories`, `me`, …; `title` when it is
/// the note's name; a transcript's `date`).
public enum NoteProperties {
    /// Groups of keys that mean one thing, in the order the card lists them.
    public static let contactOrder: [[String]] = [
        ["email", "e-mail", "mail"],
        ["phone", "mobile", "tel", "telephone"],
        ["url", "website", "homepage", "web"],
        ["linkedin"], ["github"], ["twitter"],
        ["location", "city", "address"],
        birthdayKeys,
        organizationKeys,
        roleKeys,
    ]
    /// Keys whose date is a birthday (the age and the next date are shown).
    public static let birthdayKeys = ["birthday", "birthdate", "date of birth"]
    /// Keys that name a person's organization.
    public static let organizationKeys = ["company", "organization", "organisation", "org", "employer"]
    /// Keys that name a person's role. `title` is the note's name (vault rule), so it is a role
    /// only on a note whose name does not come from it.
    public static let roleKeys = ["role", "position", "job title", "title"]

    /// Shown elsewhere on the card (`tags`, `aliases`, `last_contact`, `cadence`), read by kith
    /// to classify notes (`type`, `categories`, `me`), or Obsidian's own (`cssclasses`,
    /// `publish`); `created`/`modified` are file bookkeeping, not contact details.
    public static let hiddenKeys: Set<String> = [
        "type", "tags", "tag", "aliases", "alias", "last_contact", "lastContact", "created",
        "modified", "updated", "cadence", "categories", "category", "me", "cssclasses", "cssclass",
        "publish", "permalink",
    ]

    /// The note's properties to show, known contact keys first, then the rest in file order.
    public static func listed(for note: IndexedNote) -> [NoteProperty] {
        let fm = note.parsed.frontmatter
        guard !fm.properties.isEmpty else { return [] }
        let lines = keyLines(of: note.parsed)
        var all: [NoteProperty] = []
        for (key, value) in fm.properties {
            let k = normalized(key)
            guard !hiddenNormalized.contains(k), let kind = kind(of: value) else { continue }
            if k == "title", TextFolding.fold(value.string ?? "") == TextFolding.fold(note.name) { continue }
            // A transcript's date is its Date; a person's `date` means something else.
            if k == "date", note.kind == .transcript { continue }
            all.append(NoteProperty(key: key, value: value, kind: kind, line: lines[k]))
        }
        // Known keys by group then synonym, the rest by line (unknown lines last, by key).
        func rank(_ p: NoteProperty) -> (Int, Int, Int, String) {
            let k = normalized(p.key)
            if let r = knownRank[k] { return (0, r.group, r.place, k) }
            return (1, p.line ?? Int.max, 0, k)
        }
        return all.sorted { rank($0) < rank($1) }
    }

    /// A key compared as kith compares property keys: lowercased, `_` and `-` as spaces.
    public static func normalized(_ key: String) -> String {
        String(key.lowercased().map { $0 == "_" || $0 == "-" ? " " : $0 }).trimmedSpaces.asString
    }

    /// Group and place in the group of each known key, normalized.
    static let knownRank: [String: (group: Int, place: Int)] = {
        var out: [String: (group: Int, place: Int)] = [:]
        for (g, group) in contactOrder.enumerated() {
            for (i, key) in group.enumerated() { out[normalized(key)] = (g, i) }
        }
        return out
    }()

    /// `hiddenKeys`, normalized.
    static let hiddenNormalized = Set(hiddenKeys.map(normalized))

    /// The value's kind; nil when it is empty (nothing to show).
    public static func kind(of value: FrontmatterValue) -> PropertyKind? {
        switch value {
        case .null: return nil
        case .map: return .text
        case .list: return NoteProperty.texts(value).isEmpty ? nil : .list
        case .scalar(let raw):
            let s = raw.trimmedSpaces
            if s.isEmpty { return nil }
            if isSingleLink(s) { return .link }
            switch s.lowercased() {
            case "true", "false": return .checkbox
            default: break
            }
            if YearlyDate(parsing: String(s)) != nil { return .date }
            if CalendarDate(parsing: s) != nil, isDateTime(s) { return .datetime }
            if isNumber(s) { return .number }
            return .text
        }
    }

    /// The one `[[link]]` a value is made of, when it is exactly that.
    static func isSingleLink(_ s: Substring) -> Bool {
        guard s.hasPrefix("[["), s.hasSuffix("]]"), s.count > 4 else { return false }
        return !s.dropFirst(2).dropLast(2).contains("[[") && !s.dropFirst(2).dropLast(2).contains("]]")
    }

    /// `2025-10-30T09:00`, `2025-10-30 09:00:00`: a date, then a time.
    static func isDateTime(_ s: Substring) -> Bool {
        let rest = Array(s.utf8.dropFirst(10))
        guard rest.count >= 6, rest[0] == 0x54 || rest[0] == 0x20 else { return false }
        let hh = rest[1...2], mm = rest[4...5]
        return rest[3] == 0x3A && (hh + mm).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// `42`, `-3`, `2.5`; not `+4915…` or `0151…` (phone numbers are text).
    static func isNumber(_ s: Substring) -> Bool {
        var body = s
        if body.hasPrefix("-") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return false }
        return !(parts[0].count > 1 && parts[0].hasPrefix("0"))
    }

    /// Line of each top-level frontmatter key (normalized), read from the note's text (the
    /// parsed properties keep no order; Obsidian shows them as written).
    public static func keyLines(of p: ParsedNote) -> [String: Int] {
        let end = p.bodyStartLine - 1 // the closing `---`
        guard end > 2 else { return [:] }
        var out: [String: Int] = [:]
        for n in 2..<end {
            let line = p.line(n)
            guard let first = line.first, first != " ", first != "\t", first != "-", first != "#" else { continue }
            var key = line[...]
            if let colon = line.firstRange(of: ": ") { key = line[..<colon.lowerBound] } else if line.hasSuffix(":") {
                key = line.dropLast()
            } else { continue }
            key = key.trimmedSpaces
            if key.count >= 2, let q = key.first, q == "\"" || q == "'", key.last == q { key = key.dropFirst().dropLast() }
            let k = normalized(String(key))
            if out[k] == nil { out[k] = n }
        }
        return out
    }
}
