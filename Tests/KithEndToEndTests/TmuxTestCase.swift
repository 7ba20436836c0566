import XCTest

/// The base of the tests that drive kith in tmux: skipped where tmux is missing (`.ci/run`
/// installs it), and the session a test started is always stopped, pass or fail, so no kith
/// outlives its test.
class TmuxTestCase: XCTestCase {
    /// The session the test started; stopped in `tearDown`.
    var session: TmuxSession?

    override func setUpWithError() throws {
        try super.setUpWithError()
        try XCTSkipUnless(TmuxSession.available, "tmux is not installed (.ci/run installs it)")
        XCTAssertNotNil(CLI.binary, "the kith binary was not built")
    }

    override func tearDown() {
        session?.stop()
        session = nil
        super.tearDown()
    }
}
