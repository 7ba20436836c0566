import Foundation
import KithUI
import XCTest

@testable import KithCore
@testable import KithRuntime

/// A warm start leaves the link resolver for its first use. The browser's live index builds it
/// in the background as it posts the index (at 100,000 notes ~0.3 s, which the first screen
/// no longer waits for; a card draws its note's own links as the index resolved them:
/// `OwnLinkTargetsTests`), so a later first use on the UI thread does not pay for it.
final class ResolverWarmupTests: CachedVaultTestCase {
    let sink = RecordingSink()

    /// Waits until every note's last change is older than the racy window of a scan starting
    /// now, so a snapshot stamped afterwards serves them without reading them again.
    func ageTheVault() throws {
        let notes = try FileManager.default.subpathsOfDirectory(atPath: vault.root).filter { $0.hasSuffix(".md") }
        let newest = notes.compactMap { FileStamp.of(vault.path($0))?.ctime }.max() ?? 0
        let deadline = Deadline(seconds: 10)
        while FileStamp.now() < newest + FileStamp.granularity + 100_000_000, !deadline.passed { usleep(50_000) }
    }

    func testAWarmStartBuildsItsLinkResolverInTheBackground() throws {
        let store = SnapshotStore(directory: cacheDirectory + "/kith")
        XCTAssertNil(try VaultLoader.load(root: vault.root, cache: store).pending?.write())
        try ageTheVault()
        _ = try VaultLoader.load(root: vault.root, cache: store).pending?.write()
        let warm = try VaultLoader.load(root: vault.root, cache: store)
        XCTAssertEqual(warm.snapshot.kind, .warm)
        XCTAssertEqual(warm.snapshot.reread, 0)
        XCTAssertFalse(warm.index.linkResolverIsBuilt, "a warm load leaves the resolver for later")

        let live = LiveIndex(root: vault.root, classifier: .standard, policy: ContactPolicy(), today: Self.today,
                             sink: sink, watching: FakeWatching(), cache: store)
        live.load()
        live.settle()
        let loaded = sink.drain().compactMap { action -> VaultIndex? in
            if case .indexLoaded(let index, _, _, _, _) = action { return index }
            return nil
        }
        let index = try XCTUnwrap(loaded.first)
        let deadline = Deadline(seconds: 30)
        while !index.linkResolverIsBuilt, !deadline.passed { usleep(10_000) }
        XCTAssertTrue(index.linkResolverIsBuilt, "built in the background, off the UI thread")
        // And it resolves as a fresh one does.
        XCTAssertEqual(index.resolve("Ana Lima", from: "Notes/Weekly sync.md"), "People/Ana Lima.md")
    }
}
