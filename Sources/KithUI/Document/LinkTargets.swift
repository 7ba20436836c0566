import KithCore

extension LinkDestination {
    /// True for a link that leaves the vault (`https://…`, `mailto:…`): `path` is nil and `raw`
    /// is the URL. Unresolved note links also have no path, but their `raw` has no scheme.
    public var isExternal: Bool { path == nil && LinkTargets.hasScheme(raw) }
}

/// Where the links of one note lead: resolution against the index, as Obsidian resolves, of
/// the `LinkReference`s the inline grammar found.
struct LinkTargets {
    /// Vault path of the note being rendered.
    let path: String
    let index: VaultIndex?
    /// Heading and block-ID lines of the targets looked up so far, so a note of many
    /// `[[#Heading]]` links reads its target's headings once, not once per link.
    private let anchors = AnchorCache()
    /// The note's own links as the index resolved them.
    private let own: OwnLinkTargets

    init(path: String, index: VaultIndex?) {
        self.path = path
        self.index = index
        own = OwnLinkTargets(path: path, index: index)
    }

    /// Where a note link leads; a `#Heading` or `#^block` subpath adds the line in the target.
    func destination(_ link: LinkReference) -> LinkDestination {
        let resolved = link.target.isEmpty ? path : own.target(link.target) ?? index?.resolve(link.target, from: path)
        var line: Int?
        if let resolved, let subpath = link.subpath, let note = index?.note(resolved) {
            line = anchors.line(of: subpath, in: note.parsed)
        }
        let raw = link.style == .markdown ? Self.joined(link.target, link.subpath)
            : link.raw.replacingOccurrences(of: "\\|", with: "|")
        return LinkDestination(path: resolved, raw: raw, line: line)
    }

    /// An external URL.
    static func external(_ url: String) -> LinkDestination { LinkDestination(path: nil, raw: url) }

    private static func joined(_ target: String, _ subpath: String?) -> String {
        subpath.map { "\(target)#\($0)" } ?? target
    }

    static func normalize(_ s: String) -> String {
        s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `scheme:` at the start (`https:`, `mailto:`, `obsidian:`); a one-letter scheme is taken
    /// for a Windows drive, not a URL.
    static func hasScheme(_ s: String) -> Bool {
        guard let colon = s.firstIndex(of: ":") else { return false }
        let scheme = s[..<colon]
        guard scheme.count >= 2, let f = scheme.first, f.isASCII, f.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
    }
}

/// Where the links of the note being drawn lead, as the index resolved them when it read the
/// note: the same answer the vault's resolver gives for the same target from the same note,
/// without the resolver, which a warm start builds in the background (~0.3 s at 100,000
/// notes). A target the index did not see from this note (its file changed since) is left to
/// the resolver.
final class OwnLinkTargets {
    private let path: String
    private let index: VaultIndex?
    private var targets: [String: String?]?

    init(path: String, index: VaultIndex?) {
        self.path = path
        self.index = index
    }

    /// `.some(path)` or `.some(nil)` (unresolved) for a target the note links to; nil when unknown.
    func target(_ written: String) -> String?? {
        if targets == nil {
            var map: [String: String?] = [:]
            for l in index?.note(path)?.links ?? [] where map[l.reference.target] == nil {
                map[l.reference.target] = .some(l.target)
            }
            targets = map
        }
        guard let known = targets, let hit = known[written] else { return nil }
        return .some(hit)
    }
}

/// Lines of the headings and block IDs of notes, built once per note and render.
final class AnchorCache {
    private var headings: [String: [String: Int]] = [:]
    private var blocks: [String: [String: Int]] = [:]

    /// `H1#H2` is the last heading named (the parser's sections, so code is never a heading);
    /// `^id` is the first line that ends with the block ID.
    func line(of subpath: String, in note: ParsedNote) -> Int? {
        guard let last = subpath.split(separator: "#").last.map(String.init) else { return nil }
        if last.hasPrefix("^") {
            if blocks[note.path] == nil {
                var ids: [String: Int] = [:]
                for n in stride(from: max(1, note.lineCount), through: 1, by: -1) {
                    OperationCounter.tick()
                    let words = note.line(n).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
                    if let w = words.last, w.hasPrefix("^") { ids[String(w)] = n }
                }
                blocks[note.path] = ids
            }
            return blocks[note.path]?[last]
        }
        if headings[note.path] == nil {
            var titles: [String: Int] = [:]
            for s in note.sections.reversed() { titles[LinkTargets.normalize(s.title)] = s.line }
            OperationCounter.tick(note.sections.count)
            headings[note.path] = titles
        }
        return headings[note.path]?[LinkTargets.normalize(last)]
    }
}
