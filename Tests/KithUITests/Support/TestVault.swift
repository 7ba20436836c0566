import KithCore
@testable import KithUI

/// A small vault in memory: people (one with a wide-character name, one with accents, one
/// stale), transcripts, a project and an organization, and one unresolved link.
enum TestVault {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    static let files: [(String, String)] = [
        ("People/Deandre Jackson.md", """
        ---
        title: Deandre Jackson
        last_contact: '2026-11-20'
        aliases: [Dre]
        tags: [people, enablement]
        ---
        # Deandre Jackson

        ## Recent Context
        - 2026-11-20: [[2026-11-20 - Intro 1-1 between Jason and Dre|Intro 1-1 between Jason and Dre]] — Dre outlined the SE enablement cadence and an S3/Object course he built
        - 2026-11-12: [[2026-11-12 - Weekly SE community call|Weekly SE community call]] — Covered the new field playbook (via Jason Vallery)
        - 2026-10-02: [[Offsite planning notes]] — Draft agenda for the offsite

        ## Profile
        **Role**: Technical Enablement Director at VAST Data (Enablement)
        **Relationship**: Internal collaborator; 1:1 counterpart

        ## Key Facts
        - Team recently added 2 heads and is hiring 2 more.
        - Weekly SE call alternates technical sales upskilling and product deep dives with guests from [[Cloud Migration]].

        ## Related Projects
        - [[Cloud Migration]]
        """),
        ("People/Jason Vallery.md", """
        ---
        last_contact: 2026-11-20
        tags: [people]
        ---
        # Jason Vallery

        ## Recent Context
        - 2026-11-20: [[2026-11-20 - Intro 1-1 between Jason and Dre|Intro 1-1]] — First 1:1 with Dre

        ## Profile
        **Role**: Product Manager at VAST Data
        """),
        ("People/Jeff Denworth.md", """
        ---
        last_contact: 2026-11-12
        ---
        # Jeff Denworth

        ## Profile
        **Role**: Co-founder at VAST Data
        """),
        ("People/王小明.md", """
        ---
        last_contact: 2026-09-01
        ---
        # 王小明

        ## Recent Context
        - 2026-09-01: [[2026-09-01 - 存储架构评审|存储架构评审]] — Storage architecture review

        ## Profile
        **Role**: Storage architect at 阿里巴巴云计算有限公司
        """),
        ("People/Zoë Ñúñez.md", """
        ---
        last_contact: 2025-06-15
        aliases: [Zoe Nunez]
        ---
        # Zoë Ñúñez

        ## Profile
        **Role**: Field CTO at Núñez & Co
        """),
        ("People/Nidhi Shah.md", """
        ---
        last_contact: 2026-07-01
        tags: [people, research]
        ---
        # Nidhi Shah

        ## Recent Context
        - 2026-07-01: Coffee at the summit — talked about research funding

        ## Profile
        **Role**: Research lead at Supermicro Computer
        """),
        ("People/Lior Genzel.md", """
        ---
        tags: [people]
        ---
        # Lior Genzel

        ## Profile
        **Role**: Hyperscaler lead at VAST Data
        """),
        ("Sources/Transcripts/2026/2026-11-20 - Intro 1-1 between Jason and Dre.md", """
        ---
        date: 2026-11-20
        ---
        # Intro 1-1 between Jason and Dre

        Participants: [[Deandre Jackson]], [[Jason Vallery]]

        ## Summary
        Dre outlined the SE enablement cadence and an S3/Object course he built.

        ## Transcript
        Jason Vallery: Thanks for making time. I wanted to hear how enablement works today.
        Deandre Jackson: Sure. We run a weekly call; see [[Field Playbook]] for the outline.
        Jason Vallery: And the course?
        Deandre Jackson: The S3/Object course is in [[Cloud Migration]].
        """),
        ("Sources/Transcripts/2026/2026-11-12 - Weekly SE community call.md", """
        ---
        date: 2026-11-12
        ---
        # Weekly SE community call

        Participants: [[Deandre Jackson]], [[Jeff Denworth]], [[Jason Vallery]]

        ## Summary
        Covered the new field playbook.
        """),
        ("Sources/Transcripts/2026/2026-09-01 - 存储架构评审.md", """
        # 存储架构评审

        Participants: [[王小明]], [[Jeff Denworth]]

        ## Summary
        Storage architecture review with the Alibaba team.
        """),
        ("Projects/Cloud Migration.md", """
        ---
        type: project
        ---
        # Cloud Migration

        Owner: [[Deandre Jackson]]. Customer: [[VAST Data]].
        """),
        ("Organizations/VAST Data.md", """
        # VAST Data

        Storage company.
        """),
    ]

    static func index() -> VaultIndex {
        VaultIndex(root: "/vault", parsed: files.map { MiniParser.parse(path: $0.0, text: $0.1) })
    }

    /// A loaded app at a size.
    static func state(cols: Int, rows: Int) -> AppState {
        var (s, _) = AppState.start(vaultName: "~/vault", today: today, cols: cols, rows: rows)
        s = KithApp.update(s, .indexLoaded(index())).0
        return s
    }
}

/// Drives the app with keys, as a user would.
extension AppState {
    func press(_ keys: Key...) -> AppState { press(keys) }

    func press(_ keys: [Key]) -> AppState {
        keys.reduce(self) { KithApp.update($0, .key($1)).0 }
    }

    func type(_ text: String) -> AppState {
        press(text.map { Key.char($0) })
    }
}
