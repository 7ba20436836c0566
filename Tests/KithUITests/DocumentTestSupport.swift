import Foundation
import KithCore
@testable import KithUI

/// Small in-memory vaults for card, reader and wrap tests.
enum DocVault {
    static func index(_ files: [String: String], attachments: [String] = []) -> VaultIndex {
        let parsed = files.map { path, text in parse(path: path, text: text) }
        return VaultIndex(root: "/vault", parsed: parsed, attachments: attachments)
    }

    static func parse(path: String, text: String) -> ParsedNote {
        NoteParser.parse(path: path, bytes: Array(text.utf8))
    }

    static let seedPerson = """
    ---
    type: people
    title: Deandre Jackson
    last_contact: '2025-10-30'
    created: '2026-01-03'
    tags:
    - type/people
    - generated
    aliases:
    - Dre
    ---

    # Deandre Jackson

    ## Recent Context

    - 2025-10-30: [[Sources/Transcripts/2025/2025-10-30 - Intro 1-1 between Jason and Dre.md|Intro 1-1 between Jason and Dre]] — Intro 1-1 between Jason and Dre. Dre outlined SE enablement cadence and an S3/Object course he built...

    - 2025-10-30: [[2025-10-30 - Intro 1-1 between Jason and Dre]] - Intro 1:1 between Jason Vallery and Deandre (Dre) Jackson aligning on cloud enablement messaging and...
    - 2025-10-30: [[2025-10-30 - Weekly SE community call covering end-of-quarter push]] - Weekly SE community call focused on end-of-quarter execution, Tech Summit logistics/expense policy, ... (via SRE)
    - 2025-10-27: [[2025-10-27 - Jason and Jeff aligned on near-term focus]] - Weekly 1:1 between Jason Vallery and Jeff Denworth aligning near-term cloud priorities: build a synt... (via Jeff Denworth)

    ## Profile

    **Role**: Technical Enablement Director at VAST Data (Enablement (SE enablement))
    **Relationship**: Internal collaborator; 1:1 counterpart

    **Background**:
    - Runs SE enablement cadence; weekly SE call alternating technical sales upskilling and leadership updates; created a multi-part S3/Object course (fundamentals + sales scenarios; deep-dive WIP). Team recently added 2 people and is hiring 2 more.
    - Named as a key internal contact to engage; part of weekly rhythm list.

    ## Key Facts

    - Deandre Jackson is Technical Enablement Director; team recently added 2 heads and is hiring 2 more.
    - Jeff’s vision described: VAST on Cloud as a SaaS overlay using CSP object capacity with VAST performance and RDMA to GPUs.
    - MinIO often wins on price for low-cost object workloads; VAST should focus on performance-qualified workloads.

    ## Topics

    SE enablement cadence and curriculum design (S3/Object), VAST cloud status and internal messaging (marketplace vs private offers), Workload-centric selling vs feature-centric object discussions, GPU scarcity and hyperscaler prioritization dynamics

    ## Key Decisions

    - ✅ Anchor enablement on workload scenarios rather than generic object features.
    - ✅ Avoid engaging in price-only competitions (e.g., MinIO) unless the workload merits VAST’s performance/value.

    ## Gift Ideas

    - Likes **single-origin** coffee

    ## Related Projects

    - [[Cloud]]

    ## Related

    <!-- Wikilinks to related entities -->
    """

    static let introTranscript = """
    ---
    type: transcript
    date: 2025-10-30
    participants: ["[[Deandre Jackson]]", "[[Jason Vallery]]"]
    ---
    # Intro 1-1 between Jason and Dre

    ## Summary
    Dre outlined the SE enablement cadence with [[Deandre Jackson]] and [[Jason Vallery]].
    """

    /// A vault around the seed person: transcripts, a colleague, a project, notes.
    static func seedVault() -> VaultIndex { index(seedFiles) }

    /// The files of `seedVault()`, for tests that add to it.
    static let seedFiles: [String: String] = [
        "People/Deandre Jackson.md": seedPerson,
        "People/Jason Vallery.md": "---\ntype: people\n---\n# Jason Vallery\n\nWorks with [[Deandre Jackson]].\n",
        "Sources/Transcripts/2025/2025-10-30 - Intro 1-1 between Jason and Dre.md": introTranscript,
        "Sources/Transcripts/2025/2025-10-27 - Jason and Jeff aligned on near-term focus.md":
            "---\ntype: transcript\n---\n# Jason and Jeff\n\nWith [[Jason Vallery]].\n",
        "Sources/Transcripts/2025/2025-09-01 - Kickoff.md":
            "---\ntype: transcript\n---\n# Kickoff\n\nAttendees: [[Deandre Jackson]], [[Jason Vallery]]\n",
        "Projects/Cloud.md": "# Cloud\n\nOwner: [[Deandre Jackson]]\n",
        "Notes/Ideas.md": "# Ideas\n\nAsk [[Deandre Jackson|Dre]] about the course.\n",
    ]
}

/// Just enough of a Markdown parser for tests while `NoteParser` is a placeholder.
