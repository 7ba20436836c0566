/// The names roles, bands and commands have in theme and config files: snake_case of the Swift
/// names (`border_focus`, `selection_inactive`, `list_down`). Reading also accepts the Swift
/// spelling and dashes, so `borderFocus` and `border-focus` work too.
public protocol ConfigNamed: RawRepresentable, CaseIterable where RawValue == String {}

extension ConfigNamed {
    /// The snake_case name written in files.
    public var configName: String { Self.snakeCase(rawValue) }

    /// The case a file names, in any of the accepted spellings; nil when none matches.
    public init?(configName: String) {
        let want = configName.lowercased().filter { $0 != "_" && $0 != "-" }
        guard let hit = Self.allCases.first(where: { $0.rawValue.lowercased() == want }) else { return nil }
        self = hit
    }

    static func snakeCase(_ s: String) -> String {
        var out = ""
        for c in s {
            if c.isUppercase {
                out += "_" + c.lowercased()
            } else {
                out.append(c)
            }
        }
        return out
    }
}

extension Role: ConfigNamed {}
extension Band: ConfigNamed {}
extension Command: ConfigNamed {}
