/// A YAML value from frontmatter, kept close to how it was written.
///
/// Scalars stay text: `2025-10-30` and `'2025-10-30'` both stay `"2025-10-30"`, so dates are
/// read as calendar days by `CalendarDate`, never through a time zone.
public indirect enum FrontmatterValue: Hashable, Sendable {
    case null
    case scalar(String)
    case list([FrontmatterValue])
    case map([String: FrontmatterValue])

    /// The scalar's text, or nil.
    public var string: String? {
        if case .scalar(let s) = self { return s }
        return nil
    }

    /// A scalar as a one-element list, a list's scalars, else empty ("tags: a" and "tags: [a]").
    public var strings: [String] {
        switch self {
        case .scalar(let s): return s.isEmpty ? [] : [s]
        case .list(let items): return items.compactMap(\.string).filter { !$0.isEmpty }
        default: return []
        }
    }

    /// The scalar read as a calendar date.
    public var date: CalendarDate? { string.flatMap { CalendarDate(parsing: $0) } }
}

/// A problem reading a note's frontmatter.
public struct FrontmatterError: Hashable, Sendable, Error {
    /// 1-based line in the file where the problem was found.
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}

/// The frontmatter block at the very top of a note.
public struct Frontmatter: Hashable, Sendable {
    /// Top-level properties; keys as written. Empty when there is no block or it is invalid.
    public var properties: [String: FrontmatterValue]
    /// Set when a block exists but is not valid YAML or not a mapping.
    public var error: FrontmatterError?
    /// 1-based line where the body starts (1 when there is no frontmatter).
    public var bodyStartLine: Int

    public init(properties: [String: FrontmatterValue] = [:], error: FrontmatterError? = nil,
                bodyStartLine: Int = 1) {
        self.properties = properties
        self.error = error
        self.bodyStartLine = bodyStartLine
    }

    /// Property lookup ignoring the key's case (`Tags`, `tags`).
    public subscript(key: String) -> FrontmatterValue? {
        if let v = properties[key] { return v }
        let lower = key.lowercased()
        return properties.first { Self.lowercasedEquals($0.key, lower) }?.value
    }

    /// `key.lowercased() == lower`, without making a string when both are ASCII (the index
    /// looks up a dozen absent keys per note, each against every property: at 100,000 notes
    /// this comparison was 8 % of describing them). One pass over the bytes: lengths first,
    /// then the bytes folded; any non-ASCII byte sends it to `lowercased()` (a key's case can
    /// change its length there: `K`, the Kelvin sign, lowercases to `k`).
    static func lowercasedEquals(_ key: String, _ lower: String) -> Bool {
        var k = key, l = lower
        let ascii: Bool? = k.withUTF8 { kb in
            l.withUTF8 { lb in
                if kb.count != lb.count {
                    // Equal only through a non-ASCII character: rare, and left to `lowercased`.
                    return kb.contains { $0 >= 0x80 } || lb.contains { $0 >= 0x80 } ? nil : false
                }
                for i in 0..<kb.count {
                    let a = kb[i], b = lb[i]
                    if a >= 0x80 || b >= 0x80 { return nil }
                    if (a >= 0x41 && a <= 0x5A ? a | 0x20 : a) != b { return false }
                }
                return true
            }
        }
        return ascii ?? (key.lowercased() == lower)
    }
}
