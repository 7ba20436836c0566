import XCTest
@testable import KithCore

/// What the relationship workflows read from the index: contacts per month, organizations,
/// a person's brief, and summaries without the date and title their row already shows.
final class WorkflowsCoreTests: XCTestCase {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    static let files: [(String, String)] = [
        ("People/Ana Lima.md", """
        ---
        type: people
        email: ana@example.com
        phone: "+49 151 2345 678"
        website: ana.dev
        birthday: 1990-12-22
        company: "[[Obsidian]]"
        role: Staff Engineer
        aliases: [Ana]
        ---
        # Ana Lima

        ## Recent Context
        - 2026-11-20: [[2026-11-20 Planning]] — planned the launch
        - 2026-10-02: Coffee — talked about climbing
        - 2025-12-01: Call — first call
        - 2025-11-30: Call — outside the twelve months

        ## Key Decisions
        - ✅ Ship in December.
        - [x] Two engineers on the sprint.
          - a detail, not a decision
        - Keep the old API for a year.

        ## Topics
        Climbing, launches (dates, scope), hiring

        ## Notes
        - [ ] Send Ana the contract
        """),
        ("People/Ben Cohen.md", "---\ntype: people\ncompany: obsidian\n---\n# Ben Cohen\n"),
        ("People/Zoë Ñúñez.md", "---\ntype: people\norganization: Obsídian \n---\n# Zoë Ñúñez\n"),
        ("People/Me.md", "---\ntype: people\nme: true\ncompany: Acme Corp\n---\n# Me\n"),
        ("People/Carl.md", "---\ntype: people\ncompany: Acme  corp\nlast_contact: 2026-01-01\ncadence: 30d\n---\n# Carl\n"),
        ("Organizations/Obsidian.md", "---\ntype: organization\naliases: [Dynalist]\n---\n# Obsidian\n"),
        ("Organizations/Nobody Inc.md", "---\ntype: company\n---\n# Nobody Inc\n"),
        ("Meetings/2026-11-20 Planning.md", """
        ---
        type: meeting
        attendees: ["[[Ana Lima]]", "[[Ben Cohen]]", "[[Me]]"]
        ---
        # Planning

        - [ ] Draft the launch post
        - [ ] Ask [[Ben Cohen]] for the budget
        - [x] Book the room
        """),
        ("Meetings/2026-12-02 Review.md", "---\ntype: meeting\nattendees: [\"[[Ana Lima]]\", \"[[Me]]\"]\n---\n# Review\n"),
        ("Daily/2026-11-21.md", "- [ ] Call [[Ana Lima]] about the invoice\n- [ ] Pay rent\n- met:: [[Ben Cohen]]\n"),
    ]

    static let index = VaultIndex(root: "/v", parsed: files.map { NoteParser.parse(path: $0.0, bytes: Array($0.1.utf8)) })

    func testMonthlyCountsPastInteractionsOfTheLastTwelveMonthsOldestFirst() {
        let m = Self.index.monthlyInteractions(of: "People/Ana Lima.md", today: Self.today)
        // Dec 2025 … Nov 2026: the call of 2025-12-01, the coffee of October, and November's
        // Recent Context bullet and meeting note (one interaction: the bullet points at it);
        // 2025-11-30 is outside, the review of 2026-12-02 is upcoming.
        XCTAssertEqual(m, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1])
        XCTAssertEqual(ContactFrequency.span(today: Self.today), "Dec 2025–Nov 2026")
        XCTAssertEqual(Self.index.monthlyInteractionsByPerson(today: Self.today)["People/Ana Lima.md"], m)
        XCTAssertEqual(Self.index.monthlyInteractions(of: "People/Nobody.md", today: Self.today), Array(repeating: 0, count: 12))
        // January: the window starts in February of the year before.
        let jan = CalendarDate(year: 2027, month: 1, day: 5)!
        XCTAssertEqual(ContactFrequency.span(today: jan), "Feb 2026–Jan 2027")
        XCTAssertEqual(ContactFrequency.slot(of: CalendarDate(year: 2026, month: 2, day: 1)!, today: jan), 0)
        XCTAssertNil(ContactFrequency.slot(of: CalendarDate(year: 2026, month: 1, day: 31)!, today: jan))
        XCTAssertNil(ContactFrequency.slot(of: CalendarDate(year: 2027, month: 1, day: 6)!, today: jan))
    }

    func testOrganizationsMergeSpellingsTakeTheirNoteAndCountPeopleLastContactAndDue() {
        let orgs = Self.index.organizations(policy: ContactPolicy(), today: Self.today)
        XCTAssertEqual(orgs.map(\.name), ["Acme Corp", "Nobody Inc", "Obsidian"])
        let obsidian = orgs[2]
        // `[[Obsidian]]` (a link), `obsidian`, `Obsídian ` are one, named by its note.
        XCTAssertEqual(obsidian.note, "Organizations/Obsidian.md")
        XCTAssertEqual(obsidian.people, ["People/Ana Lima.md", "People/Ben Cohen.md", "People/Zoë Ñúñez.md"])
        XCTAssertEqual(obsidian.lastContact?.description, "2026-11-21", "Ben's inline field in the daily note")
        XCTAssertEqual(obsidian.due, 1, "Zoë was never contacted")
        let acme = orgs[0]
        XCTAssertNil(acme.note)
        XCTAssertEqual(acme.people, ["People/Carl.md", "People/Me.md"], "the owner is one of its people")
        XCTAssertEqual(acme.lastContact?.description, "2026-01-01", "but not of its last contact")
        XCTAssertEqual(acme.due, 1)
        XCTAssertEqual(orgs[1].people, [], "an organization note with no one yet")
        XCTAssertEqual(OrganizationSort.people.sorted(orgs).map(\.name), ["Obsidian", "Acme Corp", "Nobody Inc"])
        XCTAssertEqual(OrganizationSort.lastContact.sorted(orgs).map(\.name), ["Obsidian", "Acme Corp", "Nobody Inc"])
        XCTAssertEqual(OrganizationSort.due.sorted(orgs).map(\.name), ["Acme Corp", "Obsidian", "Nobody Inc"])
        XCTAssertEqual(Self.index.organization(named: "DYNALIST", policy: ContactPolicy(), today: Self.today)?.name, "Obsidian")
        XCTAssertEqual(Organization.key(of: "  Vást   Data "), "vast data")
    }

    func testBriefGathersWhoTheyAreWhatIsOpenAndWhatWasDecided() throws {
        let b = try XCTUnwrap(Self.index.brief(of: "People/Ana Lima.md", policy: ContactPolicy(), today: Self.today))
        XCTAssertEqual(b.profile.role, "Staff Engineer")
        XCTAssertEqual(b.profile.organization, "Obsidian")
        XCTAssertEqual(b.organizationNote, "Organizations/Obsidian.md")
        XCTAssertEqual(b.details.map(\.key), ["email", "phone", "website"])
        XCTAssertEqual(b.details.map(\.values), [["ana@example.com"], ["+49 151 2345 678"], ["ana.dev"]])
        XCTAssertEqual(b.birthday?.next(onOrAfter: Self.today).description, "2026-12-22")
        XCTAssertEqual(b.upcoming?.target, "Meetings/2026-12-02 Review.md")
        // The daily note's open task that links her is a plan, not a contact.
        XCTAssertEqual(b.recent.map { $0.date?.description }, ["2026-11-20", "2026-10-02", "2025-12-01"])
        XCTAssertEqual(b.pastInteractions, 4)
        // Her own task and the daily note's line that links her come first; then the
        // meeting's action item that names no one else. Not: "Pay rent" (a daily note's task
        // about nobody), "Ask Ben" (his), the checked one.
        XCTAssertEqual(b.openItems.map(\.text), ["Call [[Ana Lima]] about the invoice", "Send Ana the contract",
                                                 "Draft the launch post"])
        XCTAssertEqual(b.openItems.map(\.direct), [true, true, false])
        XCTAssertEqual(b.openItems.map(\.path), ["Daily/2026-11-21.md", "People/Ana Lima.md", "Meetings/2026-11-20 Planning.md"])
        XCTAssertEqual(b.decisions.map(\.text), ["Ship in December.", "Two engineers on the sprint.", "Keep the old API for a year."])
        XCTAssertEqual(b.topics, ["Climbing", "launches (dates, scope)", "hiring"])
        XCTAssertEqual(b.metWith.map(\.name), ["Ben Cohen"], "the owner is left out")
        XCTAssertEqual(b.monthly, Self.index.monthlyInteractions(of: "People/Ana Lima.md", today: Self.today))
        XCTAssertNil(Self.index.brief(of: "Organizations/Obsidian.md", policy: ContactPolicy(), today: Self.today))
    }

    func testSummariesLoseTheDateAndTheTitleTheirRowShows() {
        let cut = SummaryText.withoutRepeats
        XCTAssertNil(cut("2026-01-03 - Weekly sync …", "Weekly sync"))
        XCTAssertEqual(cut("2026-01-03 - Weekly sync between Jason and Lucía. Jason and lucía escalated …",
                           "2026-01-03 - Weekly sync between Jason and Lucía. Jason and lucía escala…"),
                       "Jason and lucía escalated …")
        // The seed's: the title was cut short in the link, so the repeat stops at a sentence.
        XCTAssertEqual(cut("Intro 1-1 between Jason and Dre. Dre outlined SE enablement cadence and an S3/Object course he built...",
                           "Intro 1-1 between Jason and Dre. Dre outlined SE enablement cadence and an S3Ob"),
                       "Dre outlined SE enablement cadence and an S3/Object course he built...")
        XCTAssertEqual(cut("2026-01-03: RÉSUMÉ review — went well", "Resume review"), "went well")
        XCTAssertEqual(cut("Weekly synchronous call", "Weekly sync"), "Weekly synchronous call", "a word is not cut")
        XCTAssertEqual(cut("Go-live retro; Ingrid is happy", "2026-10-22 - Kestrel go-live retro"), "Go-live retro; Ingrid is happy")
        XCTAssertEqual(cut("2026-01-031 items", "x"), "2026-01-031 items", "not a date")
        XCTAssertNil(cut("2026-01-03", "Anything"))
        XCTAssertNil(cut(nil, "Anything"))
    }

    func testSampleVaultOrganizationsAndBriefs() throws {
        let i = try VaultLoader.load(root: SampleVaultIndexTests.root)
        let orgs = i.organizations(policy: ContactPolicy(), today: Self.today)
        XCTAssertEqual(orgs.map(\.name), ["Brightwater Logistics", "Fernwood Labs", "Halcyon Cloud", "Hikari Systems",
                                         "Kestrel Health", "Norrland Freight"])
        XCTAssertEqual(orgs.map(\.people.count), [1, 6, 2, 2, 2, 1])
        XCTAssertEqual(orgs.map { $0.lastContact?.description ?? "-" },
                       ["2026-09-10", "2026-11-24", "2026-11-20", "2026-09-02", "2026-10-22", "2026-11-20"])
        XCTAssertEqual(orgs.map(\.due), [1, 0, 0, 1, 0, 0])
        XCTAssertEqual(orgs.map { $0.note != nil }, [true, true, true, true, true, false])
        let dre = try XCTUnwrap(i.brief(of: "People/Andre Okafor.md", policy: ContactPolicy(), today: Self.today))
        XCTAssertEqual(dre.monthly, [1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 3])
        XCTAssertEqual(dre.recent.count, 3)
        XCTAssertEqual(dre.decisions.count, 3)
        XCTAssertEqual(dre.metWith.prefix(4).map(\.name), ["Hannah Weiss", "Liam O'Brien", "Priya Raman", "Sofia Marchetti"])
        let tomas = try XCTUnwrap(i.brief(of: "People/Conferences/Tomás Ferreira.md", policy: ContactPolicy(), today: Self.today))
        XCTAssertEqual(tomas.openItems.map(\.text), ["Reply to [[Tomás Ferreira]] with trial details."])
    }
}
