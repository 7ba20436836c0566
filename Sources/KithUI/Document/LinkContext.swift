import Foundation
import KithCore

extension LinkDestination {
    /// True for a link that leaves the vault (`https://…`, `mailto:…`): `path` is nil and `raw`
    /// is the URL. Unresolved note links also have no path, but their `raw` has no scheme.
    public var isExternal: Bool { path == nil && LinkContext.hasScheme(raw) }
}

/// What a rendered link looks like and where it leads.
struct RenderedLink {
    var text: String
    var role: Role
    var destination: LinkDestination
}

/// Resolves the links of one note against the index, as Obsidian would.
struct LinkContext {
    /// Vault path of the note being rendered.
    let path: String
    let index: VaultIndex?

    /// `[[inner]]` or `![[inner]]`. `inner` is what is between the brackets
    /// (`Name#Heading|label`; the table form `Name\|label` is accepted too).
    func wiki(_ inner: String, embed: Bool) -> RenderedLink {
        var linkPart = Substring(inner)
        var label: String?
        if let bar = inner.firstIndex(of: "|") {
            linkPart = inner[..<bar]
            if linkPart.hasSuffix("\\") { linkPart = linkPart.dropLast() }
            label = String(inner[inner.index(after: bar)...]).trimmingCharacters(in: .whitespaces)
        }
        let raw = label.map { "\(linkPart)|\($0)" } ?? String(linkPart)
        let (target, subpath) = Self.split(String(linkPart))
        let shown: String
        if let label, !label.isEmpty {
            shown = label
        } else if target.isEmpty, let subpath {
            shown = subpath
        } else if let subpath {
            shown = "\(target) > \(subpath)"
        } else {
            shown = target
        }
        let dest = destination(target: target, subpath: subpath, raw: raw)
        let text = embed ? "⎘ \(shown)" : shown
        return RenderedLink(text: text, role: dest.path == nil ? .unresolved : .link, destination: dest)
    }

    /// `[text](dest)`: a note (percent-decoded, resolved like a wikilink) or an external URL.
    /// External links get the `.link` role and `LinkDestination(path: nil, raw: url)`.
    func markdown(text: String, dest rawDest: String, image: Bool) -> RenderedLink {
        var dest = rawDest.trimmingCharacters(in: .whitespaces)
        if dest.hasPrefix("<"), dest.hasSuffix(">") { dest = String(dest.dropFirst().dropLast()) }
        let shownText = image ? "⎘ \(text.isEmpty ? dest : text)" : (text.isEmpty ? dest : text)
        if Self.hasScheme(dest) {
            return RenderedLink(text: shownText, role: .link, destination: LinkDestination(path: nil, raw: dest))
        }
        let decoded = dest.removingPercentEncoding ?? dest
        let (target, subpath) = Self.split(decoded)
        let d = destination(target: target, subpath: subpath, raw: decoded)
        return RenderedLink(text: shownText, role: d.path == nil ? .unresolved : .link, destination: d)
    }

    /// Resolves a target (empty: this note) and finds the subpath's line in the target.
    func destination(target: String, subpath: String?, raw: String) -> LinkDestination {
        let resolved: String?
        if target.isEmpty {
            resolved = path
        } else {
            resolved = index?.resolve(target, from: path)
        }
        var line: Int?
        if let resolved, let subpath, let note = index?.note(resolved) {
            line = HeadingLocator.line(of: subpath, in: note.parsed.text)
        } else if target.isEmpty, let subpath, let note = index?.note(path) {
            line = HeadingLocator.line(of: subpath, in: note.parsed.text)
        }
        return LinkDestination(path: resolved, raw: raw, line: line)
    }

    /// `Name#H1#H2` → (`Name`, `H1#H2`), trimmed.
    static func split(_ link: String) -> (String, String?) {
        guard let hash = link.firstIndex(of: "#") else {
            return (link.trimmingCharacters(in: .whitespaces), nil)
        }
        let sub = String(link[link.index(after: hash)...]).trimmingCharacters(in: .whitespaces)
        return (String(link[..<hash]).trimmingCharacters(in: .whitespaces), sub.isEmpty ? nil : sub)
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

/// Finds a heading's (or a `^block-id`'s) line in a note's text, ignoring fenced code.
enum HeadingLocator {
    /// `H1#H2` looks for the last heading named; `^id` for the line ending in `^id`.
    static func line(of subpath: String, in text: String) -> Int? {
        guard let last = subpath.split(separator: "#").last.map(String.init) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if last.hasPrefix("^") {
            for (i, l) in lines.enumerated() where l.trimmingCharacters(in: .whitespaces).hasSuffix(last) {
                return i + 1
            }
            return nil
        }
        let want = normalize(last)
        for h in headings(in: lines) where normalize(h.title) == want { return h.line }
        return nil
    }

    /// Headings outside fenced code: (level, title, 1-based line).
    static func headings(in lines: [Substring], from start: Int = 1) -> [(level: Int, title: String, line: Int)] {
        var out: [(Int, String, Int)] = []
        var fence: Fence?
        for (i, raw) in lines.enumerated() where i + 1 >= start {
            let l = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if let f = fence {
                if f.closes(l) { fence = nil }
                continue
            }
            if let f = Fence(opening: l) { fence = f; continue }
            if let h = Heading(l) { out.append((h.level, h.title, i + 1)) }
        }
        return out
    }

    static func normalize(_ s: String) -> String {
        s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// An ATX heading line: `## Title ##`.
struct Heading {
    var level: Int
    var title: String

    init?(_ line: Substring) {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count < 4, trimmed.hasPrefix("#") else { return nil }
        let hashes = trimmed.prefix { $0 == "#" }
        guard hashes.count <= 6 else { return nil }
        let rest = trimmed.dropFirst(hashes.count)
        // `#tag` is a tag, not a heading: a space must follow the marks.
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var t = rest.trimmingCharacters(in: .whitespaces)
        // A closing sequence of `#` preceded by a space is not part of the title.
        let closing = t.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing < t.count, t.dropLast(closing).last == " " {
            t = t.dropLast(closing).trimmingCharacters(in: .whitespaces)
        } else if closing == t.count {
            t = ""
        }
        level = hashes.count
        title = t
    }
}

/// A fenced code block's opening line: three or more backticks or tildes.
struct Fence {
    var char: Character
    var length: Int
    var info: String

    init?(opening line: Substring) {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count < 4, let c = trimmed.first, c == "`" || c == "~" else { return nil }
        let run = trimmed.prefix { $0 == c }.count
        guard run >= 3 else { return nil }
        let info = trimmed.dropFirst(run)
        if c == "`", info.contains("`") { return nil }
        char = c
        length = run
        self.info = info.trimmingCharacters(in: .whitespaces)
    }

    func closes(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " }
        let run = trimmed.prefix { $0 == char }.count
        return run >= length && trimmed.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
