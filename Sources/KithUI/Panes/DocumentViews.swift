import KithCore

/// The wrapped documents the card pane and the reader show, cached by what they depend on.
/// A value like the rest of the state: a keystroke copies a few references, not the text.
///
/// Cards are kept for the last `cardLimit` people shown, so going back to someone is
/// instant; all of it belongs to one index (`generation`) and is dropped when another is
/// installed (the card showing then comes rebuilt with it, see `LiveIndex`).
public struct DocumentViews: Sendable {
    /// What a cached view was built from: the note, card or reader, and the wrap width.
    public struct Key: Hashable, Sendable {
        public var path: String
        public var isCard: Bool
        public var width: Int

        public init(path: String, isCard: Bool, width: Int) {
            self.path = path
            self.isCard = isCard
            self.width = width
        }
    }

    /// Cards kept for a quick return.
    static let cardLimit = 16

    /// Cards, most recently stored last.
    var cards: [(key: Key, view: DocumentView)] = []
    var reader: (key: Key, view: DocumentView)?
    /// The reader's full-text hits for a query (`DocumentView.hits(of:)`), kept with its view.
    var readerHits: (key: Key, query: String, spots: [HitSpot])?
    /// The full lists behind the cards' "… N more", by person path (those of `cards`).
    var lists: [String: CardLists] = [:]
    /// Which index these belong to: `update` counts every index it installs, and a card
    /// built in the background for an older one is dropped when it arrives.
    public internal(set) var generation = 0
    /// The card asked of the runtime (`Effect.buildCard`) and not yet arrived complete: not
    /// asked again meanwhile.
    var requested: Key?

    public init() {}

    /// The view for `key` built from `index` (with `search`'s mention filters for a card),
    /// for `policy` and `today`: what the background builds with an updated index for the
    /// document showing, so the UI does not wrap it again (see `AppState.shownDocument`).
    public init(building key: Key, index: VaultIndex, search: SearchIndex, policy: ContactPolicy, today: CalendarDate) {
        self.init(building: key, index: index, policy: policy, today: today, mentions: search.cardMentions)
    }

    /// The same with the card's unlinked mentions from `mentions` (found already, or left
    /// to be searched after the card shows).
    public init(building key: Key, index: VaultIndex, policy: ContactPolicy, today: CalendarDate, mentions: CardMentions) {
        let (view, lists) = Self.build(key, index: index, policy: policy, today: today, mentions: mentions)
        store(view, lists: lists, for: key)
    }

    /// A person's card (`CardBuilder`) or any note in the reader (`ReaderBuilder`), wrapped,
    /// and a card's lists.
    public static func build(_ key: Key, index: VaultIndex, policy: ContactPolicy, today: CalendarDate,
                             mentions: CardMentions) -> (DocumentView, CardLists?) {
        if key.isCard, let card = CardBuilder.person(for: key.path, in: index, today: today, policy: policy, mentions: mentions) {
            return (DocumentView(card.document, width: key.width), card.lists)
        }
        let doc = key.isCard ? CardBuilder.card(for: key.path, in: index, today: today, policy: policy)
            : ReaderBuilder.document(for: key.path, in: index)
        return (DocumentView(doc, width: key.width), nil)
    }

    /// The cached view for `key`, if it is kept.
    func view(for key: Key) -> DocumentView? {
        if key.isCard { return cards.last { $0.key == key }?.view }
        return reader?.key == key ? reader?.view : nil
    }

    /// A card of the same person wrapped to another width (a resize re-wraps it).
    func card(otherWidthThan key: Key) -> DocumentView? {
        cards.last { $0.key.path == key.path }?.view
    }

    /// Whether the card for `key` is kept with all its sections (its mentions found); other
    /// notes' cards and readers are always complete.
    func isComplete(_ key: Key) -> Bool {
        guard view(for: key) != nil else { return false }
        guard key.isCard, let lists = lists[key.path] else { return true }
        return lists.isComplete
    }

    /// The lists of a person's card, when a card of theirs is kept.
    public func lists(of person: String) -> CardLists? { lists[person] }

    /// Forgets the cards whose mentions were not found yet (they are built again when shown).
    mutating func dropIncompleteCards() {
        let incomplete = Set(lists.filter { !$0.value.isComplete }.keys)
        cards.removeAll { incomplete.contains($0.key.path) }
        for path in incomplete { lists[path] = nil }
        if let r = requested, incomplete.contains(r.path) { requested = nil }
    }

    mutating func store(_ view: DocumentView, lists: CardLists? = nil, for key: Key) {
        guard key.isCard else {
            reader = (key, view)
            readerHits = nil
            return
        }
        cards.removeAll { $0.key == key }
        cards.append((key, view))
        if let lists { self.lists[key.path] = lists }
        if cards.count > Self.cardLimit {
            let dropped = cards.removeFirst().key.path
            if !cards.contains(where: { $0.key.path == dropped }) { self.lists[dropped] = nil }
        }
    }
}

extension DocumentViews {
    /// The cached hits of `query` in the reader's view for `key`, if kept.
    func hits(for key: Key, query: String) -> [HitSpot]? {
        guard let h = readerHits, h.key == key, h.query == query, reader?.key == key else { return nil }
        return h.spots
    }

    mutating func storeHits(_ spots: [HitSpot], for key: Key, query: String) {
        readerHits = (key, query, spots)
    }
}

/// A card built in the background (`Effect.buildCard`), reported by `Action.cardBuilt`.
public struct CardBuild: Sendable {
    public var key: DocumentViews.Key
    /// The `DocumentViews.generation` it was asked for: another index means it is stale.
    public var generation: Int
    public var view: DocumentView
    /// The person's lists (nil for a note that is not a person).
    public var lists: CardLists?

    public init(key: DocumentViews.Key, generation: Int, view: DocumentView, lists: CardLists?) {
        self.key = key
        self.generation = generation
        self.view = view
        self.lists = lists
    }

    /// Whether its mentions are found (else a complete build follows).
    public var isComplete: Bool { lists?.isComplete ?? true }
}
