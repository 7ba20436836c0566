import KithCore
@testable import KithUI

/// A vault of people who keep their contact details as properties (no Profile sections but
/// one), with birthdays around the turn of the year and meetings before and after "today"
/// (2026-12-20): what the card's Properties block and the Recent view's Upcoming group show.
///
/// Facts: within 7 days of 2026-12-20 come Cleo Park's birthday (today, 41), Ana Lima's
/// (Dec 22, turns 36), the Planning meeting (Dec 23; Ana, Ben, Zoë) and, when `anniversary`
/// is configured as yearly, Ana's anniversary (Dec 27, 11 years). Ben's `--01-03` birthday is
/// 14 days away; Dan's birthday is a link, not a date.
enum ContactVault {
    static let today = CalendarDate(year: 2026, month: 12, day: 20)!

    static let files: [(String, String)] = [
        ("People/Ana Lima.md", """
        ---
        tags: [people, friend]
        hobbies: [climbing, chess]
        Company: "[[Obsidian]]"
        role: Staff Engineer
        Birthday: 1990-12-22
        last_contact: 2026-12-01
        phone: "+49 151 2345 678"
        email: ana@example.com
        website: https://ana.dev
        anniversary: 2015-12-27
        ---
        # Ana Lima

        Met through the Berlin meetup.
        """),
        ("People/Ben Cohen.md", """
        ---
        tags: [people]
        birthday: --01-03
        org: Acme
        last_contact: 2026-12-10
        ---
        # Ben Cohen

        ## Profile
        **Role**: CTO at Initech
        """),
        ("People/Cleo Park.md", """
        ---
        tags: [people]
        birthday: 1985-12-20
        organization: Fernwood
        last_contact: 2026-06-01
        ---
        # Cleo Park
        """),
        ("People/Dan Roe.md", """
        ---
        tags: [people]
        Birthday: "[[July 22nd]]"
        last_contact: 2026-11-30
        ---
        # Dan Roe
        """),
        ("People/Zoë Ñúñez.md", """
        ---
        tags: [people]
        birthday: 2000-02-29
        last_contact: 2026-12-10
        ---
        # Zoë Ñúñez
        """),
        ("Meetings/2026-12-23 - Planning.md", """
        ---
        type: meeting
        ---
        # Planning

        With [[Ana Lima]], [[Ben Cohen]] and [[Zoë Ñúñez]].
        """),
        ("Meetings/2026-12-10 - Retro.md", """
        ---
        type: meeting
        ---
        # Retro

        With [[Ben Cohen]] and [[Zoë Ñúñez]].
        """),
        ("Organizations/Obsidian.md", "# Obsidian\n\nMakers of the app.\n"),
    ]

    static func index() -> VaultIndex {
        VaultIndex(root: "/vault", parsed: files.map { NoteParser.parse(path: $0.0, bytes: Array($0.1.utf8)) })
    }

    /// A loaded app at a size; `yearly` as the config's `yearly` list.
    static func state(cols: Int, rows: Int, yearly: [String] = []) -> AppState {
        var (s, _) = AppState.start(vaultName: "~/contacts", today: today, cols: cols, rows: rows)
        s.yearlyKeys = yearly
        s = KithApp.update(s, .indexLoaded(index())).0
        if case .loaded(let n, _) = s.status { s.status = .loaded(notes: n, seconds: 0.01) }
        return s
    }
}
