import XCTest
@testable import KithCore

final class SearchLineFilterTests: XCTestCase {
    // Expected orders below were produced by `fzf --filter` (0.38) on the same input.
    let input = "abc\n\nABC\n  abc  \nxaxbxc\nabc\r\nStraße\nJosé\nJose\nJOSÉ\n"

    func lines(_ query: String) -> [String] {
        // Split on bytes: "\r\n" is a single Character and would not split on "\n".
        let all = input.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map(Substring.init)
        return LineFilter.filter(lines: all, query: query).map(String.init)
    }

    func byteLines(_ query: String) -> [String] {
        let bytes = Array(input.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            LineFilter.filter(buffer, query: query).map { String(decoding: bytes[$0], as: UTF8.self) }
        }
    }

    func testKnownOrder() {
        XCTAssertEqual(lines("abc"), ["abc", "ABC", "  abc  ", "abc\r", "xaxbxc"])
        XCTAssertEqual(byteLines("abc"), ["abc", "ABC", "  abc  ", "abc\r", "xaxbxc"])
    }

    func testAccentsLikeFzf() {
        XCTAssertEqual(lines("jose"), ["José", "Jose", "JOSÉ"])
        // A query with an accent is accent-sensitive in fzf.
        XCTAssertEqual(lines("josé"), ["José", "JOSÉ"])
        XCTAssertEqual(byteLines("jose"), ["José", "Jose", "JOSÉ"])
    }

    func testEmptyAndNegationOnlyQueriesKeepInputOrder() {
        XCTAssertEqual(byteLines("").count, 10)
        XCTAssertEqual(byteLines("!abc"), ["", "xaxbxc", "Straße", "José", "Jose", "JOSÉ"])
    }

    func testScoreThenLengthThenInputOrder() {
        let input: [Substring] = ["xdxj", "dj", "Deandre Jackson", "aDjacent", "dxj", "d j"]
        XCTAssertEqual(LineFilter.filter(lines: input, query: "dj"),
                       ["dj", "d j", "aDjacent", "dxj", "Deandre Jackson", "xdxj"])
    }

    func testManyLinesAcrossChunksKeepInputOrderOnTies() {
        let many = (0..<20000).map { "line \($0 % 7 == 0 ? "kith" : "other") \($0)" }
        let text = many.joined(separator: "\n")
        let bytes = Array(text.utf8)
        let got = bytes.withUnsafeBufferPointer { buffer in
            LineFilter.filter(buffer, query: "'kith").map { String(decoding: bytes[$0], as: UTF8.self) }
        }
        let expected = many.filter { $0.contains("kith") }
            .enumerated().sorted { ($0.element.count, $0.offset) < ($1.element.count, $1.offset) }
            .map(\.element)
        XCTAssertEqual(got, expected)
    }
}
