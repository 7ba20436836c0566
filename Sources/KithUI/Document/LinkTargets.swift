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

    /// Where a note link leads; a `#Heading` or `#^block` subpath adds the line in the target.
    func destination(_ link: LinkReference) -> LinkDestination {
        let resolved = link.target.isEmpty ? path : index?.resolve(link.target, from: path)
        var line: Int?
        if let resolved, let subpath = link.subpath, let note = index?.note(resolved) {
            line = Self.line(of: subpath, in: note.parsed)
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

    /// `H1#H2` is the last heading named (the parser's sections, so code is never a heading);
    /// `^id` is the line that ends with the block ID.
    static func line(of subpath: String, in note: ParsedNote) -> Int? {
        guard let last = subpath.split(separator: "#").last.map(String.init) else { return nil }
        if last.hasPrefix("^") {
            for n in 1...max(1, note.lineCount) where note.line(n).trimmingCharacters(in: .whitespaces).hasSuffix(last) {
                return n
            }
            return nil
        }
        let want = normalize(last)
        return note.sections.first { normalize($0.title) == want }?.line
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
