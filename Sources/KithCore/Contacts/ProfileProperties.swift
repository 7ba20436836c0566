import Foundation

/// Role, organization and relationship from a person's frontmatter, for what the `## Profile`
/// section does not say (people who keep contacts as properties have no such section).
enum ProfileProperties {
    /// Fills the fields `p` lacks: role from `role`/`position`/`job title` (`X at ORG (team)`
    /// split as in Profile), organization from `company`/`organization`/`org`/…, relationship
    /// from `relationship`. Links are shown as their label, else the linked note's name (its
    /// file name; `resolve` maps a target to a vault path), else the target as written.
    static func fill(_ p: inout Profile, from fm: Frontmatter, resolve: (String) -> String?) {
        guard !fm.properties.isEmpty else { return }
        if p.role == nil, let role = text(fm, NoteProperties.roleKeys.filter { $0 != "title" }, resolve) {
            let (r, o, t) = PersonSections.splitRole(role)
            p.role = r
            if p.organization == nil { p.organization = o }
            if p.team == nil { p.team = t }
        }
        if let org = text(fm, NoteProperties.organizationKeys, resolve) { p.organization = p.organization ?? org }
        if p.relationship == nil { p.relationship = text(fm, ["relationship"], resolve) }
    }

    /// The first of `keys` (in that order, compared normalized) with a value, as display text:
    /// a list's items joined with `, `.
    static func text(_ fm: Frontmatter, _ keys: [String], _ resolve: (String) -> String?) -> String? {
        for key in keys {
            let want = NoteProperties.normalized(key)
            guard let value = fm.properties.first(where: { NoteProperties.normalized($0.key) == want })?.value
            else { continue }
            let parts = NoteProperty.texts(value).map { shown($0, resolve: resolve) }.filter { !$0.isEmpty }
            if !parts.isEmpty { return parts.joined(separator: ", ") }
        }
        return nil
    }

    /// Text with each `[[link]]` replaced by what it names, emphasis marks dropped.
    static func shown(_ s: String, resolve: (String) -> String?) -> String {
        var out = ""
        var rest = Substring(s)
        while let open = rest.firstRange(of: "[["),
              let close = rest[open.upperBound...].firstRange(of: "]]") {
            out += rest[..<open.lowerBound]
            out += linkName(rest[open.upperBound..<close.lowerBound], resolve: resolve)
            rest = rest[close.upperBound...]
        }
        out += rest
        return out.replacingOccurrences(of: "**", with: "").trimmedSpaces.asString
    }

    /// `Obsidian|Obsidian Inc` → `Obsidian Inc`; `Orgs/Obsidian` → `Obsidian` (the file name of
    /// the note it resolves to, else the last part of the target).
    static func linkName(_ inner: Substring, resolve: (String) -> String?) -> String {
        linkText(inner) { target in resolve(target).map(fileName) }
    }

    /// A link's label, else `name(target)`, else the last part of the target as written.
    static func linkText(_ inner: Substring, name: (String) -> String?) -> String {
        let (linkPart, label) = PersonSections.splitLabel(inner)
        if let label, !label.trimmedSpaces.isEmpty { return label.trimmedSpaces.asString }
        let target = linkPart[..<(linkPart.firstIndex(of: "#") ?? linkPart.endIndex)].trimmedSpaces.asString
        let shown = name(target) ?? fileName(target)
        return shown.isEmpty ? String(linkPart) : shown
    }

    /// `Orgs/Obsidian.md` → `Obsidian`.
    static func fileName(_ path: String) -> String {
        var name = path.split(separator: "/").last.map(String.init) ?? path
        if name.lowercased().hasSuffix(".md") { name = String(name.dropLast(3)) }
        return name
    }
}

extension VaultIndex {
    /// A property's text as the card shows it: each `[[link]]` as its label, else the name of
    /// the note it resolves to (from `source`), else the target as written.
    public func propertyText(_ text: String, from source: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "[["), let close = rest[open.upperBound...].firstRange(of: "]]") {
            out += rest[..<open.lowerBound]
            out += ProfileProperties.linkText(rest[open.upperBound..<close.lowerBound]) { target in
                resolve(target, from: source).map { note($0)?.name ?? ProfileProperties.fileName($0) }
            }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
