/// A `LinkResolver` built when first asked for. A warm load has every link resolved already
/// (the snapshot keeps them): its resolver is needed only by an update or a lookup, so it is
/// not built at start (a third of a second at 100,000 notes: every path lowercased and hashed
/// twice). Shared by the copies of an index; built once, under a lock, by whichever thread asks
/// first.
final class LazyLinkResolver: @unchecked Sendable {
    private let state: Locked<State>

    private enum State {
        case built(LinkResolver)
        /// The notes (their paths, in order) and attachments to build it from.
        case pending(ChunkedArray<IndexedNote>, [String])
    }

    /// One already built.
    init(_ resolver: LinkResolver) { state = Locked(.built(resolver)) }

    /// One to build from the paths of `notes` (in their order) and `attachments`.
    init(notes: ChunkedArray<IndexedNote>, attachments: [String]) {
        state = Locked(.pending(notes, attachments))
    }

    /// Whether the resolver has been built (tests: who builds it, and on which thread).
    var isBuilt: Bool {
        state.withLock { state in
            if case .built = state { return true }
            return false
        }
    }

    /// The resolver, built now if it was not yet.
    var resolver: LinkResolver {
        state.withLock { state in
            switch state {
            case .built(let resolver):
                return resolver
            case .pending(let notes, let attachments):
                let resolver = LinkResolver(notes: notes.map(\.path), attachments: attachments)
                state = .built(resolver)
                return resolver
            }
        }
    }
}
