import Foundation
import KithCore

/// A note's properties in `kith show`: the card's Properties block as text and as JSON.
enum PropertyOutput {
    /// `[{key, value, kind, targets}]` in the card's order (`NoteProperties`): `value` is the
    /// text as written, an array of texts for a list; `targets` the vault paths its links
    /// resolve to.
    static func json(_ note: IndexedNote, index: VaultIndex) -> JSON {
        .array(NoteProperties.listed(for: note).map { p in
            let value: JSON = p.kind == .list ? .strings(p.texts) : .string(p.texts.first ?? "")
            return .object([("key", .string(p.key)), ("value", value), ("kind", .string(p.kind.rawValue)),
                            ("targets", .strings(targets(p.texts, from: note.path, index: index)))])
        })
    }

    /// `Properties` and one `key  value` row each, links as the names they lead to, a birthday
    /// or yearly date with its years and next date; nothing when there are none.
    static func text(_ note: IndexedNote, index: VaultIndex, today: CalendarDate, yearlyKeys: [String]) -> String {
        let birthdays = Set(NoteProperties.birthdayKeys.map(NoteProperties.normalized))
        let yearly = Set(yearlyKeys.map(NoteProperties.normalized))
        var table = TextTable()
        for p in NoteProperties.listed(for: note) {
            let k = NoteProperties.normalized(p.key)
            var value = p.texts.map { index.propertyText($0, from: note.path) }.joined(separator: ", ")
            if p.kind == .checkbox { value = value.lowercased() == "true" ? "yes" : "no" }
            if p.kind == .date, birthdays.contains(k) || yearly.contains(k), let date = YearlyDate(parsing: value) {
                value = ([value] + date.remarks(today: today, birthday: birthdays.contains(k))).joined(separator: " · ")
            }
            table.add([p.key, value])
        }
        return Show.block("Properties", table)
    }

    /// Resolved paths of the `[[links]]` in `texts`, in order, each once.
    static func targets(_ texts: [String], from source: String, index: VaultIndex) -> [String] {
        var out: [String] = []
        for text in texts {
            var rest = Substring(text)
            while let open = rest.firstRange(of: "[["), let close = rest[open.upperBound...].firstRange(of: "]]") {
                var inner = rest[open.upperBound..<close.lowerBound]
                if let bar = inner.firstIndex(of: "|") { inner = inner[..<bar] }
                if let hash = inner.firstIndex(of: "#") { inner = inner[..<hash] }
                if inner.hasSuffix("\\") { inner = inner.dropLast() }
                let target = inner.trimmingCharacters(in: .whitespaces)
                if !target.isEmpty, let path = index.resolve(target, from: source), !out.contains(path) {
                    out.append(path)
                }
                rest = rest[close.upperBound...]
            }
        }
        return out
    }
}
