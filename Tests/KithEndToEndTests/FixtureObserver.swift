import Foundation
import XCTest

/// Watches `Tests/Fixtures/SampleVault` for the whole test run: fingerprinted when a test first
/// asks for it and checked after every test case. XCTest does not let a finished test record a
/// failure, so the test after which it changed is named on standard error and the run exits 1
/// when the bundle finishes.
final class FixtureObserver: NSObject, XCTestObservation, @unchecked Sendable {
    private var baseline: [String: String]?
    private var changedDuring: [String] = []

    /// Registers the observer once; `CLI.sampleVault` calls this on first use.
    static let shared: FixtureObserver = {
        let o = FixtureObserver()
        XCTestObservationCenter.shared.addTestObserver(o)
        return o
    }()

    private override init() {
        baseline = try? VaultGuard.fingerprint(CLI.sampleVaultPath)
        super.init()
    }

    func testCaseDidFinish(_ testCase: XCTestCase) {
        guard let baseline else { return }
        let now = (try? VaultGuard.fingerprint(CLI.sampleVaultPath)) ?? [:]
        guard now != baseline else { return }
        let changed = Set(now.keys).union(baseline.keys).filter { now[$0] != baseline[$0] }.sorted()
        FileHandle.standardError.write(Data("error: Tests/Fixtures/SampleVault changed during \(testCase.name): \(changed)\n".utf8))
        changedDuring.append(testCase.name)
        self.baseline = now
    }

    func testBundleDidFinish(_ testBundle: Bundle) {
        guard !changedDuring.isEmpty else { return }
        FileHandle.standardError.write(Data("error: the sample vault was changed by \(changedDuring); failing the run\n".utf8))
        exit(1)
    }
}
