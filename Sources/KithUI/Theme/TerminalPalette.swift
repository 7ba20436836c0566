/// A color as a theme names it. Mapped to the nearest color the terminal has when drawn.
public enum TerminalColor: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 256 xterm colors (0–15 are the terminal's ANSI colors).
    case index(UInt8)
    /// A 24-bit color, `#rrggbb`.
    case rgb(UInt8, UInt8, UInt8)

    /// Parses `default`, `0`…`255`, `#rrggbb`, `#rgb`, or an ANSI color name (`red`,
    /// `brightblue`, `bright-blue`, `gray`…). Returns nil for anything else.
    public init?(parsing raw: String) {
        let s = raw.trimmingSpaces.lowercased()
        if s == "default" || s == "none" || s == "reset" { self = .default; return }
        if let n = UInt8(s) { self = .index(n); return }
        if s.hasPrefix("#") {
            let hex = Array(s.dropFirst())
            let digits = hex.count == 3 ? hex.flatMap { [$0, $0] } : hex
            guard digits.count == 6, let v = UInt32(String(digits), radix: 16) else { return nil }
            self = .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
            return
        }
        let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        var name = s.replacingDashes
        var bright = false
        if name.hasPrefix("bright") { bright = true; name = String(name.dropFirst(6)) }
        if name == "gray" || name == "grey" { self = .index(bright ? 7 : 8); return }
        guard let i = names.firstIndex(of: name) else { return nil }
        self = .index(UInt8(i + (bright ? 8 : 0)))
    }

    public var description: String {
        switch self {
        case .default: return "default"
        case .index(let i): return String(i)
        case .rgb(let r, let g, let b):
            return "#" + [r, g, b].map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        }
    }
}

/// Text attributes a role can carry. Terminals without colors still show these.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let italic = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
    public static let reverse = TextAttributes(rawValue: 1 << 4)
}

/// How a role's text looks: a foreground color, attributes and an optional background.
public struct RoleStyle: Hashable, Sendable {
    public var foreground: TerminalColor
    public var attributes: TextAttributes
    /// The role's own background, used only where the cell has no band (`Band.none`): bands
    /// win so a selected or overlaid row always reads as one bar.
    public var background: TerminalColor?

    public init(_ foreground: TerminalColor = .default, _ attributes: TextAttributes = [],
                background: TerminalColor? = nil) {
        self.foreground = foreground
        self.attributes = attributes
        self.background = background
    }
}

/// The terminal theme: a style per `Role` and a background per `Band`. A plain value, built in
/// code (`.dark`) or from a theme file (KithConfig); KithTerminal's `ColorMapping` turns its
/// colors into what the terminal at hand can show when it draws.
public struct TerminalPalette: Hashable, Sendable {
    /// Foreground and attributes per role; a missing role looks like `.text`.
    public var roles: [Role: RoleStyle]
    /// Background per band; a missing band has the terminal's default background.
    public var bands: [Band: TerminalColor]
    /// What stands in for a band's background when there are no colors (`NO_COLOR`, or a
    /// terminal without colors), and for dark bands that would vanish on 8/16-color terminals.
    public var monochromeBands: [Band: TextAttributes]
    /// Attributes a band adds with colors too (the `mono` theme's reverse-video selection).
    public var bandAttributes: [Band: TextAttributes]

    public init(roles: [Role: RoleStyle], bands: [Band: TerminalColor],
                monochromeBands: [Band: TextAttributes] = TerminalPalette.defaultMonochromeBands,
                bandAttributes: [Band: TextAttributes] = [:]) {
        self.roles = roles
        self.bands = bands
        self.monochromeBands = monochromeBands
        self.bandAttributes = bandAttributes
    }

    /// The style of `role`, falling back to `.text`, then to the terminal's defaults.
    public func style(for role: Role) -> RoleStyle {
        roles[role] ?? roles[.text] ?? RoleStyle()
    }

    /// The background of `band` (`.default` when the theme leaves it out).
    public func background(for band: Band) -> TerminalColor {
        bands[band] ?? .default
    }

    /// Selection is reverse video, the inactive selection underlined, bars reversed.
    public static let defaultMonochromeBands: [Band: TextAttributes] = [
        .selection: .reverse, .selectionInactive: .underline, .bar: .reverse,
    ]

    /// The built-in dark theme, in the spirit of lazygit and tig: quiet gray borders, a bright
    /// green border on the focused pane, cyan links, red unresolved links, yellow dates,
    /// bold magenta search matches, bold orange for the overdue and a deep blue selection band
    /// (every role at 4.5:1 or more on every band; `Themes/default.toml` is the same).
    public static let dark = TerminalPalette(
        roles: [
            .text: RoleStyle(),
            .dim: RoleStyle(.index(246)),
            .title: RoleStyle(.default, .bold),
            .heading: RoleStyle(.rgb(0x5f, 0xaf, 0xff), .bold),
            .border: RoleStyle(.index(242)),
            .borderFocus: RoleStyle(.rgb(0x87, 0xd7, 0x00), .bold),
            .header: RoleStyle(.index(250)),
            .headerActive: RoleStyle(.rgb(0x5f, 0xd7, 0xff), .bold),
            .status: RoleStyle(.index(250)),
            .statusKey: RoleStyle(.rgb(0x5f, 0xd7, 0xff), .bold),
            .message: RoleStyle(.rgb(0x87, 0xd7, 0x87)),
            .error: RoleStyle(.rgb(0xff, 0x5f, 0x5f), .bold),
            .link: RoleStyle(.rgb(0x5f, 0xd7, 0xd7)),
            .unresolved: RoleStyle(.rgb(0xff, 0x87, 0x87), .italic),
            .date: RoleStyle(.rgb(0xd7, 0xaf, 0x5f)),
            .stale: RoleStyle(.rgb(0xff, 0x87, 0x5f), .bold),
            .due: RoleStyle(.rgb(0xff, 0xaf, 0x00), .bold),
            .match: RoleStyle(.rgb(0xff, 0x87, 0xff), .bold),
            .tag: RoleStyle(.rgb(0x87, 0xaf, 0xff)),
            .bold: RoleStyle(.default, .bold),
            .italic: RoleStyle(.default, .italic),
            .code: RoleStyle(.rgb(0xaf, 0xd7, 0x87)),
            .quote: RoleStyle(.index(248), .italic),
            .fieldName: RoleStyle(.rgb(0x87, 0xaf, 0xd7)),
            .count: RoleStyle(.index(246)),
        ],
        bands: [
            .none: .default,
            .selection: .index(18),
            .selectionInactive: .index(17),
            .bar: .index(235),
            .overlay: .index(234),
        ]
    )
}

extension String {
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }

    fileprivate var replacingDashes: String { filter { $0 != "-" && $0 != "_" && $0 != " " } }
}
