import KithCore

/// What the People list is narrowed to: an organization picked in the Organizations view, or
/// the `org:` and `tag:` filters of a `/` search whose result was opened. The list's header
/// shows each as a chip (`org: Fernwood Labs ✕`) until Esc clears them.
public struct PeopleFilter: Hashable, Sendable {
    /// An organization picked in the Organizations view: its key (`Organization.key(of:)`), so
    /// every spelling of it matches, and its name as the view shows it.
    public var organizationKey: String?
    public var organizationName: String?
    /// `org:` texts of a search, folded: the person's organization contains each.
    public var orgTexts: [String] = []
    /// `tag:` filters of a search, folded, without `#`: a tag equal to each or nested under it.
    public var tags: [String] = []

    public init(organizationKey: String? = nil, organizationName: String? = nil, orgTexts: [String] = [],
                tags: [String] = []) {
        self.organizationKey = organizationKey
        self.organizationName = organizationName
        self.orgTexts = orgTexts
        self.tags = tags
    }

    /// The filter of an organization (Enter in the Organizations view).
    public init(organization: Organization) {
        self.init(organizationKey: organization.key, organizationName: organization.name)
    }

    /// The `org:` and `tag:` words of a search query as a filter; nil when it has none.
    public init?(query: String) {
        var orgs: [String] = [], tags: [String] = []
        for word in query.split(separator: " ") {
            let lower = word.lowercased()
            if lower.hasPrefix("org:"), word.count > 4 { orgs.append(TextFolding.fold(word.dropFirst(4))) }
            if lower.hasPrefix("tag:"), word.count > 4 { tags.append(Self.normalizedTag(word.dropFirst(4))) }
        }
        tags.removeAll { $0.isEmpty }
        guard !orgs.isEmpty || !tags.isEmpty else { return nil }
        self.init(orgTexts: orgs, tags: tags)
    }

    /// A tag as filters compare it: folded, without `#` and a trailing `/`.
    static func normalizedTag(_ tag: some StringProtocol) -> String {
        var t = TextFolding.fold(tag)
        while t.hasPrefix("#") { t.removeFirst() }
        while t.hasSuffix("/") { t.removeLast() }
        return t
    }

    /// The chips the list's header shows, in order: `org: Fernwood Labs`, `org: fern`, `tag: vip`.
    public var chips: [String] {
        (organizationName.map { ["org: " + $0] } ?? []) + orgTexts.map { "org: " + $0 } + tags.map { "tag: " + $0 }
    }

    /// `paths` (people) narrowed to those the filter keeps, in their order. An organization's
    /// people come from `organizations` (built with the index), the rest from each note.
    func apply(to paths: [String], index: VaultIndex, organizations: [Organization]) -> [String] {
        var members: Set<String>?
        if let key = organizationKey {
            members = Set(organizations.first { $0.key == key }?.people ?? [])
        }
        return paths.filter { path in
            if let members, !members.contains(path) { return false }
            guard !orgTexts.isEmpty || !tags.isEmpty else { return true }
            guard let n = index.note(path) else { return false }
            if !orgTexts.isEmpty {
                let org = TextFolding.fold(n.profile.organization ?? "")
                guard orgTexts.allSatisfy({ org.contains($0) }) else { return false }
            }
            let own = n.tags.map { Self.normalizedTag($0) }
            return tags.allSatisfy { want in own.contains { $0 == want || $0.hasPrefix(want + "/") } }
        }
    }
}
