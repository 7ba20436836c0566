import Foundation
import KithCore
import KithUI

/// Builds people's cards off the UI thread (`Effect.buildCard`), one at a time, the newest
/// request first: a card asked for and left before it started is never built, and a search
/// for the mentions of someone the user has left stops.
///
/// A card whose unlinked mentions take a while (the vault's owner is named in most notes)
/// comes twice: at once with its mentions "searching…", then complete. `request` waits a
/// few milliseconds for the card so that most cards show in the same frame as the key that
/// asked for them, without a "loading card…" flash; what is not done by then is posted.
public final class CardWorker: @unchecked Sendable {
    /// What a card is built from: the state's index and settings when it was asked for.
    public struct Request: Sendable {
        public var key: DocumentViews.Key
        public var generation: Int
        public var index: VaultIndex
        public var filter: MentionFilter?
        public var policy: ContactPolicy
        public var today: CalendarDate
        /// Whether the index's mention filters are still being built (`SearchIndex.mentionsPending`):
        /// the card's mentions are left searching (read without the filters, the whole vault
        /// would be); the UI asks again when they arrive.
        public var awaitingFilters: Bool

        public init(key: DocumentViews.Key, generation: Int, index: VaultIndex, filter: MentionFilter?,
                    policy: ContactPolicy, today: CalendarDate, awaitingFilters: Bool = false) {
            self.awaitingFilters = awaitingFilters
            self.key = key
            self.generation = generation
            self.index = index
            self.filter = filter
            self.policy = policy
            self.today = today
        }
    }

    private let queue = DispatchQueue(label: "kith.cards", qos: .userInitiated)
    private let sink: ActionSink
    /// Mentions found so far, shared with the live index.
    public let mentions: MentionStore
    private let lock = NSLock()
    /// The newest request and whose card it is.
    private var latest = 0
    private var latestPerson: String?
    /// Mentions are searched with the card when the mention filter leaves at most this many
    /// notes to read (a few milliseconds); more, and the card shows first. Set before the
    /// first request (tests lower it).
    public var inlineCandidates = 1_500

    public init(sink: ActionSink, mentions: MentionStore = MentionStore()) {
        self.sink = sink
        self.mentions = mentions
    }

    /// Starts building the card; returns what was built within `waitMs` (the complete card,
    /// or the card still searching its mentions, or nothing), the rest arriving at the sink
    /// as `.cardBuilt`.
    public func request(_ r: Request, waitMs: Int) -> [CardBuild] {
        lock.lock()
        latest += 1
        let serial = latest
        latestPerson = r.key.path
        lock.unlock()
        let delivery = Delivery(sink: sink, waiting: waitMs > 0)
        queue.async { [self] in
            build(r, serial: serial, delivery: delivery)
            delivery.finish()
        }
        return delivery.wait(ms: waitMs)
    }

    /// Waits until every request so far is done (tests; the browser never waits).
    public func settle() { queue.sync {} }

    private func isLatest(_ serial: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return serial == latest
    }

    /// Whether someone else's card was asked for since (a newer request for the same person,
    /// at another width, still wants the mentions).
    private func isAbandoned(_ person: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return latestPerson != person
    }

    private func build(_ r: Request, serial: Int, delivery: Delivery) {
        guard isLatest(serial) else { return }
        let person = r.key.path
        func card(_ m: CardMentions) -> CardBuild {
            let (view, lists) = DocumentViews.build(r.key, index: r.index, policy: r.policy, today: r.today, mentions: m)
            return CardBuild(key: r.key, generation: r.generation, view: view, lists: lists)
        }
        guard r.index.note(person)?.kind == .person else { return delivery.deliver(card(.found([]))) }
        if let found = mentions.mentions(of: person, in: r.index) { return delivery.deliver(card(.found(found))) }
        if r.awaitingFilters { return delivery.deliver(card(.awaitingFilters)) }
        let candidates = UnlinkedMentions.candidates(of: person, in: r.index, filter: r.filter)
        if candidates > inlineCandidates {
            delivery.deliver(card(.pending(candidates: candidates)))
        }
        let abandoned: @Sendable () -> Bool = { [weak self] in self?.isAbandoned(person) ?? true }
        guard let found = UnlinkedMentions.find(of: person, in: r.index, filter: r.filter, isCancelled: abandoned) else { return }
        mentions.keep(found, of: person, in: r.index)
        delivery.deliver(card(.found(found)))
    }
}

/// Hands a request's builds to the waiting UI thread until it stops waiting, then to the sink.
private final class Delivery: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private let sink: ActionSink
    private var waiting: Bool
    private var collected: [CardBuild] = []

    /// `waiting`: whether builds go to `wait` until it returns (else straight to the sink).
    init(sink: ActionSink, waiting: Bool) {
        self.sink = sink
        self.waiting = waiting
    }

    func deliver(_ build: CardBuild) {
        lock.lock()
        defer { lock.unlock() }
        if waiting {
            collected.append(build)
        } else {
            sink.post(.cardBuilt(build))
        }
    }

    /// Nothing more will be delivered.
    func finish() { done.signal() }

    /// What arrived within `ms` (only the last: it supersedes the others); later builds are
    /// posted.
    func wait(ms: Int) -> [CardBuild] {
        if ms > 0 { _ = done.wait(timeout: .now() + .milliseconds(ms)) }
        lock.lock()
        defer { lock.unlock() }
        waiting = false
        return collected.last.map { [$0] } ?? []
    }
}
