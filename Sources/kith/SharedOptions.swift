import ArgumentParser
import Foundation
import KithConfig
import KithCore

/// `--today YYYY-MM-DD` (else `$KITH_TODAY`): the day ages and due dates are counted from, for
/// every command that shows them, the browser included; tests and scripts pin it to get output
/// that does not change with the calendar.
struct TodayOption: ParsableArguments {
    @Option(name: .customLong("today"),
            help: ArgumentHelp("The day ages and due dates are counted from (default: $KITH_TODAY, else today).",
                               valueName: "YYYY-MM-DD"))
    var text: String?

    /// The given day, else `$KITH_TODAY`, else the local calendar day; exits 2 when the
    /// option or the variable is not a real day.
    func date(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> CalendarDate {
        if let day = try DateOption.parse(text, option: "--today") { return day }
        if let pinned = environment["KITH_TODAY"], !pinned.isEmpty,
           let day = try DateOption.parse(pinned, option: "KITH_TODAY") {
            return day
        }
        return CalendarDate.today()
    }
}

/// `--theme NAME`: the browser's colour theme, for the commands that open it (browse, demo).
struct ThemeOption: ParsableArguments {
    @Option(name: .customLong("theme"), help: ArgumentHelp(
        "The color theme (default: the config's theme, else default; see kith themes).", valueName: "name"),
            completion: .custom { _, _, _ in ThemeCatalog.load(paths: ConfigPaths()).themes.map(\.name) })
    var name: String?
}
