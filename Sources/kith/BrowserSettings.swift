import Foundation
import KithConfig
import KithUI

/// What the browser takes from the config file and the themes: loaded once per run and passed
/// to `BrowserSession` as a value.
struct BrowserSettings {
    var config = KithConfig()
    var themes = ThemeCatalog.builtIn()
    /// The theme to start with.
    var theme: Theme
    /// Config and theme problems, for the status line.
    var problems: [String] = []

    init() {
        theme = themes.fallback
    }

    /// Reads the config and the themes; `--theme` (when given) wins over the config's `theme`.
    static func load(themeOption: String?, paths: ConfigPaths = ConfigPaths(), config: KithConfig? = nil) -> BrowserSettings {
        var s = BrowserSettings()
        s.config = config ?? KithConfig.load(paths: paths)
        s.themes = ThemeCatalog.load(paths: paths)
        let (theme, problem) = s.themes.select(themeOption ?? s.config.theme)
        s.theme = theme
        s.problems = s.config.issues.map(\.description) + s.themes.issues.map(\.description)
        if let problem { s.problems.append(problem) }
        return s
    }

    /// The first problem, and how many more there are, as the status line's first message.
    var startMessage: StatusMessage? {
        guard let first = problems.first else { return nil }
        let more = problems.count > 1 ? " (+\(problems.count - 1) more: run kith config / kith themes)" : ""
        return StatusMessage(first + more, isError: true)
    }

    /// The environment the editor is chosen from: the config's `editor` stands in for `$VISUAL`.
    var editorEnvironment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        if let editor = config.editor, !editor.trimmingCharacters(in: .whitespaces).isEmpty {
            env["VISUAL"] = editor
        }
        return env
    }
}
