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
        String(decoding: renderedBytes(), as: UTF8.self)
    }

    /// `rendered()` as UTF-8 bytes. Written into one byte buffer, strings copied a run of
    /// bytes at a time: `kith show --json` of the vault's owner is 30 MB.
    func renderedBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(to: &out, indent: 0)
        out.append(0x0A)
        return out
    }

    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    static func pad(_ n: Int, _ out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(0x20, count: n))
    }

    func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let n): out += String(n).utf8
        case .double(let d):
            // Round-trippable and never `nan`/`inf`, which JSON cannot carry.
            out += (d.isFinite ? String(d) : "null").utf8
        case .string(let s): JSON.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]".utf8; return }
            if items.allSatisfy(\.isScalar) {
                out.append(0x5B)
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", ".utf8 }
                    item.write(to: &out, indent: indent)
                }
                out.append(0x5D)
                return
            }
            out += "[\n".utf8
            for (i, item) in items.enumerated() {
                Self.pad(indent + 2, &out)
                item.write(to: &out, indent: indent + 2)
                out += (i == items.count - 1 ? "\n" : ",\n").utf8
            }
            Self.pad(indent, &out)
            out.append(0x5D)
        case .object(let pairs):
            if pairs.isEmpty { out += "{}".utf8; return }
            out += "{\n".utf8
            for (i, (key, value)) in pairs.enumerated() {
                Self.pad(indent + 2, &out)
                JSON.quote(key, into: &out)
                out += ": ".utf8
                value.write(to: &out, indent: indent + 2)
                out += (i == pairs.count - 1 ? "\n" : ",\n").utf8
            }
            Self.pad(indent, &out)
            out.append(0x7D)
        }
    }

    /// Escapes only what JSON requires: the quote, the backslash and control characters.
    /// Everything else is copied as it is, a run of bytes at a time.
    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            var run = 0
            for (i, b) in bytes.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                run = i + 1
                switch b {
                case 0x22: out += #"\""#.utf8
                case 0x5C: out += #"\\"#.utf8
                case 0x0A: out += #"\n"#.utf8
                case 0x0D: out += #"\r"#.utf8
                case 0x09: out += #"\t"#.utf8
                case 0x08: out += #"\b"#.utf8
                case 0x0C: out += #"\f"#.utf8
                default:
                    let hex = String(b, radix: 16)
                    out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        out.append(0x22)
    }
}
