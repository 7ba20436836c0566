import Foundation
import KithUI
import XCTest

@testable import KithCore
@testable import KithRuntime

/// A browser quit right after a full index still leaves a snapshot: the write is queued before
/// the index is posted and `finishWrites` (called once the terminal is restored) waits for it.
/// It was queued after the mention filters (seconds at 100,000 notes), so quitting meanwhile
/// left no snapshot and the next start indexed the whole vault again.
final class SnapshotAtQuitTests: CachedVaultTestCase {

    /// Quits (finishes the writes) the moment the index arrives, on the thread that posts it,
    /// before the live index does anything more; records whether a snapshot was there then.
    final class QuittingSink: ActionSink, @unchecked Sendable {
        weak var live: LiveIndex?
        let directory: String
        let found = Locked<[Bool]>([])
        let busyAfterFinishing = Locked<[Bool]>([])

        init(directory: String) { self.directory = directory }

        func post(_ action: Action) {
            guard case .indexLoaded = action, let live else { return }
            live.finishWrites()
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            found.withLock { $0.append(names.contains { $0.hasSuffix(".snapshot") }) }
            busyAfterFinishing.withLock { $0.append(live.isWritingSnapshot) }
        }
    }

    func check(mentionFiltersAfterTheIndex: Bool) throws {
        let store = SnapshotStore(directory: cacheDirectory + "/kith")
        let sink = QuittingSink(directory: store.directory)
        let live = LiveIndex(root: vault.root, classifier: .standard, policy: ContactPolicy(), today: Self.today,
                             sink: sink, watching: FakeWatching(), cache: store)
        if mentionFiltersAfterTheIndex { live.inlineMentionNotes = 0 }
        sink.live = live
        live.load()
        live.settle()
        XCTAssertEqual(sink.found.current, [true], "a snapshot exists once the writes are finished")
        XCTAssertEqual(sink.busyAfterFinishing.current, [false])
        // And the next start reads it.
        XCTAssertEqual(try VaultLoader.load(root: vault.root, cache: store).snapshot.kind, .warm)
    }

    func testAQuitAsTheIndexArrivesLeavesASnapshot() throws {
        try check(mentionFiltersAfterTheIndex: false)
    }

    func testAQuitWhileALargeVaultsMentionFiltersAreBuiltLeavesASnapshot() throws {
        try check(mentionFiltersAfterTheIndex: true)
    }
}
