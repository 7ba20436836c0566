import XCTest
@testable import KithCore

/// The fast ways to heavy people's mentions give the same answers as the exact ones: ASCII
/// lines matched on bytes, a search stopped when the user moves on, mentions carried across
/// an index update, and a card's backlinks one per note.
final class MentionSpeedTests: XCTestCase {
    /// Pieces that exercise every rule of a line's check: names on and off word boundaries,
    /// code spans, comments, wiki and Markdown links, tags, URLs, whitespace of every kind.
    static let pieces = ["Ana", "ana", "Lima", "LIMA", " ", "  ", "\t", "\u{0B}", "\u{0C}", "Banana", "'s", "_", "2",
                         "x", "-", "[[", "]]", "[", "]", "(", ")", "`", "``", "%%", "<!--", "-->", ">", "#", "##",
                         "http://", "HTTPS://", "www.", "mailto:", "h", "w", "m", "|", "O'Brien", "o'brien", ".", ","]

    func testBytesAnswerAsCharactersOnRandomASCIILines() {
        let terms = MentionTerm.terms(for: ["Ana Lima", "Ana", "Liam O'Brien", "O'Brien"])
        var rng = SystemRandomNumberGenerator()
        var hits = 0
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 1...14, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
            let bytes = Array(line.utf8)
            let fast = bytes.withUnsafeBufferPointer { b -> (Int, String)? in
                XCTAssertTrue(MentionLineBytes.applies(b))
                return MentionLineBytes.firstMention(b, terms: terms).map { ($0.column, $0.matched) }
            }
            let exact = MentionLine.firstMention(line, terms: terms).map { ($0.column, $0.matched) }
            XCTAssertEqual(fast?.0, exact?.0, line)
            XCTAssertEqual(fast?.1, exact?.1, line)
            if exact != nil { hits += 1 }
        }
        XCTAssertGreaterThan(hits, 1_000, "the random lines name Ana often enough to test matching")
    }

    /// A line with accents is decoded only when its folded bytes hold a name's words in a row:
    /// every line the exact check finds a mention on must pass.
    func testThePhraseCheckNeverDropsALineWithAMention() {
        let terms = MentionTerm.terms(for: ["Ana Lima", "José Núñez"])
        let pieces = ["Ána", "Ana", "LÍMA", "Lima", " ", " ", "\u{A0}", "\t", "José", "JOSE\u{301}", "Núñez", "NU\u{303}NEZ",
                      "ø", "é", "[[", "]]", "`", "x", "王", "’", ",", "Banana", "ﬁ", "-"]
        var rng = SystemRandomNumberGenerator()
        var found = 0, skipped = 0
        for _ in 0..<20_000 {
            func some() -> String { (0..<Int.random(in: 0...5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined() }
            // Half the lines hold a name, in some spelling, with some gap, amid other pieces.
            let name = Bool.random(using: &rng)
                ? ["Ána", "ANA", "Ana", "José", "JOSE\u{301}"].randomElement(using: &rng)!
                    + [" ", "\u{A0}", "\t", "  ", ""].randomElement(using: &rng)!
                    + ["Lima", "LÍMA", "Núñez", "NU\u{303}NEZ"].randomElement(using: &rng)!
                : ""
            let line = "é " + some() + name + some()
            var folded: [UInt8] = []
            Array(line.utf8).withUnsafeBufferPointer { FoldCache.appendFolded($0, to: &folded) }
            let passes = folded.withUnsafeBufferPointer { f in terms.contains { $0.hasPhrase(foldedLine: f) } }
            if MentionLine.firstMention(line, terms: terms) != nil {
                found += 1
                XCTAssertTrue(passes, line)
            } else if !passes {
                skipped += 1
            }
        }
        XCTAssertGreaterThan(found, 300, "the lines name someone often enough to test")
        XCTAssertGreaterThan(skipped, 5_000, "most lines without a mention are left undecoded")
        // A name with an apostrophe or a hyphen is always looked at exactly.
        let quoted = MentionTerm.terms(for: ["Liam O'Brien"])
        Array("nothing here".utf8).withUnsafeBufferPointer { XCTAssertTrue(quoted[0].hasPhrase(foldedLine: $0)) }
    }

    func testCarriageReturnsAndNonASCIILinesTakeTheExactPath() {
        for line in ["Ana\rLima", "Zoë met Ana Lima"] {
            Array(line.utf8).withUnsafeBufferPointer { XCTAssertFalse(MentionLineBytes.applies($0)) }
        }
    }

    /// A vault where one person is named and linked everywhere.
    func heavyIndex(notes: Int, extra: [String: String] = [:]) -> VaultIndex {
        var parsed = [parseNote("---\ntype: people\naliases: [Jay]\n---\n# Jason Vallery\n", path: "People/Jason Vallery.md"),
                      parseNote("---\ntype: people\n---\n# Ana Lima\n", path: "People/Ana Lima.md")]
        for i in 0..<notes {
            parsed.append(parseNote("""
            # Meeting \(i)
            With [[Jason Vallery]] and [[Ana Lima]].
            **Jason Vallery**: plan for week \(i); Jay agrees.
            `Jason Vallery` in code, #JasonVallery tag, jason vallery again.
            """, path: "Meetings/\(1000 + i).md"))
        }
        for (path, text) in extra { parsed.append(parseNote(text, path: path)) }
        return VaultIndex(root: "/v", parsed: parsed)
    }

    func testACancelledSearchReturnsNothingAndAnUncancelledOneAll() {
        let index = heavyIndex(notes: 600)
        let person = "People/Jason Vallery.md"
        XCTAssertNil(UnlinkedMentions.find(of: person, in: index, filter: nil, isCancelled: { true }))
        let all = UnlinkedMentions.find(of: person, in: index, filter: MentionFilter(index), isCancelled: { false })
        XCTAssertEqual(all, index.unlinkedMentions(of: person))
        XCTAssertEqual(all?.count, 1_200, "two lines of each meeting name him (code and tags do not)")
        // The filter may keep a note that does not name him (it never drops one that does).
        XCTAssertTrue((600...601).contains(UnlinkedMentions.candidates(of: person, in: index, filter: MentionFilter(index))))
        XCTAssertEqual(UnlinkedMentions.candidates(of: person, in: index, filter: nil), index.notes.count - 1)
    }

    func testMentionsCarriedAcrossAnUpdateEqualASearchOfTheNewIndex() throws {
        let person = "People/Jason Vallery.md"
        let old = heavyIndex(notes: 40)
        let found = old.unlinkedMentions(of: person)
        let root = NSTemporaryDirectory() + "kith-mention-update-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: root) }
        // The same vault on disk, then edited: one note changed, one added, one removed.
        let disk = try VaultFixture(root: root, index: old)
        var index = try VaultLoader.load(root: root)
        let before = index.unlinkedMentions(of: person)
        XCTAssertEqual(UnlinkedMentions.updated(before, of: person, from: index, to: index), before)
        try disk.write("Meetings/1003.md", "# Meeting 3\nNo one today.\n")
        try disk.write("Notes/New.md", "# New\nJason Vallery, again.\n")
        try disk.remove("Meetings/1007.md")
        let (next, _) = index.updated(changing: ["Meetings/1003.md", "Notes/New.md", "Meetings/1007.md"])
        let carried = try XCTUnwrap(UnlinkedMentions.updated(before, of: person, from: index, to: next))
        XCTAssertEqual(carried, next.unlinkedMentions(of: person))
        XCTAssertEqual(carried.count, found.count - 4 + 1)
        // A renamed person is searched again.
        try disk.write("People/Jason Vallery.md", "---\ntype: people\n---\n# Jason Vallery\n")
        index = next
        let (renamed, _) = index.updated(changing: ["People/Jason Vallery.md"])
        XCTAssertNil(UnlinkedMentions.updated(carried, of: person, from: index, to: renamed), "an alias went away")
    }

    func testBacklinkSourcesAreOnePerNoteInPathOrder() {
        let index = heavyIndex(notes: 300)
        let person = "People/Jason Vallery.md"
        let all = index.backlinks(to: person)
        var firsts: [Backlink] = []
        for b in all where firsts.last?.source != b.source { firsts.append(b) }
        XCTAssertEqual(index.backlinkSources(to: person), firsts)
        XCTAssertEqual(index.backlinkSources(to: person).count, 300)
        XCTAssertEqual(index.backlinkCount(to: person), all.count)
        XCTAssertEqual(index.interactions(of: person) { _ in true }, index.interactions(of: person))
    }

    /// Co-attendees by note ID equal them by the interactions' targets (what the card showed
    /// before), over random vaults with every kind of source, edited as live reload edits.
    func testCoAttendeesByIDEqualThoseFromTheInteractionsTargets() throws {
        func reference(_ index: VaultIndex, _ person: String) -> [String] {
            var transcripts = Set<String>()
            for i in index.interactions(of: person) {
                if let t = i.target, index.note(t)?.kind == .transcript { transcripts.insert(t) }
            }
            var counts: [String: Int] = [:]
            for t in transcripts {
                for p in index.participants(of: t, includingOwner: true) where p != person && !index.isOwner(p) {
                    counts[p, default: 0] += 1
                }
            }
            return counts.sorted { a, b in
                let (ka, kb) = (NameOrder.key(index.note(a.key)!.name), NameOrder.key(index.note(b.key)!.name))
                return a.value != b.value ? a.value > b.value : ka != kb ? ka < kb : a.key < b.key
            }.map { "\($0.key)=\($0.value)" }
        }
        var compared = 0
        for seed in UInt64(1)...3 {
            let vault = try RandomVault(seed: seed)
            defer { vault.remove() }
            var index = try VaultLoader.load(root: vault.root)
            for step in 0..<25 {
                for p in index.people {
                    let got = index.coAttendees(of: p.path).map { "\($0.path)=\($0.shared)" }
                    XCTAssertEqual(got, reference(index, p.path), "seed \(seed) step \(step) \(p.path)")
                    compared += got.count
                }
                var changed: [String] = []
                _ = vault.randomEdit(&changed)
                index = index.updated(changing: changed).0
            }
        }
        XCTAssertGreaterThan(compared, 100)
    }
}

/// An index's notes written to a folder, to load and edit as a vault.
struct VaultFixture {
    let root: String

    init(root: String, index: VaultIndex) throws {
        self.root = root
        for n in index.notes { try write(n.path, n.parsed.text) }
    }

    func write(_ rel: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + rel)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove(_ rel: String) throws { try FileManager.default.removeItem(atPath: root + "/" + rel) }
}
