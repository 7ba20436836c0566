import Foundation
import KithCore
import KithUI

/// The browser's copy of the index, changed in one place, in order: full loads (start, `R`, a
/// lost watcher event) and incremental updates (the watcher, the editor's save) run one after
/// another on a serial queue, each from the index the previous one left, and post the result
/// to the UI as actions.
public final class LiveIndex: @unchecked Sendable {
    private let root: String
    private let classifier: NoteClassifier
    private let overrides: VaultSettings.Overrides
    private let sink: ActionSink
    private let watching: VaultWatching
    private let queue = DispatchQueue(label: "kith.live-index")
    /// Where the vault's snapshot is read and written (nil: `--no-cache`).
    private let cache: SnapshotStore?
    /// Snapshot writes, beside the posting of the index they hold: never before the loaded
    /// index is built, never on the UI thread.
    private let writer = DispatchQueue(label: "kith.snapshot-writer", qos: .utility)
    /// Snapshot writes queued or running (`isWritingSnapshot`).
    private let writesInFlight = Locked(0)
    /// What the browser's lists need besides the index, so their rows are built here too.
    private let policy: ContactPolicy
    private let today: CalendarDate
    private var watch: WatchHandle?
    /// Vaults of at most this many notes get their mention filters with the index (a few
    /// milliseconds: cards come complete at once); larger ones after it (see `run`). Set
    /// before the first load (tests lower it).
    public var inlineMentionNotes = 1_000
    /// What the last two posts carried, kept alive here: the UI releases its previous index,
    /// search and rows when it installs the next ones, and freeing them (tens of thousands of
    /// notes and rows) is as slow as building the rows was. Held here, the UI's release only
    /// drops a reference and they are freed on this queue at the next post (unless a burst of
    /// updates outruns the UI). Costs one more generation's arrays (~13 MB at 10k notes).
    /// Only touched on `queue`.
    private var posted: [(index: VaultIndex, search: SearchIndex, rows: DerivedRows)] = []
    /// The index last posted, which the next update starts from; its search structures
    /// (people search, mention filters) are built here so the UI thread only installs them.
    private var current: (index: VaultIndex, search: SearchIndex)? {
        posted.last.map { ($0.index, $0.search) }
    }
    /// The document the UI shows (`AppState.shownDocument`), built here with each index so the
    /// UI does not build the card again; set from the UI thread, hence the lock.
    private let shown = Locked<DocumentViews.Key?>(nil)
    /// Builds the cards the UI asks for (`Effect.buildCard`); its mentions store lets the
    /// showing card be rebuilt with an update without searching the vault again.
    public let cards: CardWorker

    /// `policy` and `today` are the browser state's (`AppState.contactPolicy`, `.today`):
    /// rows built for others would be rebuilt on the UI thread. `watching` starts the watcher
    /// (`InotifyWatching` in the browser). `overrides` are the config's vault settings (`me`,
    /// `[daily_notes]`), read with the vault's `.obsidian/` at each full load.
    public init(root: String, classifier: NoteClassifier, overrides: VaultSettings.Overrides = VaultSettings.Overrides(),
                policy: ContactPolicy, today: CalendarDate, sink: ActionSink, watching: VaultWatching = InotifyWatching(),
                cache: SnapshotStore? = nil) {
        self.root = root
        self.cache = cache
        self.overrides = overrides
        self.policy = policy
        self.today = today
        self.classifier = classifier
        self.sink = sink
        self.watching = watching
        cards = CardWorker(sink: sink)
    }

    /// Loads the vault through its snapshot (the first load, and after the watcher lost
    /// events): only notes changed since the snapshot are read. Reports as `reload`.
    public func load() { run(readingSnapshot: true) }

    /// Indexes the whole vault again from its files (`R`), then writes a fresh snapshot;
    /// progress and the result arrive as actions (`.indexProgress`, `.indexLinking`, then
    /// `.indexLoaded` or `.indexFailed`).
    public func reload() { run(readingSnapshot: false) }

    private func run(readingSnapshot: Bool) {
        queue.async { [self] in
            do {
                let load = try VaultLoader.load(root: root, classifier: classifier, overrides: overrides, cache: cache,
                                                readingSnapshot: readingSnapshot, releasingTexts: false) { [sink] done, total in
                    sink.post(.indexProgress(done: done, total: total))
                    // Parsing is done; resolving links and building the search take a while
                    // longer at 10,000 notes, and the status line says so.
                    if done == total { sink.post(.indexLinking(notes: total)) }
                }
                let index = load.index
                // The mention filters read every note's text (seconds at 100,000 notes, most
                // of a warm start): only cards need them, so a large vault's index is posted
                // without them and they follow; the lists and search work meanwhile.
                let inline = index.notes.count <= inlineMentionNotes
                // The people search beside the rows too (~80 ms at 100,000 notes).
                let searched = BackgroundResult { SearchIndex(index, buildingMentions: inline) }
                let rows = DerivedRows(index: index, policy: policy, today: today)
                var search = try searched.value()
                if inline { index.releaseTexts() }
                let message = current.map { Self.reloadSummary(from: $0.index, to: index) }
                // Mentions kept would only hold the previous index alive; none carry over.
                cards.mentions.clear()
                keep(index, search, rows)
                // Queued before the index is posted, not after the mention filters (seconds at
                // 100,000 notes): a browser quit meanwhile finishes it (`finishWrites`) instead
                // of leaving the next start to index the whole vault again.
                if let pending = load.pending {
                    writesInFlight.withLock { $0 += 1 }
                    writer.async { [sink, writesInFlight] in
                        if let warning = pending.write() { sink.post(.notice(warning, isError: true)) }
                        writesInFlight.withLock { $0 -= 1 }
                    }
                }
                sink.post(.indexLoaded(index, search: search, rows: rows, views: views(of: index, search: search),
                                       message: message))
                if let warning = load.snapshot.warning { sink.post(.notice(warning, isError: true)) }
                // The resolver a snapshot load leaves for later is built now, off the UI thread
                // (not by a first use on it) and after the rows (not competing with them for
                // the cores): a card resolves its note's own links as the index did
                // (`OwnLinkTargets`); only a link the index has not seen waits for it.
                index.prepareLinkResolver()
                if !inline {
                    // Read while a full read still has the texts in memory, before they are
                    // let go. Updates queued meanwhile start from the search with the filters.
                    let filter = MentionFilter(index)
                    index.releaseTexts()
                    search = search.with(mentions: filter)
                    posted[posted.count - 1].search = search
                    sink.post(.mentionFiltersBuilt(filter, for: index))
                }
            } catch {
                sink.post(.indexFailed("\(error)"))
            }
        }
    }

    /// "re-indexed 52 notes in 0.03 s (2 added, 1 removed)": what a full reload found.
    static func reloadSummary(from old: VaultIndex, to new: VaultIndex) -> String {
        let before = Set(old.notes.map(\.path)), after = Set(new.notes.map(\.path))
        let added = after.subtracting(before).count, removed = before.subtracting(after).count
        let seconds = (new.buildSeconds * 100).rounded() / 100
        var text = "re-indexed \(Format.count(new.notes.count)) notes in \(String(format: "%.2f", seconds)) s"
        let changes = [added > 0 ? "\(added) added" : nil, removed > 0 ? "\(removed) removed" : nil].compactMap { $0 }
        if !changes.isEmpty { text += " (" + changes.joined(separator: ", ") + ")" }
        return text
    }

    /// Re-reads the files at `paths` (vault-relative) and posts the updated index when anything
    /// changed. `announce` is the status line to show even when this update found nothing new
    /// (the watcher may have seen the editor's save first).
    public func update(_ paths: [String], announce: String? = nil) {
        queue.async { [self] in
            guard let (index, previous) = current else { return }
            let (next, summary) = index.updated(changing: paths)
            if !summary.isEmpty {
                let search = previous.updated(from: index, to: next)
                let rows = DerivedRows(index: next, policy: policy, today: today)
                keep(next, search, rows)
                sink.post(.indexUpdated(next, search: search, rows: rows, views: views(of: next, search: search),
                                        message: summary.description))
            } else if let announce {
                sink.post(.notice(announce, isError: false))
            }
        }
    }

    /// Tells which document the UI shows now (after each action; cheap).
    public func show(_ key: DocumentViews.Key?) {
        shown.withLock { $0 = key }
    }

    /// Whether a snapshot write is queued or running (the browser says so when it waits at exit).
    public var isWritingSnapshot: Bool { writesInFlight.withLock { $0 } > 0 }

    /// Waits until the snapshot writes queued so far are done: the browser calls it once the
    /// terminal is restored, so a quit right after a full index still leaves a snapshot.
    public func finishWrites() {
        writer.sync {}
    }

    /// Waits until everything queued so far has run and posted (tests; the browser never waits).
    public func settle() {
        queue.sync {}
        writer.sync {}
    }

    /// The showing document built over `index` (nil when none shows). Called on `queue`. A
    /// card takes the mentions found for its person before, updated to this index; never
    /// searched, a light person's are searched here and a heavy person's left to the card
    /// worker (the UI asks for them when this arrives), so an update is never held up by a
    /// long search of the vault.
    private func views(of index: VaultIndex, search: SearchIndex) -> DocumentViews? {
        guard let key = shown.current, index.note(key.path) != nil else { return nil }
        guard key.isCard else { return DocumentViews(building: key, index: index, search: search, policy: policy, today: today) }
        var mentions: CardMentions
        if let found = cards.mentions.mentions(of: key.path, in: index) {
            mentions = .found(found)
        } else if search.mentionsPending {
            mentions = .awaitingFilters
        } else {
            let filter = search.mentionFilter
            let candidates = UnlinkedMentions.candidates(of: key.path, in: index, filter: filter)
            mentions = .pending(candidates: candidates)
            // A light person's are found in a few milliseconds: the card comes complete.
            if candidates <= cards.inlineCandidates, index.note(key.path)?.kind == .person {
                let found = UnlinkedMentions.find(of: key.path, in: index, filter: filter)
                cards.mentions.keep(found, of: key.path, in: index)
                mentions = .found(found)
            }
        }
        return DocumentViews(building: key, index: index, policy: policy, today: today, mentions: mentions)
    }

    /// Keeps what is about to be posted alive until the next post (see `posted`).
    private func keep(_ index: VaultIndex, _ search: SearchIndex, _ rows: DerivedRows) {
        posted.append((index, search, rows))
        if posted.count > 2 { posted.removeFirst() }
    }

    /// Starts watching the vault: changed files are read again, lost events re-index
    /// everything, and a vault that cannot be watched says so in the status line.
    public func startWatching() {
        do {
            watch = try watching.watch(root: VaultLoader.absolutePath(root)) { [weak self] change in
                guard let self else { return }
                switch change {
                case .changed(let paths): update(paths)
                case .rescan: load()
                case .warning(let text): sink.post(.notice(text, isError: true))
                }
            }
        } catch {
            sink.post(.notice("live reload is off: \(error)", isError: true))
        }
    }

    /// Stops the watcher (the session is ending).
    public func stop() {
        watch?.stop()
        watch = nil
    }
}
