/// A link after resolution against the vault.
public struct ResolvedLink: Hashable, Sendable {
    public var reference: LinkReference
    /// Vault path of the note or attachment it points at; nil when unresolved.
    public var target: String?
    /// Every file that matched when more than one did (the link is ambiguous); else empty.
    public var candidates: [String]

    public init(reference: LinkReference, target: String?, candidates: [String] = []) {
        self.reference = reference
        self.target = target
        self.candidates = candidates
    }
}
