import TOMLKit

/// A TOML file's text, parsed with TOMLKit, plus the line of every key. TOMLKit reports lines
/// for syntax errors only, so `line(of:)` finds keys by reading the text itself: enough to
/// point a warning about an unknown key or a bad value at the right line.
struct TOMLSource {
    /// The name used in messages.
    let file: String
    let table: TOMLTable
    /// `roles.title.fg` → its line, for every key, dotted key and table header in the text.
    private let lines: [String: Int]

    /// Parses `text`; a syntax error comes back as the issue with TOMLKit's line.
    static func parse(_ text: String, file: String) -> Result<TOMLSource, ConfigIssue> {
        do {
            let table = try TOMLTable(string: text)
            return .success(TOMLSource(file: file, table: table, lines: Self.keyLines(text)))
        } catch let error as TOMLParseError {
            let line = error.source.begin.line > 0 ? error.source.begin.line : nil
            return .failure(ConfigIssue(file: file, line: line, message: "invalid TOML: \(error.description)"))
        } catch {
            return .failure(ConfigIssue(file: file, line: nil, message: "invalid TOML: \(error)"))
        }
    }

    /// The line of a key path, or of its closest enclosing key or table the text shows.
    func line(of path: [String]) -> Int? {
        var p = path
        while !p.isEmpty {
            if let l = lines[p.joined(separator: ".")] { return l }
            p.removeLast()
        }
        return nil
    }

    /// An issue at a key path.
    func issue(_ path: [String], _ message: String) -> ConfigIssue {
        ConfigIssue(file: file, line: line(of: path), message: message)
    }

    /// Maps each key to its line: table headers set the prefix, `key =` and the keys of
    /// one-line inline tables (`title = { fg = "red" }`) add entries. Multi-line strings are
    /// skipped so their contents are not mistaken for keys.
    static func keyLines(_ text: String) -> [String: Int] {
        var out: [String: Int] = [:]
        var prefix: [String] = []
        var inMultiline: String?
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmed(" \t\r")
            if let fence = inMultiline {
                if line.contains(fence) { inMultiline = nil }
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                let inner = line.trimmed("[] \t").split(separator: "]").first.map(String.init) ?? ""
                prefix = splitKey(inner)
                if out[prefix.joined(separator: ".")] == nil { out[prefix.joined(separator: ".")] = i + 1 }
                continue
            }
            guard let eq = line.firstIndex(of: "=") else { continue }
            let key = prefix + splitKey(String(line[..<eq]))
            out[key.joined(separator: "."), default: i + 1] = i + 1
            let value = line[line.index(after: eq)...].trimmed(" \t")
            for fence in ["\"\"\"", "'''"] where value.hasPrefix(fence) && !value.dropFirst(3).contains(fence) {
                inMultiline = fence
            }
            if value.hasPrefix("{") {
                // Keys inside a one-line inline table: every `name =` after `{` or `,`.
                for part in value.dropFirst().split(separator: ",") {
                    if let e = part.firstIndex(of: "=") {
                        let inner = key + splitKey(String(part[..<e]))
                        out[inner.joined(separator: "."), default: i + 1] = i + 1
                    }
                }
            }
        }
        return out
    }

    /// `a.b`, `"a.b".c`, ` a . b ` → segments without quotes.
    private static func splitKey(_ s: String) -> [String] {
        var parts: [String] = []
        var cur = ""
        var quote: Character?
        for c in s {
            if let q = quote {
                if c == q { quote = nil } else { cur.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "." {
                parts.append(cur.trimmed(" \t"))
                cur = ""
            } else {
                cur.append(c)
            }
        }
        parts.append(cur.trimmed(" \t"))
        return parts.filter { !$0.isEmpty }
    }
}

extension String {
    /// Trims the given characters from both ends (no Foundation needed).
    func trimmed(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    func trimmed(_ set: String) -> String { String(self).trimmed(set) }
}
