import Foundation
import KithCore
@testable import KithUI

/// Small in-memory vaults for card, reader and wrap tests.
enum TestVault {
    static func index(_ files: [String: String], attachments: [String] = []) -> VaultIndex {
        let parsed = files.map { path, text in parse(path: path, text: text) }
        return VaultIndex(root: "/vault", parsed: parsed, attachments: attachments)
    }

    /// `NoteParser`, or — while it is still the placeholder that finds nothing — a minimal
    /// stand-in good enough for these tests (frontmatter, headings, bullets, wikilinks).
    static func parse(path: String, text: String) -> ParsedNote {
        let real = NoteParser.parse(path: path, bytes: Array(text.utf8))
        let placeholder = real.sections.isEmpty && real.links.isEmpty && real.frontmatter.properties.isEmpty
            && (text.contains("#") || text.contains("[[") || text.hasPrefix("---"))
        return placeholder ? MiniParser.parse(path: path, text: text) : real
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
    static func seedVault() -> VaultIndex {
        index([
            "People/Deandre Jackson.md": seedPerson,
            "People/Jason Vallery.md": "---\ntype: people\n---\n# Jason Vallery\n\nWorks with [[Deandre Jackson]].\n",
            "Sources/Transcripts/2025/2025-10-30 - Intro 1-1 between Jason and Dre.md": introTranscript,
            "Sources/Transcripts/2025/2025-10-27 - Jason and Jeff aligned on near-term focus.md":
                "---\ntype: transcript\n---\n# Jason and Jeff\n\nWith [[Jason Vallery]].\n",
            "Sources/Transcripts/2025/2025-09-01 - Kickoff.md":
                "---\ntype: transcript\n---\n# Kickoff\n\nAttendees: [[Deandre Jackson]], [[Jason Vallery]]\n",
            "Projects/Cloud.md": "# Cloud\n\nOwner: [[Deandre Jackson]]\n",
            "Notes/Ideas.md": "# Ideas\n\nAsk [[Deandre Jackson|Dre]] about the course.\n",
        ])
    }
}

/// Just enough of a Markdown parser for tests while `NoteParser` is a placeholder.
enum MiniParser {
    static func parse(path: String, text: String) -> ParsedNote {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var props: [String: FrontmatterValue] = [:]
        var body = 1
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            body = end + 2
            var key: String?
            for l in lines[1..<end] {
                if l.hasPrefix("- "), let k = key {
                    var items = props[k].map { v -> [FrontmatterValue] in if case .list(let a) = v { return a }; return [] } ?? []
                    items.append(.scalar(unquote(String(l.dropFirst(2)))))
                    props[k] = .list(items)
                } else if let c = l.firstIndex(of: ":") {
                    let k = String(l[..<c]), v = l[l.index(after: c)...].trimmingCharacters(in: .whitespaces)
                    key = k
                    if v.hasPrefix("[") {
                        props[k] = .list(v.dropFirst().dropLast().split(separator: ",").map { .scalar(unquote(String($0))) })
                    } else {
                        props[k] = v.isEmpty ? .list([]) : .scalar(unquote(v))
                    }
                }
            }
        }
        let all = lines.map { Substring($0) }
        let heads = HeadingLocator.headings(in: all, from: body)
        let sections = heads.enumerated().map { i, h -> Section in
            let end = heads[(i + 1)...].first { $0.level <= h.level }.map { $0.line - 1 } ?? lines.count
            return Section(title: h.title, level: h.level, line: h.line, endLine: end, text: "")
        }
        var bullets: [Bullet] = []
        var links: [LinkReference] = []
        for (i, l) in lines.enumerated() where i + 1 >= 2 {
            if i + 1 < body {
                for inner in wikis(l) { links.append(ref(inner, line: i + 1, style: .frontmatter)) }
                continue
            }
            let t = l.drop { $0 == " " }
            if t.hasPrefix("- ") { bullets.append(Bullet(text: String(t.dropFirst(2)), line: i + 1, indent: l.count - t.count)) }
            for inner in wikis(l) { links.append(ref(inner, line: i + 1, style: .wiki)) }
        }
        return ParsedNote(path: path, frontmatter: Frontmatter(properties: props, bodyStartLine: body),
                          sections: sections, bullets: bullets, links: links, text: text)
    }

    static func unquote(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespaces)
        if t.count >= 2, let f = t.first, f == "'" || f == "\"", t.last == f { t = String(t.dropFirst().dropLast()) }
        return t
    }

    static func wikis(_ l: String) -> [String] {
        var out: [String] = []
        var rest = l[...]
        while let o = rest.range(of: "[["), let c = rest[o.upperBound...].range(of: "]]") {
            out.append(String(rest[o.upperBound..<c.lowerBound]))
            rest = rest[c.upperBound...]
        }
        return out
    }

    static func ref(_ inner: String, line: Int, style: LinkStyle) -> LinkReference {
        let parts = inner.split(separator: "|", maxSplits: 1).map(String.init)
        let (target, sub) = LinkContext.split(parts[0])
        return LinkReference(raw: inner, target: target, subpath: sub, label: parts.count > 1 ? parts[1] : nil,
                             style: style, line: line)
    }
}
