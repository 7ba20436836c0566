import Foundation

/// Sort order for names as people expect it: case and accents ignored first (Émile next to
/// Emil, not after Zoë), then the exact spelling so the order is total and stable.
public enum NameOrder {
    /// A key that sorts names in that order with plain `<`.
    public static func key(_ name: String) -> NameKey {
        NameKey(folded: TextFolding.fold(name), exact: name)
    }

    /// Whether `a` sorts before `b`.
    public static func less(_ a: String, _ b: String) -> Bool { key(a) < key(b) }
}

/// A precomputed name sort key.
public struct NameKey: Comparable, Hashable, Sendable {
    public let folded: String
    public let exact: String
    public static func < (a: NameKey, b: NameKey) -> Bool { (a.folded, a.exact) < (b.folded, b.exact) }
}
