import Foundation
import KithCore
import KithRuntime
import KithUI

/// Records what the runtime posts; `waitFor` blocks until a posted action matches.
final class RecordingSink: ActionSink, @unchecked Sendable {
    private let lock = NSCondition()
    private var actions: [Action] = []

    func post(_ action: Action) {
        lock.lock()
        actions.append(action)
        lock.broadcast()
        lock.unlock()
    }

    /// Takes everything posted so far.
    func drain() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let all = actions
        actions = []
        return all
    }
}
