/// `**Role**: X at ORG (team)` and `**Relationship**: …` from a person's `## Profile`.
public struct Profile: Hashable, Sendable {
    public var role: String?
    public var organization: String?
    public var team: String?
    public var relationship: String?

    public init(role: String? = nil, organization: String? = nil, team: String? = nil,
                relationship: String? = nil) {
        self.role = role
        self.organization = organization
        self.team = team
        self.relationship = relationship
    }
}
