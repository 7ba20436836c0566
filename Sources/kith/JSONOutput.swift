import KithCore

/// A JSON value whose objects keep their keys in the order they were built.
///
/// `JSONEncoder` can only sort keys alphabetically and drops `nil` optionals, while the CLI
/// promises keys in a documented, stable order and an explicit `null` for absent values, so
/// the commands build these values by hand and `render` writes them.
enum JSON {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    /// A string, or `null` when absent.
    static func string(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }
    /// A `YYYY-MM-DD` date, or `null` when absent.
    static func date(_ d: CalendarDate?) -> JSON { d.map { .string($0.description) } ?? .null }
    /// An array of strings.
    static func strings(_ items: [String]) -> JSON { .array(items.map(JSON.string)) }
    /// An integer, or `null` when absent.
    static func int(_ n: Int?) -> JSON { n.map(JSON.int) ?? .null }

    /// Pretty-printed text: two-space indentation, one key per line, arrays of scalars on one
    /// line (`"tags": ["a", "b"]`), `[]` / `{}` when empty, UTF-8 as is (no `\u00e9`, no `\/`),
    /// ending with a newline.
    func rendered() -> String {
        var out = ""
        write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .double(let d):
            // Round-trippable and never `nan`/`inf`, which JSON cannot carry.
            out += d.isFinite ? String(d) : "null"
        case .string(let s): JSON.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            if items.allSatisfy(\.isScalar) {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    item.write(to: &out, indent: indent)
                }
                out += "]"
                return
            }
            let pad = String(repeating: " ", count: indent + 2)
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad
                item.write(to: &out, indent: indent + 2)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            let pad = String(repeating: " ", count: indent + 2)
            out += "{\n"
            for (i, (key, value)) in pairs.enumerated() {
                out += pad
                JSON.quote(key, into: &out)
                out += ": "
                value.write(to: &out, indent: indent + 2)
                out += i == pairs.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    /// Escapes only what JSON requires: the quote, the backslash and control characters.
    private static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
