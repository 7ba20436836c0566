import Foundation
import KithCore
import KithUI

/// The settings of `config.toml`, with defaults for whatever the file leaves out. A plain
/// value: loaded once by the command that needs it and passed on, never kept in a global.
public struct KithConfig: Sendable {
    /// The vault used when neither `--vault` nor `$KITH_VAULT` says (`~` expanded).
    public var vault: String?
    /// The theme to start with (`--theme` wins).
    public var theme: String?
    /// The editor command line, instead of `$VISUAL` / `$EDITOR`.
    public var editor: String?
    /// Which notes are people, transcripts, meetings, projects and organizations.
    public var classifier: NoteClassifier = .standard
    /// The vault owner's name (`me = "Name"`): a person's name, alias or path. Else a person
    /// tagged `me` or with `me: true` is the owner.
    public var me: String?
    /// `[daily_notes] folder` and `format`: where daily notes are and how they are named,
    /// instead of what `.obsidian/daily-notes.json` says.
    public var dailyFolder: String?
    public var dailyFormat: String?
    /// Days without contact after which a person is stale.
    public var staleDays = 90
    /// Per-tag contact cadence in days (lowercased tag → days).
    public var tagCadences: [String: Int] = [:]
    /// Date properties that come back every year besides `birthday` (`yearly = ["anniversary"]`):
    /// cards show their next date, `kith upcoming` and the Recent view list them.
    public var yearly: [String] = []
    /// Replaced key bindings per command.
    public var keys: [Command: [Key]] = [:]
    /// The file read, as shown to the user; nil when there was none.
    public var file: String?
    /// Unknown keys and bad values, in file order. Each left its setting at the default.
    public var issues: [ConfigIssue] = []

    public init() {}

    /// What the config says about the vault beside its `.obsidian/` settings.
    public var vaultOverrides: VaultSettings.Overrides {
        VaultSettings.Overrides(owner: me, dailyFolder: dailyFolder, dailyFormat: dailyFormat)
    }

    /// Reads `paths.configFile`; a missing file gives the defaults without complaint.
    public static func load(paths: ConfigPaths = ConfigPaths()) -> KithConfig {
        let path = paths.configFile
        guard FileManager.default.fileExists(atPath: path) else { return KithConfig() }
        let shown = paths.display(path)
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            var c = KithConfig()
            c.file = shown
            c.issues = [ConfigIssue(file: shown, line: nil, message: "cannot read the config file (not UTF-8 text?)")]
            return c
        }
        return parse(text, file: shown, paths: paths)
    }

    /// Reads config text. Never fails: problems become `issues` and leave defaults in place.
    public static func parse(_ text: String, file: String, paths: ConfigPaths = ConfigPaths()) -> KithConfig {
        var config = KithConfig()
        config.file = file
        switch TOMLSource.parse(text, file: file) {
        case .failure(let issue):
            config.issues = [issue]
        case .success(let source):
            var reader = ConfigReader(source: source, paths: paths)
            reader.read(into: &config)
            config.issues = reader.issues.sortedByLine
        }
        return config
    }

    /// Contact cadence text: `30d`, `2w`, `3m` (30 days each), `1y`, or a bare number of days.
    public static func days(_ text: String) -> Int? { ContactCadence.days(text) }
}
