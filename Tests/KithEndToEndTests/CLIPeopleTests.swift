import Foundation
import XCTest

/// `kith people`, `kith stale` and `kith timeline` against the sample vault's facts.
final class CLIPeopleTests: XCTestCase {
    static let personKeys = ["name", "path", "last_contact", "last_contact_derived", "last_contact_source", "role",
                             "organization", "tags", "aliases", "interactions", "monthly"]

    func testPeopleDefaultOrderIsMostRecentFirst() throws {
        let r = try CLI.sample(["people", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let people = try r.objects()
        let names = people.compactMap { $0.str("name") }
        // Andre (written) and Mara (from the 1-1 transcript) share 2026-11-24: by name. Tomás was met
        // on 2026-11-20 (a daily note); Marcus's 2025-05-22 is behind the 2026-10-22 retro.
        XCTAssertEqual(Array(names.prefix(4)), ["Andre Okafor", "Mara Lindqvist", "Ben Cartwright", "Tomás Ferreira"])
        XCTAssertEqual(names, ["Andre Okafor", "Mara Lindqvist", "Ben Cartwright", "Tomás Ferreira", "Zoë Ñúñez",
                               "Hannah Weiss", "Liam O'Brien", "Priya Raman", "Sofia Marchetti", "Ingrid Halvorsen",
                               "Marcus Bell", "Nadia Petrova", "José García", "王小明", "佐藤花子"])
        XCTAssertEqual(people.compactMap { $0.int("interactions") }, [7, 19, 4, 1, 4, 5, 7, 8, 5, 2, 3, 2, 3, 2, 2])
        // Dates never go up, undated last.
        let dates = people.map { $0.str("last_contact") }
        let dated = dates.prefix { $0 != nil }.compactMap { $0 }
        XCTAssertEqual(dated, dated.sorted(by: >))
        XCTAssertTrue(dates.dropFirst(dated.count).allSatisfy { $0 == nil })
    }

    func testPeopleJSONFields() throws {
        let people = try CLI.sample(["people", "--json"]).objects()
        for p in people {
            XCTAssertEqual(Set(p.keys), Set(Self.personKeys), "\(p)")
            XCTAssertNotNil(p["tags"] as? [String])
            XCTAssertNotNil(p["aliases"] as? [String])
        }
        let andre = try XCTUnwrap(people.first { $0.str("name") == "Andre Okafor" })
        XCTAssertEqual(andre.str("path"), "People/Andre Okafor.md")
        XCTAssertEqual(andre.str("last_contact"), "2026-11-24")
        XCTAssertEqual(andre["last_contact_derived"] as? Bool, false)
        XCTAssertEqual(andre.str("last_contact_source"), "property")
        XCTAssertEqual(andre.str("role"), "Engineering Manager")
        XCTAssertEqual(andre.str("organization"), "Fernwood Labs")
        XCTAssertEqual(andre["tags"] as? [String], ["type/people", "team/platform", "fernwood"])
        XCTAssertEqual(andre["aliases"] as? [String], ["Dre"])
        XCTAssertEqual(andre.int("interactions"), 7)

        let mara = try XCTUnwrap(people.first { $0.str("name") == "Mara Lindqvist" })
        XCTAssertEqual(mara.str("last_contact"), "2026-11-24")
        XCTAssertEqual(mara["last_contact_derived"] as? Bool, true)
        XCTAssertEqual(mara.str("last_contact_source"), "interaction")

        // last_contact 2025-05-22 is written, but the 2026-10-22 retro that links him is newer.
        let marcus = try XCTUnwrap(people.first { $0.str("name") == "Marcus Bell" })
        XCTAssertEqual(marcus.str("last_contact"), "2026-10-22")
        XCTAssertEqual(marcus.str("last_contact_source"), "interaction")

        let tomas = try XCTUnwrap(people.first { $0.str("name") == "Tomás Ferreira" })
        XCTAssertEqual(tomas.str("path"), "People/Conferences/Tomás Ferreira.md")
        XCTAssertEqual(tomas.str("last_contact"), "2026-11-20", "met in the 2026-11-20 daily note")
        XCTAssertEqual(tomas.int("interactions"), 1)
        XCTAssertTrue(try XCTUnwrap(people.first { $0.str("name") == "Hannah Weiss" }).str("last_contact") == "2026-11-06",
                      "an open task in a daily note is not a contact")
    }

    func testPeopleTagFilterIsNestedAndCaseInsensitive() throws {
        let customers = try CLI.sample(["people", "--tag", "Customer", "--json"]).objects().compactMap { $0.str("name") }
        XCTAssertEqual(Set(customers), ["José García", "Marcus Bell", "Ingrid Halvorsen", "王小明", "佐藤花子"])
        let hikari = try CLI.sample(["people", "--tag", "#customer/hikari", "--json"]).objects().compactMap { $0.str("name") }
        XCTAssertEqual(Set(hikari), ["王小明", "佐藤花子"])
        // `custom` is a prefix of the word, not a parent tag.
        XCTAssertEqual(try CLI.sample(["people", "--tag", "custom", "--json"]).stdout, "[]\n")
    }

    func testPeopleSortByName() throws {
        let names = try CLI.sample(["people", "--sort", "name", "--json"]).objects().compactMap { $0.str("name") }
        XCTAssertEqual(names.first, "Andre Okafor")
        let folded = names.map { $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        XCTAssertEqual(folded, folded.sorted())
    }

    func testPeopleTextIsAlignedByDisplayWidth() throws {
        let r = try CLI.sample(["people", "--today", "2026-11-25"])
        XCTAssertEqual(r.status, 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("NAME"), lines[0])
        XCTAssertFalse(r.stdout.contains("\u{1B}["), "no colors in a pipe")
        XCTAssertTrue(lines.allSatisfy { !$0.hasSuffix(" ") }, "no trailing blanks")
        // The LAST CONTACT column starts at the same terminal cell in every row, CJK or not.
        let column = cells(before: "LAST CONTACT", in: lines[0])
        for line in lines.dropFirst() where line.contains("2026-") {
            let dateStart = line.range(of: "20[0-9]{2}-", options: .regularExpression)!.lowerBound
            XCTAssertEqual(cells(line[..<dateStart]), column, line)
        }
        let andre = try XCTUnwrap(lines.first { $0.hasPrefix("Andre Okafor") })
        XCTAssertTrue(andre.contains("2026-11-24"), andre)
        XCTAssertTrue(andre.contains(" 1d "), andre)
    }

    func testStaleWithToday() throws {
        let r = try CLI.sample(["stale", "--today", "2026-11-25", "--days", "90", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let stale = try r.objects()
        let names = stale.compactMap { $0.str("name") }
        // Only 佐藤花子 (104 days): Marcus Bell's written 2025-05-22 is behind the 2026-10-22 retro.
        XCTAssertEqual(names, ["佐藤花子"])
        XCTAssertEqual(stale[0].str("last_contact"), "2026-08-13")
        XCTAssertEqual(stale[0].int("days_since"), 104)
        XCTAssertEqual(stale[0].str("last_contact_source"), "property")
        let longer = try CLI.sample(["stale", "--today", "2026-11-25", "--days", "60", "--json"]).objects()
        XCTAssertEqual(longer.compactMap { $0.str("name") }, ["佐藤花子", "王小明", "José García"])
        let days = longer.compactMap { $0.int("days_since") }
        XCTAssertEqual(days, days.sorted(by: >), "oldest first")
        // Seen from a day before the retro, Marcus's newest contact was the 2026-02-12 review.
        let before = try CLI.sample(["stale", "--today", "2026-10-21", "--days", "90", "--json"]).objects()
        let marcus = try XCTUnwrap(before.first { $0.str("name") == "Marcus Bell" })
        XCTAssertEqual(marcus.str("last_contact"), "2026-02-12")
        XCTAssertEqual(marcus.int("days_since"), 251)

        // Everyone dated is fresh on the day of their contact, long before the vault's present.
        let early = try CLI.sample(["stale", "--today", "2025-05-23", "--json"]).objects()
        XCTAssertFalse(early.contains { $0.str("name") == "Marcus Bell" })
    }

    func testTimelineFilters() throws {
        let all = try CLI.sample(["timeline", "--json"]).objects()
        XCTAssertFalse(all.isEmpty)
        for e in all {
            XCTAssertEqual(Array(e.keys).filter { ["date", "person", "person_path", "target", "label", "summary", "via"].contains($0) }.count, 7)
        }
        let dates = all.compactMap { $0.str("date") }
        XCTAssertEqual(dates, dates.sorted(by: >), "newest first")

        let november = try CLI.sample(["timeline", "--since", "2026-11-01", "--until", "2026-11-30", "--json"]).objects()
        XCTAssertFalse(november.isEmpty)
        XCTAssertTrue(november.allSatisfy { ($0.str("date") ?? "") >= "2026-11-01" && ($0.str("date") ?? "") <= "2026-11-30" })
        XCTAssertEqual(november.first?.str("date"), "2026-11-24")

        let dre = try CLI.sample(["timeline", "--person", "Dre", "--json"]).objects()
        XCTAssertTrue(dre.allSatisfy { $0.str("person") == "Andre Okafor" && $0.str("person_path") == "People/Andre Okafor.md" })
        // Same day: the daily note's line 9 before the Recent Context bullet's line 18.
        XCTAssertEqual(dre.first?.str("origin"), "daily")
        XCTAssertEqual(dre.first?.str("target"), "Daily/2026-11-24.md")
        let first = try XCTUnwrap(dre.dropFirst().first)
        XCTAssertEqual(first.str("date"), "2026-11-24")
        XCTAssertEqual(first.str("origin"), "recent_context")
        XCTAssertEqual(first.str("label"), "1-1 Mara and Dre")
        XCTAssertEqual(first.str("target"), "Sources/Transcripts/2026/2026-11-24 - 1-1 Mara and Dre.md")
        let kickoff = try XCTUnwrap(dre.first { $0.str("date") == "2026-04-16" })
        XCTAssertEqual(kickoff.str("via"), "Priya Raman")
        XCTAssertTrue(first.isNull("via"))
    }

    /// Terminal cells taken by `s`, counting East Asian wide characters as two.
    private func cells(_ s: Substring) -> Int {
        s.unicodeScalars.reduce(0) { n, u in
            let v = u.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v)
            let mark = (0x300...0x36F).contains(v)
            return n + (mark ? 0 : wide ? 2 : 1)
        }
    }

    private func cells(before header: String, in line: String) -> Int {
        cells(line[..<line.range(of: header)!.lowerBound])
    }
}
