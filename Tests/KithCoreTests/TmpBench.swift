import XCTest
@testable import KithCore
import Foundation
final class TmpBench: XCTestCase {
    func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
    func testBench() throws {
        guard let v = ProcessInfo.processInfo.environment["KITH_TMP_VAULT"] else { return }
        for _ in 0..<3 {
            var t = now()
            let listing = try VaultScanner.list(root: v)
            print("BENCH scan \(now() - t)"); t = now()
            let (parsed, _) = VaultLoader.parseAll(listing.notes, progress: nil)
            print("BENCH parseAll \(now() - t)"); t = now()
            let idx = VaultIndex(root: v, parsed: parsed, attachments: listing.attachments)
            print("BENCH build \(now() - t) \(idx.notes.count) links=\(idx.linkCount) unres=\(idx.report.unresolved.count) amb=\(idx.report.ambiguous.count) fm=\(idx.report.frontmatterErrors.count)"); t = now()
        }
    }

    /// KITH_DUMP_VAULT=path KITH_DUMP_OUT=file: writes `IndexDump` of the vault for diffing.
    func testDump() throws {
        let env = ProcessInfo.processInfo.environment
        guard let v = env["KITH_DUMP_VAULT"], let out = env["KITH_DUMP_OUT"] else { return }
        let idx = try VaultLoader.load(root: v)
        try IndexDump.dump(idx).write(toFile: out, atomically: true, encoding: .utf8)
    }
}
