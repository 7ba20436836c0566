import Foundation
import XCTest

/// `kith export`, read back by real clients: khard imports the vCard folder, Python's vobject
/// parses the vCard stream and its csv module the CSV; plus filters, JSON and exit codes.
/// khard (Debian's `khard`, which brings `python3-vobject`) is installed by .ci/run.
final class CLIExportTests: XCTestCase {
    var root = ""
    var vault: String { root + "/vault" }

    static let files: [String: String] = [
        "People/Ana Lima.md": """
        ---
        tags: [people, friend]
        Company: "[[Obsidian]]"
        role: Staff Engineer
        Birthday: 1990-12-22
        phone: "+49 151 2345 678"
        email: [ana@example.com, "[work](mailto:ana@obsidian.md)"]
        website: ana.dev
        aliases: [Ana, "Lima, A."]
        ---
        # Ana Lima
        """,
        "People/Ben Cohen.md": "---\ntags: [people]\nbirthday: --01-03\norg: \"Acme; Sons, Ltd\"\nemail: ben@acme.io\n---\n# Ben Cohen\n",
        "People/Zoë Ñúñez.md": "---\ntags: [people, friend]\nemail: zoe@example.com\nbirthday: 2000-02-29\n---\n# Zoë Ñúñez\n",
        "People/王小明.md": "---\ntags: [people]\nemail: xm@hikari.example\nrole: Principal Architect at Hikari Systems\n---\n# 王小明\n",
        "People/AC⚡DC: Live?.md": "---\ntags: [people]\n---\n# AC⚡DC\n",
        "Clients/Ana Lima.md": "---\ntags: [people, client]\nemail: ana.lima@client.example\n---\n# Ana Lima\n",
        "Organizations/Obsidian.md": "# Obsidian\n",
    ]

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "kith-e2e-export-\(UUID().uuidString.prefix(8))"
        for (path, text) in Self.files {
            let url = URL(fileURLWithPath: vault + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: root) }

    func kith(_ args: [String]) throws -> CLIResult {
        try CLI.run(["export"] + args + ["--vault", vault])
    }

    /// Runs a program (looked up on PATH) with `stdin`; its status and standard output.
    func program(_ argv: [String], stdin: String = "") throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = argv
        let tmp = root + "/run-\(UUID().uuidString.prefix(6))"
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: tmp + "/in", contents: Data(stdin.utf8))
        FileManager.default.createFile(atPath: tmp + "/out", contents: nil)
        FileManager.default.createFile(atPath: tmp + "/err", contents: nil)
        p.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: tmp + "/in"))
        p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: tmp + "/out"))
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: tmp + "/err"))
        try p.run()
        p.waitUntilExit()
        return (p.terminationStatus, try String(contentsOfFile: tmp + "/out", encoding: .utf8),
                try String(contentsOfFile: tmp + "/err", encoding: .utf8))
    }

    /// Debian's Python, where `python3-vobject` (khard's dependency) lives.
    static let python = "/usr/bin/python3"

    func requirePython(module: String) throws {
        let ok = FileManager.default.isExecutableFile(atPath: Self.python)
            && ((try? program([Self.python, "-c", "import \(module)"]))?.status == 0)
        try XCTSkipUnless(ok, "\(Self.python) with the \(module) module is not installed (.ci/run installs khard, which brings python3-vobject)")
    }

    func testTheVCardFolderImportsIntoKhard() throws {
        let khardOK = (try? program(["khard", "--version"]))?.status == 0
        try XCTSkipUnless(khardOK, "khard is not installed (.ci/run installs it: apt-get install khard)")
        let out = root + "/cards"
        let r = try kith(["--vcard", "--out", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "")
        XCTAssertEqual(r.stderr, "kith: exported 6 people to 6 files in \(out)\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        XCTAssertEqual(names, ["AC⚡DC_ Live_.vcf", "Ana Lima 2.vcf", "Ana Lima.vcf", "Ben Cohen.vcf", "Zoë Ñúñez.vcf", "王小明.vcf"])
        let config = root + "/khard.conf"
        try "[addressbooks]\n[[kith]]\npath = \(out)\n".write(toFile: config, atomically: true, encoding: .utf8)
        func khard(_ args: [String]) throws -> [[String]] {
            let k = try program(["khard", "-c", config] + args)
            XCTAssertEqual(k.status, 0, "khard \(args): \(k.err)")
            XCTAssertFalse(k.err.contains("Error"), k.err)
            return k.out.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        }
        let listed = try khard(["list", "--parsable"]).map { $0[1] }.sorted()
        XCTAssertEqual(listed, ["AC⚡DC: Live?", "Ana Lima", "Ana Lima", "Ben Cohen", "Zoë Ñúñez", "王小明"])
        let emails = try khard(["email", "--parsable"]).filter { $0.count >= 2 }.map { "\($0[1]) <\($0[0])>" }.sorted()
        XCTAssertEqual(emails, ["Ana Lima <ana.lima@client.example>", "Ana Lima <ana@example.com>", "Ana Lima <ana@obsidian.md>",
                                "Ben Cohen <ben@acme.io>", "Zoë Ñúñez <zoe@example.com>", "王小明 <xm@hikari.example>"])
        // khard prints a birthday without a year as 1900.
        let birthdays = try khard(["birthdays", "--parsable"]).map { "\($0[1]) \($0[0])" }.sorted()
        XCTAssertEqual(birthdays, ["Ana Lima 1990.12.22", "Ben Cohen 1900.01.03", "Zoë Ñúñez 2000.02.29"])
        let ana = try program(["khard", "-c", config, "show", "--format", "yaml", "ana@example.com"])
        XCTAssertEqual(ana.status, 0, ana.err)
        for line in ["Formatted name: Ana Lima", "First name: Ana", "Last name: Lima", "- Obsidian", "Birthday: '1990-12-22'",
                     "Title: Staff Engineer", "+49 151 2345 678", "https://ana.dev", "Vault note: People/Ana Lima.md"] {
            XCTAssertTrue(ana.out.contains(line), "\(line) in\n\(ana.out)")
        }
    }

    func testTheVCardStreamParsesWithVobject() throws {
        try requirePython(module: "vobject")
        let r = try kith(["--vcard"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("\r\n"), "CRLF line ends")
        for line in r.stdout.components(separatedBy: "\r\n") {
            XCTAssertLessThanOrEqual(line.utf8.count, 75, line)
        }
        let script = """
        import sys, json, vobject
        out = []
        for c in vobject.readComponents(sys.stdin.read()):
            v = lambda k: [x.value for x in c.contents.get(k, [])]
            n = c.n.value
            out.append({"fn": c.fn.value, "family": n.family, "given": n.given, "email": v("email"), "bday": v("bday"),
                        "org": [list(o) for o in v("org")], "title": v("title"), "tel": v("tel"), "url": v("url"),
                        "note": v("note"), "nickname": v("nickname"), "version": c.version.value})
        print(json.dumps(out, ensure_ascii=False))
        """
        let parsed = try program([Self.python, "-c", script], stdin: r.stdout)
        XCTAssertEqual(parsed.status, 0, parsed.err)
        let cards = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(parsed.out.utf8)) as? [[String: Any]])
        XCTAssertEqual(cards.map { $0["fn"] as? String }, ["AC⚡DC: Live?", "Ana Lima", "Ana Lima", "Ben Cohen", "Zoë Ñúñez", "王小明"])
        XCTAssertTrue(cards.allSatisfy { $0["version"] as? String == "4.0" })
        let ana = try XCTUnwrap(cards.first { ($0["email"] as? [String])?.contains("ana@example.com") == true })
        XCTAssertEqual(ana["email"] as? [String], ["ana@example.com", "ana@obsidian.md"])
        XCTAssertEqual(ana["bday"] as? [String], ["19901222"])
        XCTAssertEqual(ana["org"] as? [[String]], [["Obsidian"]])
        XCTAssertEqual(ana["title"] as? [String], ["Staff Engineer"])
        XCTAssertEqual(ana["tel"] as? [String], ["+49 151 2345 678"])
        XCTAssertEqual(ana["url"] as? [String], ["https://ana.dev"])
        XCTAssertEqual(ana["note"] as? [String], ["Vault note: People/Ana Lima.md"])
        XCTAssertEqual([ana["given"] as? String, ana["family"] as? String], ["Ana", "Lima"])
        let ben = try XCTUnwrap(cards.first { $0["fn"] as? String == "Ben Cohen" })
        XCTAssertEqual(ben["bday"] as? [String], ["--0103"])
        XCTAssertEqual(ben["org"] as? [[String]], [["Acme; Sons, Ltd"]], "the semicolon and comma survive escaping")
        let wang = try XCTUnwrap(cards.first { $0["fn"] as? String == "王小明" })
        XCTAssertEqual(wang["title"] as? [String], ["Principal Architect"])
        XCTAssertEqual(wang["org"] as? [[String]], [["Hikari Systems"]])
    }

    func testCSVReadsBackWithPythonsCSVModule() throws {
        try requirePython(module: "csv")
        let r = try kith(["--csv", "--tag", "friend"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let parsed = try program([Self.python, "-c", "import sys, csv, json; print(json.dumps(list(csv.reader(sys.stdin, strict=True)), ensure_ascii=False))"],
                                 stdin: r.stdout)
        XCTAssertEqual(parsed.status, 0, parsed.err)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(parsed.out.utf8)) as? [[String]])
        XCTAssertEqual(rows.first, ["name", "given_name", "family_name", "email", "phone", "url", "organization", "role",
                                    "birthday", "aliases", "tags", "path"])
        XCTAssertEqual(rows.count, 3, "the header and the two friends")
        XCTAssertEqual(rows[1], ["Ana Lima", "Ana", "Lima", "ana@example.com; ana@obsidian.md", "+49 151 2345 678", "https://ana.dev",
                                 "Obsidian", "Staff Engineer", "1990-12-22", "Ana; Lima, A.", "people; friend", "People/Ana Lima.md"])
        XCTAssertEqual(rows[2][0], "Zoë Ñúñez")
        XCTAssertEqual(rows[2][8], "2000-02-29")
    }

    func testJSONAndTheOrgFilter() throws {
        let r = try kith(["--json", "--org", "SONS, Ltd"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, """
        [
          {
            "name": "Ben Cohen",
            "path": "People/Ben Cohen.md",
            "given_name": "Ben",
            "family_name": "Cohen",
            "emails": ["ben@acme.io"],
            "phones": [],
            "urls": [],
            "organization": "Acme; Sons, Ltd",
            "role": null,
            "birthday": "--01-03",
            "aliases": [],
            "tags": ["people"]
          }
        ]

        """)
        // Accents and case do not matter, as in the search's org: filter.
        XCTAssertEqual(try kith(["--json", "--org", "HIKARI"]).objects().map { $0.str("name") }, ["王小明"])
    }

    func testNothingToExportIsEmptyOutputExit0AndSaysSo() throws {
        for (format, expected) in [("--vcard", ""), ("--csv", "name,given_name,family_name,email,phone,url,organization,role,birthday,aliases,tags,path\r\n"),
                                   ("--json", "[]\n")] {
            let r = try kith([format, "--tag", "nobody"])
            XCTAssertEqual(r.status, 0, format)
            XCTAssertEqual(r.stdout, expected, format)
            XCTAssertEqual(r.stderr, "kith: no people to export matching --tag nobody\n", format)
        }
    }

    func testBadOptionsExit2AndTheVaultIsNeverWritten() throws {
        let before = try CLI.snapshot(vault)
        try "x".write(toFile: root + "/a-file", atomically: true, encoding: .utf8)
        for (args, message): ([String], String) in [([], "kith: export needs a format: --vcard, --csv or --json"),
                                (["--vcard", "--csv"], "kith: export takes one format: --vcard, --csv or --json"),
                                (["--csv", "--json"], "kith: export takes one format: --vcard, --csv or --json"),
                                (["--vcard", "--out", vault + "/Exports"], "kith: --out \(vault)/Exports is inside the vault; kith never writes there"),
                                (["--vcard", "--out", vault], "kith: --out \(vault) is inside the vault; kith never writes there"),
                                (["--vcard", "--out", root + "/a-file"], "kith: --out \(root)/a-file is not a folder")] {
            let r = try kith(args)
            XCTAssertEqual(r.status, 2, "\(args): \(r.stderr)")
            XCTAssertEqual(r.stdout, "", "\(args)")
            XCTAssertEqual(r.stderr, message + "\n", "\(args)")
        }
        XCTAssertEqual(try CLI.snapshot(vault), before, "nothing was written into the vault")
        // --csv into a folder: one file.
        let r = try kith(["--csv", "--out", root + "/csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(try String(contentsOfFile: root + "/csv/contacts.csv", encoding: .utf8).hasPrefix("name,given_name"))
    }
}
