import XCTest
@testable import KithCore

/// Properties are looked up ignoring the key's case, as `String.lowercased()` compares them,
/// whether the key is ASCII (the byte path) or not.
final class FrontmatterKeyCaseTests: XCTestCase {
    func testKeysMatchAsTheirLowercasedTextDoes() {
        let keys = ["Tags", "TAGS", "tags", "tag", "Tagz", "", "Company", "company ", "ÉQUIPE", "équipe", "e\u{301}quipe",
                    "\u{212A}ind", "kind", "KIND", "Straße", "STRASSE", "名前", "Ïd", "ïd", "iD", "ID"]
        let wanted = ["tags", "tag", "company", "équipe", "kind", "straße", "名前", "ïd", "id", ""]
        for key in keys {
            for want in wanted {
                XCTAssertEqual(Frontmatter.lowercasedEquals(key, want), key.lowercased() == want, "\(key) ~ \(want)")
            }
        }
    }

    func testASubscriptFindsAPropertyWrittenInAnyCase() {
        let fm = Frontmatter(properties: ["Tags": .scalar("a"), "\u{212A}ind": .scalar("person"), "ÉQUIPE": .scalar("x")])
        XCTAssertEqual(fm["tags"], .scalar("a"))
        XCTAssertEqual(fm["TAGS"], .scalar("a"))
        XCTAssertEqual(fm["kind"], .scalar("person"), "the Kelvin sign lowercases to k")
        XCTAssertEqual(fm["équipe"], .scalar("x"))
        XCTAssertNil(fm["tag"])
        XCTAssertNil(fm["kin"])
    }
}
