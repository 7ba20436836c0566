import XCTest
final class KithTerminalTestsPlaceholder: XCTestCase { func testBuilds() {} }
