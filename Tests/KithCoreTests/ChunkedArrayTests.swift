import XCTest
@testable import KithCore

/// Notes kept in chunks read and change like one array.
final class ChunkedArrayTests: XCTestCase {
    func testReadsAndWritesEqualThePlainArray() {
        var rng = RandomVault.RNG(state: 3)
        for n in [0, 1, 255, 256, 257, 1000] {
            var plain = (0..<n).map { "n\($0)" }
            var chunked = ChunkedArray(plain)
            for _ in 0..<(n == 0 ? 0 : 300) {
                let i = rng.next(n)
                plain[i] = "x\(rng.next(99))"
                chunked[i] = plain[i]
            }
            XCTAssertEqual(Array(chunked), plain, "\(n)")
            XCTAssertEqual(chunked.count, plain.count)
            XCTAssertEqual(chunked.indices.map { chunked[$0] }, plain, "\(n)")
            XCTAssertEqual(chunked.reversed(), plain.reversed(), "\(n)")
        }
    }
}
