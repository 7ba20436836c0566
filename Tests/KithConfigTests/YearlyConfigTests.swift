import KithCore
import XCTest
@testable import KithConfig

/// `yearly = [...]`: the date properties that come back every year besides `birthday`.
final class YearlyConfigTests: XCTestCase {
    let paths = ConfigPaths(environment: ["XDG_CONFIG_HOME": "/tmp/kith-xdg-unused", "HOME": "/home/u"])

    func testYearlyKeysAreRead() {
        let c = KithConfig.parse("yearly = [\"anniversary\", \"Name Day\"]\n", file: "c.toml", paths: paths)
        XCTAssertEqual(c.issues, [])
        XCTAssertEqual(c.yearly, ["anniversary", "Name Day"])
        XCTAssertEqual(KithConfig.parse("yearly = \"anniversary\"\n", file: "c.toml", paths: paths).yearly, ["anniversary"])
    }

    func testABadValueIsNamedWithItsLineAndLeavesNone() {
        let c = KithConfig.parse("theme = \"light\"\nyearly = 3\n", file: "c.toml", paths: paths)
        XCTAssertEqual(c.yearly, [])
        XCTAssertEqual(c.issues.map(\.line), [2])
        XCTAssertTrue(c.issues[0].message.contains("yearly must be a list of strings"), c.issues[0].message)
    }

    func testTheDefaultConfigDocumentsIt() {
        let text = DefaultConfig.text(paths: paths)
        XCTAssertTrue(text.contains("\nyearly = []\n"))
        XCTAssertTrue(text.contains("# yearly = [\"anniversary\"]"))
        XCTAssertEqual(KithConfig.parse(text, file: "c.toml", paths: paths).yearly, [])
    }
}
