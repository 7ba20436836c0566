import TOMLKit
import KithUI

/// A named terminal palette and where it came from.
public struct Theme: Hashable, Sendable {
    /// Where a theme was read from, shown by `kith themes`.
    public enum Origin: Hashable, Sendable, CustomStringConvertible {
        /// Shipped inside the binary (from `Themes/NAME.toml` in the repository).
        case builtIn
        /// A user theme file.
        case file(String)

        public var description: String {
            switch self {
            case .builtIn: return "built-in"
            case .file(let path): return path
            }
        }
    }

    /// The file's name without `.toml`; what `--theme` and `theme =` select.
    public var name: String
    /// The file's `description = "…"`, if any.
    public var summary: String?
    public var origin: Origin
    public var palette: TerminalPalette

    public init(name: String, summary: String? = nil, origin: Origin, palette: TerminalPalette) {
        self.name = name
        self.summary = summary
        self.origin = origin
        self.palette = palette
    }
}

/// Reads a theme file:
///
/// ```toml
/// description = "dark, the default"
/// [roles]
/// title = { fg = "#5fafff", bg = "default", attrs = ["bold"] }
/// [bands]
/// selection = { bg = 24, attrs = [], mono = ["reverse"] }
/// ```
///
/// Roles take `fg`, `bg` (used outside bands) and `attrs`; bands take `bg`, `attrs` (added with
/// colors too) and `mono` (the attributes standing in for the band without colors). Colors are
/// names (`red`, `brightblue`, `gray`), 0–255, `#rrggbb`, or `default`.
public enum ThemeParser {
    public static let attributeNames: [(String, TextAttributes)] = [
        ("bold", .bold), ("italic", .italic), ("underline", .underline), ("dim", .dim), ("reverse", .reverse),
    ]

    /// The theme, or nil when the file is broken (bad TOML or a bad value), and every issue
    /// found. Unknown keys are reported but do not break the theme.
    public static func parse(_ text: String, name: String, file: String, origin: Theme.Origin)
        -> (theme: Theme?, issues: [ConfigIssue]) {
        let source: TOMLSource
        switch TOMLSource.parse(text, file: file) {
        case .success(let s): source = s
        case .failure(let issue): return (nil, [issue])
        }
        var reader = Reader(source: source)
        var roles: [Role: RoleStyle] = [:]
        var bands: [Band: TerminalColor] = [:]
        var mono = TerminalPalette.defaultMonochromeBands
        var bandAttrs: [Band: TextAttributes] = [:]
        var summary: String?
        for (key, value) in source.table {
            switch key {
            case "description", "name":
                if key == "description" { summary = value.string }
            case "roles":
                guard let table = value.table else { reader.bad(["roles"], "roles must be a table"); continue }
                for (roleName, spec) in table {
                    let path = ["roles", roleName]
                    guard let role = Role(configName: roleName) else {
                        reader.warn(path, "unknown role '\(roleName)' (roles: \(Role.allCases.map(\.configName).joined(separator: ", ")))")
                        continue
                    }
                    guard let t = spec.table else { reader.bad(path, "\(roleName) must be a table like { fg = \"red\" }"); continue }
                    var style = RoleStyle()
                    for (field, v) in t {
                        switch field {
                        case "fg": style.foreground = reader.color(v, path + [field]) ?? .default
                        case "bg": style.background = reader.color(v, path + [field])
                        case "attrs": style.attributes = reader.attributes(v, path + [field])
                        default: reader.warn(path + [field], "unknown field '\(field)' of role \(roleName) (fg, bg, attrs)")
                        }
                    }
                    roles[role] = style
                }
            case "bands":
                guard let table = value.table else { reader.bad(["bands"], "bands must be a table"); continue }
                for (bandName, spec) in table {
                    let path = ["bands", bandName]
                    guard let band = Band(configName: bandName) else {
                        reader.warn(path, "unknown band '\(bandName)' (bands: \(Band.allCases.map(\.configName).joined(separator: ", ")))")
                        continue
                    }
                    guard let t = spec.table else { reader.bad(path, "\(bandName) must be a table like { bg = 24 }"); continue }
                    var monoSet = false
                    for (field, v) in t {
                        switch field {
                        case "bg": bands[band] = reader.color(v, path + [field]) ?? .default
                        case "attrs": bandAttrs[band] = reader.attributes(v, path + [field])
                        case "mono": mono[band] = reader.attributes(v, path + [field]); monoSet = true
                        default: reader.warn(path + [field], "unknown field '\(field)' of band \(bandName) (bg, attrs, mono)")
                        }
                    }
                    // Attributes a band has with colors also stand in for it without colors.
                    if !monoSet, let a = bandAttrs[band], !a.isEmpty { mono[band] = a }
                    if bands[band] == nil { bands[band] = .default }
                }
            default:
                reader.warn([key], "unknown key '\(key)' (a theme has description, [roles] and [bands])")
            }
        }
        if reader.broken { return (nil, reader.issues.sortedByLine) }
        let palette = TerminalPalette(roles: roles, bands: bands, monochromeBands: mono, bandAttributes: bandAttrs)
        return (Theme(name: name, summary: summary, origin: origin, palette: palette), reader.issues.sortedByLine)
    }

    /// Collects issues while converting values.
    struct Reader {
        let source: TOMLSource
        var issues: [ConfigIssue] = []
        var broken = false

        mutating func warn(_ path: [String], _ message: String) { issues.append(source.issue(path, message)) }

        mutating func bad(_ path: [String], _ message: String) {
            broken = true
            warn(path, message)
        }

        mutating func color(_ v: TOMLValueConvertible, _ path: [String]) -> TerminalColor? {
            if let n = v.int {
                guard (0...255).contains(n) else { bad(path, "color \(n) is out of range (0–255)"); return nil }
                return .index(UInt8(n))
            }
            guard let s = v.string else { bad(path, "a color must be a name, 0–255 or \"#rrggbb\""); return nil }
            guard let c = TerminalColor(parsing: s) else {
                bad(path, "unknown color \"\(s)\" (a name like red or brightblue, 0–255, or #rrggbb)")
                return nil
            }
            return c
        }

        mutating func attributes(_ v: TOMLValueConvertible, _ path: [String]) -> TextAttributes {
            let names: [String]
            if let s = v.string {
                names = [s]
            } else if let a = v.array, let strings = Optional(a.compactMap { $0.string }), strings.count == a.count {
                names = strings
            } else {
                bad(path, "attributes must be a list of names, e.g. [\"bold\", \"underline\"]")
                return []
            }
            var out: TextAttributes = []
            for n in names {
                guard let a = ThemeParser.attributeNames.first(where: { $0.0 == n.lowercased() })?.1 else {
                    bad(path, "unknown attribute \"\(n)\" (\(ThemeParser.attributeNames.map(\.0).joined(separator: ", ")))")
                    continue
                }
                out.insert(a)
            }
            return out
        }
    }
}

extension Array where Element == ConfigIssue {
    /// In file order, issues without a line last.
    var sortedByLine: [ConfigIssue] {
        sorted { ($0.file, $0.line ?? Int.max) < ($1.file, $1.line ?? Int.max) }
    }
}
