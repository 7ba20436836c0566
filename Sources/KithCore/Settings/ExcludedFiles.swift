import Foundation

/// Obsidian's "Excluded files" (`userIgnoreFilters` in `.obsidian/app.json`): a path prefix
/// (`Archive/`, `Private`) or a `/regex/` tested against the vault path. Matching files are left
/// out of the vault altogether: not notes, not attachments, not link targets, not searched.
public struct ExcludedFiles: Hashable, Sendable {
    /// The filters as written, in order.
    public private(set) var filters: [String] = []
    private var prefixes: [String] = []
    private var patterns: [String] = []
    /// Compiled once; `NSRegularExpression` is thread-safe for matching.
    private var regexes: RegexBox = RegexBox([])

    public init() {}

    /// The filters, with the ones that cannot be used (an invalid regex) named in `problems`.
    public init(_ filters: [String], problems: inout [String]) {
        var compiled: [NSRegularExpression] = []
        for raw in filters {
            let f = raw.precomposedStringWithCanonicalMapping
            guard !f.isEmpty else { continue }
            if f.count >= 2, f.hasPrefix("/"), f.hasSuffix("/") {
                let body = String(f.dropFirst().dropLast())
                guard let re = try? NSRegularExpression(pattern: body) else {
                    problems.append("excluded files: \"\(raw)\" is not a valid regular expression (ignored)")
                    continue
                }
                compiled.append(re)
                patterns.append(body)
            } else {
                prefixes.append(f.hasPrefix("/") ? String(f.dropFirst()) : f)
            }
            self.filters.append(raw)
        }
        regexes = RegexBox(compiled)
    }

    /// True when nothing is excluded.
    public var isEmpty: Bool { prefixes.isEmpty && patterns.isEmpty }

    /// Whether the file or folder at this vault path is excluded.
    public func excludes(_ path: String) -> Bool {
        if isEmpty { return false }
        for p in prefixes where path.hasPrefix(p) { return true }
        guard !regexes.list.isEmpty else { return false }
        let range = NSRange(path.startIndex..., in: path)
        return regexes.list.contains { $0.firstMatch(in: path, range: range) != nil }
    }

    public static func == (a: ExcludedFiles, b: ExcludedFiles) -> Bool { a.filters == b.filters }
    public func hash(into h: inout Hasher) { h.combine(filters) }
}

/// Compiled expressions, shared (immutable) between copies of the settings.
private struct RegexBox: @unchecked Sendable {
    let list: [NSRegularExpression]
    init(_ list: [NSRegularExpression]) { self.list = list }
}
