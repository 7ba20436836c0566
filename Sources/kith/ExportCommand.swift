import ArgumentParser
import Foundation
import KithCore

/// `kith export`: people's contact details as vCard 4.0, CSV or JSON, for address books.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export people's contact details as vCard 4.0 or CSV.",
        discussion: """
            Exactly one format: --vcard (vCard 4.0), --csv (RFC 4180, with a header row) or \
            --json. Contact details come from each person's properties (email, phone, url, \
            birthday, …) and profile (role, organization). Writes to standard output, or with \
            --out DIR into that folder: one .vcf per person, or contacts.csv / contacts.json. \
            People are in name order. No match exports nothing and exits 0.
            """)

    @OptionGroup var options: VaultOptions

    @Flag(help: "Write vCard 4.0.")
    var vcard = false

    @Flag(help: "Write CSV (RFC 4180) with a header row.")
    var csv = false

    @Option(help: ArgumentHelp("Only people with this tag or a tag nested under it (a/b is under a).", valueName: "tag"))
    var tag: String?

    @Option(help: ArgumentHelp("Only people whose organization contains this text (case and accents ignored).",
                               valueName: "text"))
    var org: String?

    @Option(help: ArgumentHelp("Write into this folder (created if missing; never inside the vault) instead of standard output.",
                               valueName: "dir"), completion: .directory)
    var out: String?

    enum Format { case vcard, csv, json }

    func run() throws {
        let formats = [(vcard, Format.vcard), (csv, .csv), (options.json, .json)].filter(\.0).map(\.1)
        guard formats.count == 1 else {
            throw Console.fail(formats.isEmpty ? "export needs a format: --vcard, --csv or --json"
                                   : "export takes one format: --vcard, --csv or --json", code: 2)
        }
        let config = VaultOptions.loadConfig()
        let index = try options.load(config: config)
        var people = index.peopleByName
        if let tag { people = people.filter { TagMatch.has($0.tags, under: tag) } }
        if let org {
            let want = TextFolding.fold(org.trimmingCharacters(in: .whitespaces))
            people = people.filter { TextFolding.fold($0.profile.organization ?? "").contains(want) }
        }
        let contacts = people.map(ContactDetails.init)
        if contacts.isEmpty {
            Console.writeError("kith: no people to export\(Self.describe(tag: tag, org: org))\n")
        }
        guard let out else {
            Console.write(Self.text(contacts, formats[0]))
            return
        }
        let folder = try ExportFolder(out, vault: VaultOptions.resolve(options.vault, config: config))
        let written: Int
        switch formats[0] {
        case .vcard: written = try folder.writeCards(contacts)
        case .csv: written = try folder.write(Self.text(contacts, .csv), to: "contacts.csv")
        case .json: written = try folder.write(Self.text(contacts, .json), to: "contacts.json")
        }
        Console.writeError("kith: exported \(contacts.count) \(contacts.count == 1 ? "person" : "people") to \(written) \(written == 1 ? "file" : "files") in \(out)\n")
    }

    /// ` matching --tag x --org y`, for the message when no one matched.
    static func describe(tag: String?, org: String?) -> String {
        let parts = [tag.map { "--tag \($0)" }, org.map { "--org \($0)" }].compactMap { $0 }
        return parts.isEmpty ? "" : " matching " + parts.joined(separator: " ")
    }

    static func text(_ contacts: [ContactDetails], _ format: Format) -> String {
        switch format {
        case .vcard: return contacts.map(VCard.card).joined()
        case .csv: return ContactCSV.table(contacts)
        case .json: return JSON.array(contacts.map(json)).rendered()
        }
    }

    /// `{name, path, given_name, family_name, emails, phones, urls, organization, role,
    /// birthday, aliases, tags}`.
    static func json(_ c: ContactDetails) -> JSON {
        .object([("name", .string(c.name)), ("path", .string(c.path)), ("given_name", .string(c.givenName)),
                 ("family_name", .string(c.familyName)), ("emails", .strings(c.emails)), ("phones", .strings(c.phones)),
                 ("urls", .strings(c.urls)), ("organization", .string(c.organization)), ("role", .string(c.role)),
                 ("birthday", .string(c.birthday.map(ContactCSV.isoDate))), ("aliases", .strings(c.aliases)),
                 ("tags", .strings(c.tags))])
    }
}

/// The folder `--out` names: created when missing, refused inside the vault (kith never
/// writes there), files named after people so that any file system takes them.
struct ExportFolder {
    let path: String

    init(_ path: String, vault: String) throws {
        let fm = FileManager.default
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let root = URL(fileURLWithPath: vault).standardizedFileURL.resolvingSymlinksInPath().path
        if absolute == root || absolute.hasPrefix(root.hasSuffix("/") ? root : root + "/") {
            throw Console.fail("--out \(path) is inside the vault; kith never writes there", code: 2)
        }
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: absolute, isDirectory: &isDir) {
            guard isDir.boolValue else { throw Console.fail("--out \(path) is not a folder", code: 2) }
        } else {
            do {
                try fm.createDirectory(atPath: absolute, withIntermediateDirectories: true)
            } catch {
                throw Console.fail("cannot create --out \(path): \(error.localizedDescription)", code: 1)
            }
        }
        self.path = absolute
    }

    /// One `NAME.vcf` per contact (`NAME 2.vcf` for a second person of the same name); returns
    /// how many files were written.
    func writeCards(_ contacts: [ContactDetails]) throws -> Int {
        var used: Set<String> = []
        for c in contacts {
            let base = Self.safeName(c.name)
            var name = base, n = 2
            while used.contains(name.lowercased()) {
                name = "\(base) \(n)"
                n += 1
            }
            used.insert(name.lowercased())
            _ = try write(VCard.card(c), to: name + ".vcf")
        }
        return contacts.count
    }

    /// Writes `text` to `name` in the folder; returns 1.
    func write(_ text: String, to name: String) throws -> Int {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name), options: .atomic)
        } catch {
            throw Console.fail("cannot write \(path)/\(name): \(error.localizedDescription)", code: 1)
        }
        return 1
    }

    /// A file name any common file system takes: path separators, `:*?"<>|`, control
    /// characters and the like become `_`; no leading dot, no trailing dot or space; at most
    /// 200 bytes (cut at a character); `contact` when nothing is left.
    static func safeName(_ name: String) -> String {
        var out = String(name.map { c -> Character in
            if c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "_" }
            return "/\\:*?\"<>|".contains(c) ? "_" : c
        })
        while out.hasPrefix(".") || out.hasPrefix(" ") { out.removeFirst() }
        while out.hasSuffix(".") || out.hasSuffix(" ") { out.removeLast() }
        while out.utf8.count > 200 { out.removeLast() }
        return out.isEmpty ? "contact" : out
    }
}
