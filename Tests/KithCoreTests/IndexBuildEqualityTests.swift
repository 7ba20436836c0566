import XCTest
@testable import KithCore

/// The parallel index build and the lazy slices (section bodies, bullets, backlink excerpts)
/// give exactly what the plain serial build gives.
final class IndexBuildEqualityTests: XCTestCase {
    func testParallelBuildEqualsSerialOnSampleVault() throws {
        let listing = try VaultScanner.list(root: SampleVaultIndexTests.root)
        let (parsed, problems) = VaultLoader.parseAll(listing.notes, progress: nil)
        assertSameBuild(parsed, attachments: listing.attachments, unreadable: problems)
    }

    /// A load builds the link resolver from the listing while it parses: the same index as
    /// one whose resolver is built from the parsed notes.
    func testResolverBuiltBesideTheParseGivesTheSameIndex() throws {
        for root in [SampleVaultIndexTests.root, RealWorldVaultTests.root] {
            let loaded = try VaultLoader.load(root: root)
            let listing = try VaultScanner.list(root: root, excluded: loaded.settings.excluded)
            let (parsed, problems) = VaultLoader.parseAll(listing.notes, progress: nil)
            let built = IndexBuilder(root: loaded.root, parsed: parsed, attachments: listing.attachments,
                                     unreadable: (listing.problems + problems).sorted(by: CheckReport.Unreadable.byPath),
                                     classifier: .standard, settings: loaded.settings).build()
            XCTAssertEqual(IndexDump.dump(loaded), IndexDump.dump(built), root)
        }
    }

    func testParallelBuildEqualsSerialOnGeneratedVault() {
        let parsed = Self.generatedVault(notes: 1500)
        assertSameBuild(parsed, attachments: ["Attachments/a.png"], unreadable: [])
        // Any input order gives the same index.
        assertSameBuild(parsed.reversed(), attachments: ["Attachments/a.png"], unreadable: [])
    }

    func assertSameBuild(_ parsed: [ParsedNote], attachments: [String], unreadable: [CheckReport.Unreadable],
                         settings: VaultSettings = VaultSettings(),
                         file: StaticString = #filePath, line: UInt = #line) {
        let builder = IndexBuilder(root: "/v", parsed: parsed, attachments: attachments, unreadable: unreadable,
                                   classifier: .standard, settings: settings)
        let serial = IndexDump.dump(builder.build(parallel: false))
        let parallel = IndexDump.dump(builder.build(parallel: true))
        XCTAssertFalse(serial.isEmpty, file: file, line: line)
        if serial != parallel {
            let a = serial.split(separator: "\n"), b = parallel.split(separator: "\n")
            let k = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            XCTFail("parallel build differs at dump line \(k): \(k < a.count ? a[k] : "-") vs \(k < b.count ? b[k] : "-")",
                    file: file, line: line)
        }
    }

    func testSlicedSectionsAndBulletsEqualCopies() {
        let text = "---\ntitle: T\n---\n# Tïtle\r\n\r\nintro ✅\n\n## Recent Context\n\n- 2025-01-02: [[Ann]] — x\n  - nested\n\n\n## Empty\n\n"
        let p = parseNote(text)
        XCTAssertEqual(p.sections.map(\.text), ["intro ✅\n\n## Recent Context\n\n- 2025-01-02: [[Ann]] — x\n  - nested\n\n\n## Empty",
                                                "- 2025-01-02: [[Ann]] — x\n  - nested", ""])
        XCTAssertEqual(p.bullets.map(\.text), ["2025-01-02: [[Ann]] — x", "nested"])
        // Built from strings or sliced from the note: the same values.
        XCTAssertEqual(p.sections[1], Section(title: "Recent Context", level: 2, line: 8, endLine: 13,
                                              text: "- 2025-01-02: [[Ann]] — x\n  - nested"))
        XCTAssertEqual(p.bullets[1], Bullet(text: "nested", line: 11, indent: 2))
    }

    /// People, transcripts, projects and loose notes with every kind of link, some ambiguous,
    /// some unresolved, non-ASCII names, Recent Context and Profile sections.
    static func generatedVault(notes: Int) -> [ParsedNote] {
        let first = ["Ann", "Bo", "Zoë", "José", "王", "Åsa", "Liam", "Ñuño"]
        let last = ["Lind", "Okafor", "García", "Ñúñez", "小明", "O'Brien"]
        var out: [ParsedNote] = []
        let people = notes / 5
        func person(_ k: Int) -> String { "\(first[k % first.count]) \(last[(k / first.count) % last.count]) \(k / 48)" }
        for k in 0..<notes {
            let day = String(format: "2025-%02d-%02d", k % 12 + 1, k % 28 + 1)
            let path: String
            var text: String
            switch k % 5 {
            case 0:
                let i = k / 5
                path = (i % 7 == 0 ? "People/Conferences/" : "People/") + person(i) + ".md"
                let lc = i % 3 == 0 ? "last_contact: '2024-01-01'\n" : ""
                text = "---\ntype: people\n\(lc)tags: [Type/People, x]\n---\n# \(person(i))\n\n## Recent Context\n\n"
                for j in 0..<(i % 4) {
                    let t = (k + j * 35) % notes
                    text += "- \(day): [[\(day) - Meeting \(t)|Meeting]] — talked (via \(person(j)))\n"
                }
                text += "- 2024-02-02: no link — just a note\n  - nested [[Nobody \(i)]]\n\n"
                text += "## Profile\n\n**Role**: Engineer at [[Org \(i % 9)|Org]] (Team \(i % 3))\n**Relationship**: ok\n"
            case 1, 2:
                path = "Sources/Transcripts/\(2020 + k % 3)/\(day) - Meeting \(k).md"
                let p1 = person((k * 7) % people), p2 = person((k * 13) % people)
                text = "---\ntype: transcript\nparticipants:\n- '[[\(p1)]]'\n- '[[\(p2)]]'\n---\n# M\n\n## Summary\n\n"
                text += "Summary of \(k) #tag\(k % 5) with [[\(p1)]].\n\n## Notes\n\n- [[\(p2)#Profile|\(p2)]] and [x](../\(2020 + (k + 1) % 3)/x.md)\n"
                text += "- [[Roadmap]] ![[Attachments/a.png]] [[Missing \(k % 11)]] [[#Summary]]\n"
            case 3:
                path = (k % 2 == 0 ? "Projects/" : "Archive/") + "Roadmap\(k % 3 == 0 ? "" : " \(k)").md"
                text = "# Roadmap \(k)\n\nSee [[\(person(k % people))]] and [[Roadmap]].\n"
            default:
                path = "Notes/n\(k).md"
                text = "---\ntitle: Note \(k)\n---\nText [[Org \(k % 9)]] [[people/\(person(k % people).lowercased())]]\n"
            }
            out.append(parseNote(text, path: path))
        }
        return out
    }
}
