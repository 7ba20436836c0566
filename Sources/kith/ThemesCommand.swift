import ArgumentParser
import Foundation
import KithConfig

/// `kith themes`: the themes kith can use and where each comes from.
struct Themes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the color themes (built-in and from ~/.config/kith/themes/).",
        discussion: "Broken theme files are reported on stderr with file and line; the rest are still listed.")

    func run() throws {
        let paths = ConfigPaths()
        let config = KithConfig.load(paths: paths)
        ConfigWarnings.print(config.issues)
        let catalog = ThemeCatalog.load(paths: paths)
        ConfigWarnings.print(catalog.issues)
        let (selected, problem) = catalog.select(config.theme)
        if let problem { Console.writeError("kith: warning: \(problem)\n") }
        let current = selected.name
        var table = TextTable(header: ["", "NAME", "SOURCE", "DESCRIPTION"])
        for theme in catalog.themes {
            table.add([theme.name == current ? "*" : "", theme.name, theme.origin.description, theme.summary ?? ""])
        }
        Console.write(table.rendered())
    }
}

/// Config and theme problems on stderr, one `kith: warning: file:line: message` each.
enum ConfigWarnings {
    static func print(_ issues: [ConfigIssue]) {
        for issue in issues {
            Console.writeError("kith: warning: \(issue)\n")
        }
    }
}
