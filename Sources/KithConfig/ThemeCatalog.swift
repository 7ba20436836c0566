import Foundation
import KithUI

/// Every theme kith can show: the built-ins, then the user's `themes/*.toml` (a user theme with
/// a built-in's name replaces it). Broken user files are left out and reported in `issues`.
public struct ThemeCatalog: Sendable {
    /// Built-ins first in their fixed order, then user themes by name.
    public private(set) var themes: [Theme]
    /// Problems in theme files, in file order.
    public private(set) var issues: [ConfigIssue]

    public static let defaultName = "default"

    /// The built-in themes only (the embedded TOML, parsed once per call).
    public static func builtIn() -> ThemeCatalog {
        var themes: [Theme] = []
        var issues: [ConfigIssue] = []
        for (name, text) in BuiltinThemes.texts {
            let (theme, found) = ThemeParser.parse(text, name: name, file: "Themes/\(name).toml (built-in)", origin: .builtIn)
            issues += found
            if let theme { themes.append(theme) }
        }
        return ThemeCatalog(themes: themes, issues: issues)
    }

    /// Built-ins plus the user's themes from `paths.themesDirectory`.
    public static func load(paths: ConfigPaths) -> ThemeCatalog {
        var catalog = builtIn()
        let dir = paths.themesDirectory
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
            .filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.sorted()
        for file in files {
            let path = dir + "/" + file
            let shown = paths.display(path)
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(data: data, encoding: .utf8) else {
                catalog.issues.append(ConfigIssue(file: shown, line: nil, message: "cannot read the theme (not UTF-8 text?)"))
                continue
            }
            let name = String(file.dropLast(".toml".count))
            let (theme, found) = ThemeParser.parse(text, name: name, file: shown, origin: .file(shown))
            catalog.issues += found
            guard let theme else { continue }
            if let i = catalog.themes.firstIndex(where: { $0.name == name }) {
                catalog.themes[i] = theme
            } else {
                catalog.themes.append(theme)
            }
        }
        return catalog
    }

    /// The theme with this name, if the catalog has it.
    public func theme(named name: String) -> Theme? {
        themes.first { $0.name == name }
    }

    /// The default theme: the catalog's `default`, else the compiled-in dark palette (only if
    /// someone broke the embedded file; a test makes sure they have not).
    public var fallback: Theme {
        theme(named: Self.defaultName) ?? Theme(name: Self.defaultName, origin: .builtIn, palette: .dark)
    }

    /// The theme to start with: `name` when it exists, else the default and a message saying
    /// why (the file's own issues were already reported through `issues`).
    public func select(_ name: String?) -> (theme: Theme, problem: String?) {
        guard let name, !name.isEmpty else { return (fallback, nil) }
        if let t = theme(named: name) { return (t, nil) }
        if let broken = issues.first(where: { $0.file.hasSuffix("/\(name).toml") }) {
            return (fallback, "theme \(name) is broken (\(broken)); using \(Self.defaultName)")
        }
        return (fallback, "no theme named \(name) (have: \(themes.map(\.name).joined(separator: ", "))); using \(Self.defaultName)")
    }

    /// The theme after `name` in catalog order, wrapping around (the `t` key).
    public func next(after name: String) -> Theme {
        guard let i = themes.firstIndex(where: { $0.name == name }) else { return themes.first ?? fallback }
        return themes[(i + 1) % themes.count]
    }
}
