import Foundation
import KithCore

/// The unlinked mentions found for the last few people shown, each with the index it was
/// found in: the same person's card over the same index, or over an index updated since
/// (an edit), gets them without a search of the vault (`UnlinkedMentions.updated`). Shared by
/// the card worker and the live index; callable from any thread.
public final class MentionStore: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(person: String, index: VaultIndex, mentions: [Mention])] = []
    /// People kept. Each entry holds the index it was found in alive; updates share almost
    /// all of an index, and a full reload clears the store.
    static let limit = 8

    public init() {}

    /// The person's mentions in `index`, from what was found for them before; nil when they
    /// were never searched (or their name changed since).
    public func mentions(of person: String, in index: VaultIndex) -> [Mention]? {
        lock.lock()
        let entry = entries.last { $0.person == person }
        lock.unlock()
        guard let entry, let found = UnlinkedMentions.updated(entry.mentions, of: person, from: entry.index, to: index)
        else { return nil }
        keep(found, of: person, in: index)
        return found
    }

    /// Remembers the person's mentions in `index`.
    public func keep(_ mentions: [Mention], of person: String, in index: VaultIndex) {
        lock.lock()
        defer { lock.unlock() }
        entries.removeAll { $0.person == person }
        entries.append((person, index, mentions))
        if entries.count > Self.limit { entries.removeFirst() }
    }

    /// Forgets everything (a full reload: the old index would only be kept alive).
    public func clear() {
        lock.lock()
        entries.removeAll()
        lock.unlock()
    }
}
