import XCTest
final class KithCoreTestsPlaceholder: XCTestCase { func testBuilds() {} }
