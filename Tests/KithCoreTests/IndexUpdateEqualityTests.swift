import Foundation
import XCTest
@testable import KithCore

/// An index updated from the changed paths equals a fresh load of the same files, over seeded
/// random sequences of edits to a vault built on disk at test time.
final class IndexUpdateEqualityTests: XCTestCase {
    func testRandomEditSequencesMatchAFreshLoad() throws {
        var fastPaths = 0, rebuilds = 0
        var origins = Set<Interaction.Origin>(), owners = Set<String>()
        var fastSources = Set<String>()
        // KITH_UPDATE_SEEDS=200 runs seeds 1...200 (the default keeps the suite quick).
        let seeds = UInt64(ProcessInfo.processInfo.environment["KITH_UPDATE_SEEDS"].flatMap { UInt64($0) } ?? 6)
        for seed in UInt64(1)...seeds {
            let vault = try RandomVault(seed: seed)
            defer { vault.remove() }
            var index = try VaultLoader.load(root: vault.root)
            for step in 0..<70 {
                // Sometimes several edits land in one batch, as a burst from a sync client would.
                var changed: [String] = []
                let label = (0..<(vault.rng.next(4) == 0 ? 3 : 1)).map { _ in vault.randomEdit(&changed) }
                    .joined(separator: ", ")
                let (next, summary) = index.updated(changing: changed)
                index = next
                if summary.patchedInPlace {
                    fastPaths += 1
                    for p in summary.changed { fastSources.insert(String(p.split(separator: "/").first ?? "")) }
                } else if !summary.isEmpty { rebuilds += 1 }
                origins.formUnion(index.timeline.map(\.origin))
                if let o = index.owner { owners.insert(o) }
                let fresh = try VaultLoader.load(root: vault.root)
                try assertSameDump(index, fresh, "seed \(seed) step \(step): \(label)")
            }
        }
        // Both paths of the update were exercised, not only the rebuild.
        XCTAssertGreaterThan(fastPaths, 50)
        XCTAssertGreaterThan(rebuilds, 50)
        // Every kind of source was there, the owner changed hands, and editing a transcript, a
        // meeting, a daily note or a person's log took the fast path.
        XCTAssertEqual(origins, Set(Interaction.Origin.allCases))
        XCTAssertGreaterThan(owners.count, 1)
        XCTAssertTrue(["Sources", "Meetings", "Journal", "People"].allSatisfy(fastSources.contains), "\(fastSources)")
    }

    func testOneNoteEditTakesTheFastPathAndSaysWhatChanged() throws {
        let vault = try RandomVault(seed: 42)
        defer { vault.remove() }
        let index = try VaultLoader.load(root: vault.root)
        let person = index.people[0].path
        let name = String(person.split(separator: "/").last!.dropLast(3))
        // Same name and aliases: only what the note says changed (the fast path).
        try vault.write(person, RandomVault.personText(name: "Ana", rc: ["- 2026-01-20: [[Nobody]] — new line"],
                                                       aliases: RandomVault.aliases(of: name)))
        let (next, summary) = index.updated(changing: [person])
        XCTAssertTrue(summary.patchedInPlace)
        XCTAssertEqual(summary.description, "\(person.split(separator: "/").last!) changed")
        XCTAssertEqual(next.interactions(of: person).first?.summary, "new line")
        let (same, none) = next.updated(changing: [person])
        XCTAssertEqual(none.description, "no changes")
        XCTAssertEqual(IndexDump.dump(same), IndexDump.dump(next))
    }

    func testHiddenAndVanishedPathsAreHandledLikeTheScanner() throws {
        let vault = try RandomVault(seed: 7)
        defer { vault.remove() }
        let index = try VaultLoader.load(root: vault.root)
        try vault.write(".obsidian/x.md", "[[Ana Lima]]")
        try vault.write("New/Deep/Bo Chen.md", RandomVault.personText(name: "Bo", rc: []))
        try vault.write("New/pic.png", "png")
        let (next, summary) = index.updated(changing: [".obsidian/x.md", "New", "gone.md"])
        XCTAssertEqual(summary.added, ["New/Deep/Bo Chen.md"])
        XCTAssertEqual(summary.attachmentsAdded, 1)
        XCTAssertEqual(summary.description, "1 note added, 1 attachment changed")
        try assertSameDump(next, try VaultLoader.load(root: vault.root), "folder added")
        try FileManager.default.removeItem(atPath: vault.root + "/New")
        let (after, removed) = next.updated(changing: ["New"])
        XCTAssertEqual(removed.removed, ["New/Deep/Bo Chen.md"])
        try assertSameDump(after, try VaultLoader.load(root: vault.root), "folder removed")
    }

    private func assertSameDump(_ a: VaultIndex, _ b: VaultIndex, _ what: String,
                                file: StaticString = #filePath, line: UInt = #line) throws {
        try assertIndexDumpsEqual(a, b, what, label: "updated", file: file, line: line)
    }
}

