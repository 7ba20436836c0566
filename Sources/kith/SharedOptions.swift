import ArgumentParser
import KithCore

/// `--today YYYY-MM-DD`: the day ages and due dates are counted from, for the commands that
/// show them (people, show, stale); tests and scripts pin it to get stable output.
struct TodayOption: ParsableArguments {
    @Option(name: .customLong("today"),
            help: ArgumentHelp("The day ages and due dates are counted from (default: today).",
                               valueName: "YYYY-MM-DD"))
    var text: String?

    /// The given day, else the local calendar day; exits 2 when it is not a real day.
    func date() throws -> CalendarDate {
        try DateOption.parse(text, option: "--today") ?? CalendarDate.today()
    }
}

/// `--theme NAME`: the browser's colour theme, for the commands that open it (browse, demo).
struct ThemeOption: ParsableArguments {
    @Option(name: .customLong("theme"), help: ArgumentHelp(
        "The color theme (default: the config's theme, else default; see kith themes).", valueName: "name"))
    var name: String?
}
