import Foundation
import XCTest
@testable import KithCore

/// The update's chunked stores (notes, the owner's interactions, the timeline) across chunk
/// boundaries: a vault large enough for several chunks of each, where every transcript links
/// the owner, edited one note at a time; each result equals a fresh load.
final class IndexUpdateChunkTests: XCTestCase {
    private var rng = RandomVault.RNG(state: 5)
    private let people = ["Ana Lima", "Bo Chen", "Zoë Ñúñez", "王小明", "Émile"]

    private func transcript(_ k: Int, summary: String, owner: Bool = true, day: Int? = nil) -> String {
        let d = day ?? (k % 28 + 1)
        return "---\ntype: transcript\ndate: 2025-\(String(format: "%02d", k % 12 + 1))-\(String(format: "%02d", d))\n---\n"
            + "# Meeting \(k)\n\n## Summary\n\n\(summary)\n\n## Participants\n\n"
            + (owner ? "- [[Jason Owner]]\n" : "") + "- [[\(people[k % people.count])]]\n\nBody.\n"
    }

    private func path(_ k: Int) -> String { "Sources/Transcripts/Meeting \(k).md" }

    func testEditsAcrossChunksMatchAFreshLoad() throws {
        let root = NSTemporaryDirectory() + "kith-chunks-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        func write(_ rel: String, _ text: String) throws {
            let url = URL(fileURLWithPath: root + "/" + rel)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let count = 420  // > 256 notes (two note chunks), > 3 × 128 owner interactions
        for k in 0..<count { try write(path(k), transcript(k, summary: "Talked \(k).")) }
        for name in people { try write("People/\(name).md", RandomVault.personText(name: name, rc: [])) }
        let ownerRC = (0..<6).map { "- 2025-0\($0 + 1)-1\($0): [[Meeting \($0 * 50)]] — owner note \($0)" }
        try write("People/Jason Owner.md", RandomVault.personText(name: "Jason", rc: ownerRC))

        var index = try VaultLoader.load(root: root)
        XCTAssertGreaterThan(index.interactions(of: "People/Jason Owner.md").count, 3 * 128)
        for step in 0..<80 {
            let k = rng.next(count)
            let what: String
            switch rng.next(5) {
            case 0: what = "summary"; try write(path(k), transcript(k, summary: "Changed \(step)."))
            case 1: what = "date"; try write(path(k), transcript(k, summary: "Talked \(k).", day: rng.next(28) + 1))
            case 2: what = "owner unlinked"; try write(path(k), transcript(k, summary: "Talked \(k).", owner: false))
            case 3: what = "lines shifted"; try write(path(k), "\n\n" + transcript(k, summary: "Talked \(k)."))
            default:
                what = "owner's note"
                let rc = ownerRC + ["- 2025-12-0\(step % 9 + 1): [[Meeting \(k)]] — step \(step)"]
                try write("People/Jason Owner.md", RandomVault.personText(name: "Jason", rc: rc))
            }
            let changed = what == "owner's note" ? "People/Jason Owner.md" : path(k)
            let (next, summary) = index.updated(changing: [changed])
            index = next
            XCTAssertTrue(summary.isEmpty || summary.patchedInPlace, "step \(step): \(what)")
            let fresh = try VaultLoader.load(root: root)
            let x = IndexDump.dump(index), y = IndexDump.dump(fresh)
            if x != y {
                let la = x.split(separator: "\n"), lb = y.split(separator: "\n")
                let d = (0..<min(la.count, lb.count)).first { la[$0] != lb[$0] } ?? min(la.count, lb.count)
                return XCTFail("step \(step) (\(what) of \(changed)): differs at dump line \(d):\n  updated: "
                               + "\(d < la.count ? la[d] : "-")\n  fresh:   \(d < lb.count ? lb[d] : "-")")
            }
        }
    }
}
