import XCTest
@testable import KithCore

/// Ends a random sequence at its first difference: later steps would only repeat it.
struct FirstDumpDifference: Error {}

/// Fails with the first line at which the dumps of `a` (named `label`: `updated`, `warm`) and
/// of a fresh load `fresh` differ, and throws so the sequence stops there; nothing when equal.
func assertIndexDumpsEqual(_ a: VaultIndex, _ fresh: VaultIndex, _ what: String, label: String,
                           file: StaticString, line: UInt) throws {
    let x = IndexDump.dump(a), y = IndexDump.dump(fresh)
    guard x != y else { return }
    let la = x.split(separator: "\n", omittingEmptySubsequences: false)
    let lb = y.split(separator: "\n", omittingEmptySubsequences: false)
    let k = (0..<min(la.count, lb.count)).first { la[$0] != lb[$0] } ?? min(la.count, lb.count)
    XCTFail("\(what): \(label) index differs from a fresh load at dump line \(k):\n  \(label): \(k < la.count ? la[k] : "-")\n  fresh: \(k < lb.count ? lb[k] : "-")",
            file: file, line: line)
    throw FirstDumpDifference()
}
