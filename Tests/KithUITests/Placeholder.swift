import XCTest
final class KithUITestsPlaceholder: XCTestCase { func testBuilds() {} }
