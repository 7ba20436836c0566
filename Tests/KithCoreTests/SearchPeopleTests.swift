import XCTest
@testable import KithCore

final class SearchPeopleTests: XCTestCase {
    let docs: [SearchDocument] = [
        SearchDocument(path: "People/Zoë Ñúñez.md", name: "Zoë Ñúñez", role: "Staff Engineer",
                       organization: "Acme Corp", tags: ["#friends/close", "team"]),
        SearchDocument(path: "People/José García.md", name: "José García", aliases: ["Pepe"],
                       organization: "Globex", tags: ["friends"]),
        SearchDocument(path: "People/Deandre Jackson.md", name: "Deandre Jackson", tags: ["work/eng"]),
        SearchDocument(path: "People/aDjacent.md", name: "aDjacent"),
        SearchDocument(path: "People/Émile Zola.md", name: "Émile Zola", organization: "ACME Labs"),
        SearchDocument(path: "People/Edgar Poe.md", name: "Edgar Poe", tags: ["friendship"]),
        SearchDocument(path: "People/Fiona Apple.md", name: "Fiona Apple"),
        SearchDocument(path: "Meetings/2025-10-30 Acme sync.md", name: "2025-10-30 Acme sync",
                       tags: ["meeting"], kind: .transcript),
        SearchDocument(path: "Projects/Kith.md", name: "Kith", organization: "Acme Corp", kind: .project),
        SearchDocument(path: "People/Anna Zed.md", name: "Anna Zed"),
        SearchDocument(path: "People/Anna Abe.md", name: "Anna Abe"),
    ]

    lazy var index = PeopleSearch(documents: docs)

    func names(_ query: String, limit: Int? = nil) -> [String] {
        index.search(query, limit: limit).map(\.name)
    }

    func testAccentInsensitiveNameMatchWithPositions() throws {
        let hit = try XCTUnwrap(index.search("zoe nunez").first)
        XCTAssertEqual(hit.name, "Zoë Ñúñez")
        XCTAssertEqual(hit.field, .name)
        XCTAssertEqual(hit.positions, [0, 1, 2, 4, 5, 6, 7, 8])
        XCTAssertEqual(names("jose").first, "José García")
    }

    func testWordStartsRankAboveScatteredMatches() {
        let result = names("dj")
        XCTAssertEqual(Array(result.prefix(2)), ["Deandre Jackson", "aDjacent"])
    }

    func testAliasRoleAndOrganizationFields() throws {
        let alias = try XCTUnwrap(index.search("pepe").first)
        XCTAssertEqual(alias.name, "José García")
        XCTAssertEqual(alias.field, .alias)
        XCTAssertEqual(alias.positions, [])
        XCTAssertEqual(index.search("staff eng").first?.field, .role)
        let org = index.search("globex")
        XCTAssertEqual(org.map(\.name), ["José García"])
        XCTAssertEqual(org.first?.field, .organization)
    }

    func testNamePreferredOnTies() throws {
        // "Kith" matches both the name and nothing else; "acme" matches the transcript's
        // name and organizations elsewhere: each hit reports its best field.
        let hits = index.search("acme")
        XCTAssertEqual(hits.first(where: { $0.name.hasPrefix("2025") })?.field, .name)
        XCTAssertEqual(hits.first(where: { $0.name == "Kith" })?.field, .organization)
    }

    func testTagFilterIncludesNestedTags() {
        XCTAssertEqual(names("tag:friends"), ["José García", "Zoë Ñúñez"])
        XCTAssertEqual(names("tag:#Friends/close"), ["Zoë Ñúñez"])
        XCTAssertEqual(names("tag:close"), [])
        XCTAssertEqual(names("tag:work"), ["Deandre Jackson"])
        XCTAssertEqual(names("tag:friends zoe"), ["Zoë Ñúñez"])
    }

    func testOrgAndKindFilters() {
        XCTAssertEqual(names("org:acme"), ["Émile Zola", "Kith", "Zoë Ñúñez"])
        XCTAssertEqual(names("org:acme kind:person"), ["Émile Zola", "Zoë Ñúñez"])
        XCTAssertEqual(names("kind:transcript"), ["2025-10-30 Acme sync"])
        XCTAssertEqual(names("kind:project|transcript"), ["2025-10-30 Acme sync", "Kith"])
        XCTAssertEqual(names("kind:person zola"), ["Émile Zola"])
    }

    func testFilterOnlyListsByNameAccentInsensitively() {
        let all = names("kind:person")
        XCTAssertEqual(all, ["aDjacent", "Anna Abe", "Anna Zed", "Deandre Jackson", "Edgar Poe",
                             "Émile Zola", "Fiona Apple", "José García", "Zoë Ñúñez"])
        XCTAssertEqual(names("kind:person", limit: 3), ["aDjacent", "Anna Abe", "Anna Zed"])
    }

    func testEqualScoresTieByName() {
        XCTAssertEqual(Array(names("anna").prefix(2)), ["Anna Abe", "Anna Zed"])
    }

    func testLimitKeepsTheBest() {
        let all = index.search("a")
        let top = index.search("a", limit: 4)
        XCTAssertEqual(top, Array(all.prefix(4)))
        XCTAssertEqual(zip(all, all.dropFirst()).filter { $0.score < $1.score }.count, 0)
    }

    func testSessionNarrowingMatchesFreshSearch() {
        let big = PeopleSearch(documents: Self.generated(1000))
        let queries = ["jose garcia", "zoe nunez", "tag:team jo", "org:acme de", "'jack son",
                       "^an ze", "jo !x", "kind:person ma|lu", "ab$c", "tag:te an", "!ab cd",
                       "Ma ri", "org:acme kind:project ki", "ssa"]
        for query in queries {
            for limit in [nil, 7] {
                var session = big.makeSession()
                var typed = ""
                for ch in query {
                    typed.append(ch)
                    XCTAssertEqual(session.search(typed, limit: limit), big.search(typed, limit: limit),
                                   "prefix \"\(typed)\" of \"\(query)\"")
                }
                // Deleting characters (backspace) must reset, not narrow.
                while !typed.isEmpty {
                    typed.removeLast()
                    XCTAssertEqual(session.search(typed, limit: limit), big.search(typed, limit: limit),
                                   "backspace to \"\(typed)\"")
                }
            }
        }
    }

    /// Deterministic documents with accents, aliases, orgs, tags and kinds.
    static func generated(_ count: Int) -> [SearchDocument] {
        let first = ["José", "Zoë", "Anna", "Maria", "Luís", "Deandre", "Øystein", "Marie", "Jon", "Ana"]
        let last = ["García", "Ñúñez", "Zed", "Jackson", "Müller", "Straße", "Lee", "Abe", "Kim"]
        let orgs = ["Acme Corp", "Globex", "Initech", "ACME Labs", nil]
        let tags = ["team", "team/eng", "friends", "work/acme", "teammate"]
        var state: UInt64 = 12345
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        return (0..<count).map { i in
            let name = "\(first[next(first.count)]) \(last[next(last.count)])"
            return SearchDocument(path: "n/\(i).md", name: name,
                                  aliases: next(4) == 0 ? [String(name.reversed())] : [],
                                  role: next(3) == 0 ? "Engineer" : nil,
                                  organization: orgs[next(orgs.count)],
                                  tags: [tags[next(tags.count)]],
                                  kind: NoteKind.allCases[next(NoteKind.allCases.count)])
        }
    }

    /// Thousands of hits are turned into results on all cores: the same hits in the same
    /// order, with the same positions, as the one-worker path used below 2048 hits.
    func testManyHitsBuiltInParallelEqualFewHits() {
        let first = ["José", "Zoë", "Anna", "Jon", "Øystein", "Chloé", "Ahmed", "Mei"]
        let last = ["García", "Ñúñez", "Jackson", "Müller", "Lee", "Abe"]
        let docs = (0..<6000).map { i in
            SearchDocument(path: "People/\(i).md", name: "\(first[i % first.count]) \(last[(i / 8) % last.count]) \(i)",
                           aliases: i % 5 == 0 ? ["Jo \(i)"] : [], role: i % 3 == 0 ? "Engineer" : nil,
                           organization: nil, tags: [], kind: .person)
        }
        let index = PeopleSearch(documents: docs)
        for query in ["j", "o", "a", "e"] {
            let all = index.search(query)
            XCTAssertGreaterThan(all.count, 2047, query)
            XCTAssertEqual(Array(all.prefix(2047)), index.search(query, limit: 2047), query)
            var session = index.makeSession()
            XCTAssertEqual(session.search(query), all, query)
        }
    }
}
