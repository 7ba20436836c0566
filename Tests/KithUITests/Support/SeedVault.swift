import KithCore
@testable import KithUI

/// The seed person (`Deandre Jackson`, exactly as the user's vault has her note) with the notes
/// around her: the transcripts her Recent Context links, the owner (Jason Vallery) and the
/// colleagues she meets, a daily note and a meeting with open tasks. For the brief: it must
/// fit 80×24 for her.
enum SeedVault {
    /// Two weeks after her last contact.
    static let today = CalendarDate(year: 2025, month: 11, day: 12)!

    static let person = """
    ---
    type: people
    title: Deandre Jackson
    last_contact: '2025-10-30'
    created: '2026-01-03'
    tags:
    - type/people
    - generated
    ---

    # Deandre Jackson

    ## Recent Context

    - 2025-10-30: [[Sources/Transcripts/2025/2025-10-30 - Intro 1-1 between Jason and Dre. Dre outlined SE enablement cadence and an S3Ob.md|Intro 1-1 between Jason and Dre. Dre outlined SE enablement cadence and an S3Ob]] — Intro 1-1 between Jason and Dre. Dre outlined SE enablement cadence and an S3/Object course he built...

    - 2025-10-30: [[2025-10-30 - Intro 1-1 between Jason and Dre. Dre outlined SE enablement cadence and an S3Ob]] - Intro 1:1 between Jason Vallery and Deandre (Dre) Jackson aligning on cloud enablement messaging and...
    - 2025-10-30: [[2025-10-30 - Weekly SE community call covering end-of-quarter push, Tech Summit logistics, an]] - Weekly SE community call focused on end-of-quarter execution, Tech Summit logistics/expense policy, ... (via SRE)
    - 2025-10-27: [[2025-10-27 - Jason and Jeff aligned on near-term focus synthesize a cloud pipeline view and]] - Weekly 1:1 between Jason Vallery and Jeff Denworth aligning near-term cloud priorities: build a synt... (via Jeff Denworth)

    ## Profile

    **Role**: Technical Enablement Director at VAST Data (Enablement (SE enablement))
    **Relationship**: Internal collaborator; 1:1 counterpart

    **Background**:
    - Runs SE enablement cadence; weekly SE call alternating technical sales upskilling and leadership updates; created a multi-part S3/Object course (fundamentals + sales scenarios; deep-dive WIP). Team recently added 2 people and is hiring 2 more.
    - Provided Tech Summit logistics updates (agenda email, hotel confirmations, evening events) and owned multiple event-related follow-ups.
    - Named as a key internal contact to engage; part of weekly rhythm list.

    ## Key Facts

    - Deandre Jackson is Technical Enablement Director; team recently added 2 heads and is hiring 2 more.
    - Weekly SE call alternates technical sales upskilling and leadership updates, with 10-minute competitive/pitch segments.
    - Jason Vallery is ex-Microsoft Azure object storage PM; supported OpenAI; now owns PM for VAST cloud and frontier model builders and reports to Jeff Denworth.
    - No transactable VAST cloud marketplace today; current path is private offers with Google; roadmap aims to unlock AWS/Azure.
    - GPU scarcity at hyperscalers limits near-term third-party cloud opportunities; OpenAI and Microsoft first-party are prioritized.
    - Dre built a multi-part S3/Object course (fundamentals + sales scenarios; deep-dive WIP) and requested feedback.
    - Jeff’s vision described: VAST on Cloud as a SaaS overlay using CSP object capacity with VAST performance and RDMA to GPUs.
    - MinIO often wins on price for low-cost object workloads; VAST should focus on performance-qualified workloads.
    - Current selling guidance mentioned: avoid sub-500TB deals; Dre questions whether this misses earlier enterprise growth.
    - SEs are cautious discussing unreleased features; perceived code lateness reduces confidence.

    ## Topics

    SE enablement cadence and curriculum design (S3/Object), VAST cloud status and internal messaging (marketplace vs private offers), Workload-centric selling vs feature-centric object discussions, GPU scarcity and hyperscaler prioritization dynamics, Competitive positioning vs MinIO and qualification guidance, TechSummit attendance and coordination, Cloud alignment and synthesized pipeline/requirements across major clouds, Microsoft prioritization and ROI narrative, Google TPU partnership strategy and competitive positioning vs Google first-party storage, OpenAI engagement timing and deferring alignment, Pricing/consumption model vs prepaid commitments; on-prem utilization risk, Org structure changes and meeting cadence/1:1s, Slack presence and internal channels (pre-sales, cloud deployment threads), Tech Summit content ownership and expectations, Supercomputing meeting planning and small-group with Nidhi

    ## Key Decisions

    - ✅ Anchor enablement on workload scenarios rather than generic object features.
    - ✅ Avoid engaging in price-only competitions (e.g., MinIO) unless the workload merits VAST’s performance/value.
    - ✅ Do not run an OpenAI alignment session until OpenAI engages.
    - ✅ Primary focus is Microsoft while simultaneously investing in a Google TPU strategy.
    - ✅ Lior Genzel focuses on hyperscalers and also has sell-to obligations; Mordechai Blaunstein covers second-tier clouds.
    - ✅ Pricing/consumption discussion must include Brett.
    - ✅ Introduce an SE Toolbox segment approximately monthly.
    - ✅ Set Tech Summit evening events: Day 1 reception, Day 2 OPA tavern, Day 3 Sportsplex gaming event with prizes.
    - ✅ Enforce strict no-expense policy outside official Tech Summit events.
    - ✅ SEs own driving UserCon attendance by working with AEs and customers.

    ## Related Projects

    - [[Cloud]]

    ## Related

    <!-- Wikilinks to related entities -->
    """

    static let files: [String: String] = [
        "People/Deandre Jackson.md": person,
        "People/Jason Vallery.md": "---\ntype: people\ntags: [type/people, me]\n---\n# Jason Vallery\n\n## Profile\n**Role**: Product Manager at VAST Data\n",
        "People/Jeff Denworth.md": "---\ntype: people\n---\n# Jeff Denworth\n\n## Profile\n**Role**: Co-founder at VAST Data\n",
        "People/Nidhi Shah.md": "---\ntype: people\n---\n# Nidhi Shah\n\n## Profile\n**Role**: Research lead at Supermicro\n",
        "People/Lior Genzel.md": "---\ntype: people\n---\n# Lior Genzel\n\n## Profile\n**Role**: Hyperscaler lead at VAST Data\n",
        "Sources/Transcripts/2025/2025-10-30 - Intro 1-1 between Jason and Dre. Dre outlined SE enablement cadence and an S3Ob.md": """
        ---
        type: transcript
        date: 2025-10-30
        participants: ["[[Deandre Jackson]]", "[[Jason Vallery]]"]
        ---
        # Intro 1-1 between Jason and Dre

        ## Summary
        Dre outlined the SE enablement cadence and an S3/Object course he built.

        ## Action items
        - [ ] Dre to share the S3/Object course outline
        - [ ] Ask [[Jeff Denworth]] about the private offer timeline
        """,
        "Sources/Transcripts/2025/2025-10-30 - Weekly SE community call covering end-of-quarter push, Tech Summit logistics, an.md": """
        ---
        type: transcript
        date: 2025-10-30
        ---
        # Weekly SE community call

        With [[Deandre Jackson]], [[Jason Vallery]], [[Lior Genzel]] and [[Nidhi Shah]].
        """,
        "Sources/Transcripts/2025/2025-10-27 - Jason and Jeff aligned on near-term focus synthesize a cloud pipeline view and.md": """
        ---
        type: transcript
        date: 2025-10-27
        ---
        # Jason and Jeff aligned on near-term focus

        With [[Jason Vallery]], [[Jeff Denworth]] and [[Deandre Jackson]].
        """,
        "Sources/Transcripts/2025/2025-09-18 - SE toolbox planning.md": """
        ---
        type: transcript
        date: 2025-09-18
        ---
        # SE toolbox planning

        With [[Deandre Jackson]], [[Lior Genzel]], [[Jason Vallery]].
        """,
        "Daily/2025-11-03.md": """
        # 2025-11-03

        - [ ] Send [[Deandre Jackson]] feedback on the S3/Object course
        - [x] Book the Tech Summit hotel
        - [ ] Call [[Nidhi Shah]] about Supercomputing
        """,
    ]

    static func index() -> VaultIndex {
        let parsed = files.map { DocVault.parse(path: $0.key, text: $0.value) }
        return VaultIndex(root: "/vault", parsed: parsed)
    }
}
