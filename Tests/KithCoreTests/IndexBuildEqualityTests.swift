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

final class TrimFastPathTests: XCTestCase {
    func testTrimmedSpacesFastPathEqualsCharacterLoop() {
        let pieces = ["", " ", "\t", "a", "é", "e\u{301}", "\u{301}", "\u{A0}", "\u{3000}", "\r\n", "\n", "\r",
                      "\u{0B}", "\u{0600}", "王", "👩‍👩‍👧", "\u{200D}", "x y", "#"]
        for a in pieces { for b in pieces { for c in pieces {
            for s in [a + b + c, " " + a + b + c + " ", "\t" + a + " " + b + "\t" + c, a + "  " + b + c + "\t "] {
                XCTAssertEqual(String(s.trimmedSpaces), String(s.trimmedSpacesByCharacter), s.debugDescription)
                let sub = ("<" + s + ">").dropFirst().dropLast()
                XCTAssertEqual(String(sub.trimmedSpaces), String(sub.trimmedSpacesByCharacter), s.debugDescription)
            }
        } } }
    }
}

final class IndexFastPathReferenceTests: XCTestCase {
    func testDotSegmentScanEqualsSplit() {
        for key in ["", ".", "..", "...", "a", "./a", "a/.", "a/../b", "a..b/c", ".a/b", "a/.b", "//.//", "a//..",
                    "x.md", "é/./ü", "../../x", "a/b/..."] {
            XCTAssertEqual(LinkResolver.hasDotSegment(key),
                           key.split(separator: "/").contains { $0 == "." || $0 == ".." }, key)
        }
    }

    /// The timeline sorts positions with name ranks; the plain way sorts interactions by name keys.
    func testTimelineEqualsPlainSort() {
        let parsed = IndexBuildEqualityTests.generatedVault(notes: 1500)
        let index = VaultIndex(root: "/v", parsed: parsed)
        var plain = index.peopleIDs.flatMap { index.interactionsByPerson[$0]?.all ?? [] }
        let keys = Dictionary(uniqueKeysWithValues: index.peopleIDs.map {
            (index.notes[$0].path, NameOrder.key(index.notes[$0].name))
        })
        plain.sort { a, b in
            if a.date != b.date { return IndexBuilder.newestFirst(a, b) }
            if a.person != b.person { return keys[a.person]! < keys[b.person]! }
            return a.line < b.line
        }
        XCTAssertGreaterThan(plain.count, 100)
        XCTAssertEqual(index.timeline, plain)
    }
}

final class LastRangeFastPathTests: XCTestCase {
    func testASCIILastRangeEqualsGenericSearch() {
        let hay = ["", "x (via A)", "a (via B) b (via C)", "(via (via ", "aaa", "aaaa", "a at b at c", "é (via x)",
                   "x\r\n(via y)", " at ", "at"]
        let needles = ["(via ", " at ", "aa", "a", "(", "é"]
        for h in hay { for n in needles {
            for s in [h, "<" + h + ">"] {
                let sub = s.hasPrefix("<") ? s.dropFirst().dropLast() : s[...]
                XCTAssertEqual(sub.lastRange(of: n), sub.lastRangeByCharacter(of: n), "\(s.debugDescription) \(n)")
                XCTAssertEqual(String(sub).lastRange(of: n).map { String(sub)[$0] },
                               String(sub).lastRangeByCharacter(of: n).map { String(sub)[$0] })
            }
        } }
    }
}
