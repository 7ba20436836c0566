/// Semantic roles a theme gives colors and attributes to. Rendering names roles, never colors.
public enum Role: String, CaseIterable, Hashable, Sendable {
    case text, dim, title, heading, border, borderFocus
    case header, headerActive, status, statusKey, message, error
    case link, unresolved, date, stale, due, match, tag
    case bold, italic, code, quote, fieldName, count
}

/// The background band a cell sits in. A theme colors the band; the role keeps the foreground,
/// so a matched character stays highlighted inside a selected row.
public enum Band: String, CaseIterable, Hashable, Sendable {
    case none
    /// The selected row of the focused pane.
    case selection
    /// The selected row of a pane without focus.
    case selectionInactive
    /// Header and status lines.
    case bar
    /// Overlays (search box, help).
    case overlay
}

/// How one cell looks: a role for the foreground and a band for the background.
public struct CellStyle: Hashable, Sendable {
    public var role: Role
    public var band: Band

    public init(_ role: Role = .text, band: Band = .none) {
        self.role = role
        self.band = band
    }

    public static let plain = CellStyle()
}
