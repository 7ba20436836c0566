import Foundation

/// What the vault's own Obsidian settings (`.obsidian/`) and kith's config say about how notes are
/// kept: where daily notes live and how they are named, which folders hold templates, which files
/// are excluded, and who owns the vault. Read once per load; part of what builds the index.
///
/// A missing or malformed settings file gives the defaults (and a line in `problems`), never an
/// error: a vault without `.obsidian/` is still a vault.
public struct VaultSettings: Hashable, Sendable {
    /// The folder of daily notes (vault-relative, no slashes at either end; empty: the vault root).
    public var dailyFolder: String = ""
    /// The moment.js format of daily note names (`YYYY-MM-DD` unless the settings say otherwise).
    public var dailyFormat = MomentFormat("YYYY-MM-DD")
    /// Folders whose notes are templates (never people, never interaction sources).
    public var templateFolders: [String] = []
    /// Files left out of the vault altogether.
    public var excluded = ExcludedFiles()
    /// The vault owner's name as the config gives it (`me = "Name"`): a person's name, alias or path.
    public var owner: String?
    /// One line per settings file that could not be used, for `kith check`.
    public var problems: [String] = []

    public init(dailyFolder: String = "", dailyFormat: String = "YYYY-MM-DD", templateFolders: [String] = [],
                excluded: [String] = [], owner: String? = nil) {
        self.dailyFolder = Self.folder(dailyFolder)
        self.dailyFormat = MomentFormat(dailyFormat.isEmpty ? "YYYY-MM-DD" : dailyFormat)
        self.templateFolders = templateFolders.map(Self.folder).filter { !$0.isEmpty }
        self.excluded = ExcludedFiles(excluded, problems: &problems)
        self.owner = owner
    }

    /// What the config says, over whatever `.obsidian/` says.
    public struct Overrides: Hashable, Sendable {
        /// `me = "Name"`.
        public var owner: String?
        /// `[daily_notes] folder`.
        public var dailyFolder: String?
        /// `[daily_notes] format`.
        public var dailyFormat: String?

        public init(owner: String? = nil, dailyFolder: String? = nil, dailyFormat: String? = nil) {
            self.owner = owner
            self.dailyFolder = dailyFolder
            self.dailyFormat = dailyFormat
        }
    }

    /// Reads `.obsidian/` under `root` (absolute): `daily-notes.json` (or the Periodic Notes
    /// plugin's daily settings, when enabled), `templates.json`, Templater's `templates_folder`,
    /// and `app.json`'s `userIgnoreFilters`; then applies the config's overrides.
    public static func read(vault root: String, overrides: Overrides = Overrides()) -> VaultSettings {
        var s = VaultSettings()
        let dir = root + "/.obsidian/"
        func object(_ file: String) -> [String: Any]? {
            guard let data = FileManager.default.contents(atPath: dir + file) else { return nil }
            guard let json = try? JSONSerialization.jsonObject(with: data), let obj = json as? [String: Any] else {
                s.problems.append(".obsidian/\(file) is not a JSON object (its settings were ignored)")
                return nil
            }
            return obj
        }
        if let daily = object("daily-notes.json") {
            if let f = daily["folder"] as? String { s.dailyFolder = folder(f) }
            if let f = daily["format"] as? String, !f.trimmingCharacters(in: .whitespaces).isEmpty {
                s.dailyFormat = MomentFormat(f.trimmingCharacters(in: .whitespaces))
            }
        }
        if let periodic = object("plugins/periodic-notes/data.json"),
           let daily = periodic["daily"] as? [String: Any], daily["enabled"] as? Bool == true {
            if let f = daily["folder"] as? String { s.dailyFolder = folder(f) }
            if let f = daily["format"] as? String, !f.trimmingCharacters(in: .whitespaces).isEmpty {
                s.dailyFormat = MomentFormat(f.trimmingCharacters(in: .whitespaces))
            }
        }
        var templates: [String] = []
        if let t = object("templates.json"), let f = t["folder"] as? String { templates.append(folder(f)) }
        if let t = object("plugins/templater-obsidian/data.json"), let f = t["templates_folder"] as? String {
            templates.append(folder(f))
        }
        s.templateFolders = templates.filter { !$0.isEmpty }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        if let app = object("app.json"), let raw = app["userIgnoreFilters"] {
            if let filters = raw as? [String] {
                s.excluded = ExcludedFiles(filters, problems: &s.problems)
            } else {
                s.problems.append(".obsidian/app.json: userIgnoreFilters is not a list of strings (ignored)")
            }
        }
        if let f = overrides.dailyFolder { s.dailyFolder = folder(f) }
        if let f = overrides.dailyFormat, !f.isEmpty { s.dailyFormat = MomentFormat(f) }
        if let o = overrides.owner?.trimmingCharacters(in: .whitespaces), !o.isEmpty { s.owner = o }
        return s
    }

    /// `Daily/`, `/Daily`, ` Daily ` → `Daily` (NFC, as vault paths are).
    static func folder(_ raw: String) -> String {
        var f = Substring(raw.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping)
        while f.hasPrefix("/") || f.hasPrefix("./") { f = f.hasPrefix("/") ? f.dropFirst() : f.dropFirst(2) }
        while f.hasSuffix("/") { f = f.dropLast() }
        return String(f)
    }

    /// Whether the note at `path` is in a templates folder.
    public func isTemplate(_ path: String) -> Bool {
        templateFolders.contains { path.hasPrefix($0) && path.utf8.count > $0.utf8.count
            && path.utf8[path.utf8.index(path.utf8.startIndex, offsetBy: $0.utf8.count)] == 0x2F }
    }

    /// The day of the daily note at `path` (its name read with the daily format, in the daily
    /// folder; or a bare `YYYY-MM-DD` name anywhere; or, in the daily folder, an ISO date among
    /// its `aliases`), or nil when it is not a daily note.
    public func dailyDate(path: String, aliases: [String]) -> CalendarDate? {
        let stem = Self.stem(path)
        if stem.utf8.count == 10, let d = CalendarDate(parsing: stem) { return d }
        let inFolder: Substring?
        if dailyFolder.isEmpty {
            inFolder = Substring(path)
        } else if path.hasPrefix(dailyFolder + "/") {
            inFolder = path.dropFirst(dailyFolder.count + 1)
        } else {
            inFolder = nil
        }
        guard var rel = inFolder else { return nil }
        if VaultScanner.isMarkdown(rel) { rel = rel.dropLast(3) }
        if dailyFormat.spansFolders, let d = dailyFormat.date(of: rel) { return d }
        if let d = dailyFormat.date(of: stem) { return d }
        // A note directly in the daily folder with its ISO date as an alias (a name the format
        // cannot read back: another locale, a renamed file).
        guard !dailyFolder.isEmpty, !rel.contains("/") else { return nil }
        for a in aliases where a.utf8.count == 10 {
            if let d = CalendarDate(parsing: a) { return d }
        }
        return nil
    }

    static func stem(_ path: String) -> Substring {
        let u = path.utf8
        let name = path[(u.lastIndex(of: 0x2F).map { u.index(after: $0) } ?? u.startIndex)...]
        return VaultScanner.isMarkdown(name) ? name.dropLast(3) : name
    }
}
