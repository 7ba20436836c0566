/// A mouse action at a screen cell (0-based; x is the column, y the row).
public struct MouseEvent: Hashable, Sendable {
    /// What happened. Buttons other than the left one and the wheel are not reported.
    public enum Kind: Hashable, Sendable {
        /// Left button went down (some terminals report only this, not a click).
        case press
        /// Left button came up after a press.
        case release
        /// Left button pressed and released in place.
        case click
        /// Two clicks in quick succession.
        case doubleClick
        case wheelUp
        case wheelDown
    }

    public var x: Int
    public var y: Int
    public var kind: Kind

    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}

/// Everything the terminal delivers to the app: keys, mouse actions, and size changes.
/// Defined here (not in KithTerminal) so the UI's update function can take it without curses.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal now has this many columns and rows; the next frame is drawn in full.
    case resize(cols: Int, rows: Int)
}
