import XCTest
final class KithEndToEndTestsPlaceholder: XCTestCase { func testBuilds() {} }
