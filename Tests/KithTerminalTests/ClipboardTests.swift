import Foundation
import XCTest

@testable import KithTerminal

/// The OSC 52 sequence `y` sends: base64 as RFC 4648 writes it, ended by BEL; wrapped for GNU
/// screen.
final class ClipboardTests: XCTestCase {
    func testBase64MatchesRFC4648Vectors() {
        for (plain, encoded) in [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="),
                                 ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")] {
            XCTAssertEqual(String(decoding: Terminal.base64(Array(plain.utf8)), as: UTF8.self), encoded, plain)
        }
        let text = "王小明 🎉 [[Zoë]]"
        XCTAssertEqual(String(decoding: Terminal.base64(Array(text.utf8)), as: UTF8.self),
                       Data(text.utf8).base64EncodedString())
    }

    func testTheSequence() {
        XCTAssertEqual(Terminal.osc52("hi"), Array("\u{1B}]52;c;aGk=\u{07}".utf8))
        XCTAssertEqual(Terminal.osc52("hi", gnuScreen: true), Array("\u{1B}P\u{1B}]52;c;aGk=\u{07}\u{1B}\\".utf8))
    }
}
