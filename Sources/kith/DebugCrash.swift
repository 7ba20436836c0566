import Foundation
import KithUI

/// A deliberate crash for the end-to-end tests of the crash path (`KITH_DEBUG_CRASH=1`): kith
/// traps on the first tick after the index is shown, so the test sees a drawn screen, then a
/// trap, and checks that the terminal came back. Compiled into debug builds only; a release
/// build ignores the variable.
struct DebugCrash {
    #if DEBUG
    private let armed = ProcessInfo.processInfo.environment["KITH_DEBUG_CRASH"] == "1"
    private var loaded = false
    #endif

    /// Called with each action the browser handles.
    mutating func observe(_ action: Action) {
        #if DEBUG
        guard armed else { return }
        if case .indexLoaded = action { loaded = true; return }
        if loaded, case .tick = action { fatalError("KITH_DEBUG_CRASH: deliberate crash for the crash-path test") }
        #endif
    }
}
