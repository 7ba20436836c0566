import Foundation
import KithCore
import KithTerminal
import KithUI

/// The browser's copy of the index, changed in one place, in order: full loads (start, `R`, a
/// lost watcher event) and incremental updates (the watcher, the editor's save) run one after
/// another on a serial queue, each from the index the previous one left, and post the result
/// to the UI through the mailbox.
final class LiveIndex: @unchecked Sendable {
    private let root: String
    private let classifier: NoteClassifier
    private let overrides: VaultSettings.Overrides
    private let mailbox: Mailbox<Action>
    private let queue = DispatchQueue(label: "kith.live-index")
    /// What the browser's lists need besides the index, so their rows are built here too.
    private let policy: ContactPolicy
    private let today: CalendarDate
    private var watcher: AnyObject?
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
    private var shown: DocumentViews.Key?
    private let shownLock = NSLock()

    /// `policy` and `today` are the browser state's (`AppState.contactPolicy`, `.today`):
    /// rows built for others would be rebuilt on the UI thread.
    init(root: String, classifier: NoteClassifier, overrides: VaultSettings.Overrides = VaultSettings.Overrides(),
         policy: ContactPolicy, today: CalendarDate, mailbox: Mailbox<Action>) {
        self.root = root
        self.overrides = overrides
        self.policy = policy
        self.today = today
        self.classifier = classifier
        self.mailbox = mailbox
    }

    /// Indexes the whole vault again; progress and the result arrive as actions.
    func reload() {
        queue.async { [self] in
            do {
                let index = try VaultLoader.load(root: root, classifier: classifier, overrides: overrides) { [mailbox] done, total in
                    mailbox.post(.indexProgress(done: done, total: total))
                }
                let search = SearchIndex(index)
                let rows = DerivedRows(index: index, policy: policy, today: today)
                keep(index, search, rows)
                mailbox.post(.indexLoaded(index, search: search, rows: rows, views: views(of: index, search: search)))
            } catch {
                mailbox.post(.indexFailed("\(error)"))
            }
        }
    }

    /// Re-reads the files at `paths` (vault-relative) and posts the updated index when anything
    /// changed. `announce` is the status line to show even when this update found nothing new
    /// (the watcher may have seen the editor's save first).
    func update(_ paths: [String], announce: String? = nil) {
        queue.async { [self] in
            guard let (index, previous) = current else { return }
            let (next, summary) = index.updated(changing: paths)
            if !summary.isEmpty {
                let search = previous.updated(from: index, to: next)
                let rows = DerivedRows(index: next, policy: policy, today: today)
                keep(next, search, rows)
                mailbox.post(.indexUpdated(next, search: search, rows: rows, views: views(of: next, search: search),
                                           message: summary.description))
            } else if let announce {
                mailbox.post(.notice(announce, isError: false))
            }
        }
    }

    /// Tells which document the UI shows now (after each action; cheap).
    func show(_ key: DocumentViews.Key?) {
        shownLock.lock()
        shown = key
        shownLock.unlock()
    }

    /// The showing document built over `index` (nil when none shows). Called on `queue`.
    private func views(of index: VaultIndex, search: SearchIndex) -> DocumentViews? {
        shownLock.lock()
        let key = shown
        shownLock.unlock()
        guard let key, index.note(key.path) != nil else { return nil }
        return DocumentViews(building: key, index: index, search: search, policy: policy, today: today)
    }

    /// Keeps what is about to be posted alive until the next post (see `posted`).
    private func keep(_ index: VaultIndex, _ search: SearchIndex, _ rows: DerivedRows) {
        posted.append((index, search, rows))
        if posted.count > 2 { posted.removeFirst() }
    }

    /// Starts watching the vault (Linux: inotify); elsewhere `R` is the way to see changes.
    func watch() {
        #if os(Linux)
        do {
            let w = try VaultWatcher(root: VaultLoader.absolutePath(root)) { [weak self] event in
                guard let self else { return }
                switch event {
                case .changed(let paths): update(paths)
                case .rescan: reload()
                case .warning(let text): mailbox.post(.notice(text, isError: true))
                }
            }
            w.start()
            watcher = w
        } catch {
            mailbox.post(.notice("live reload is off: \(error)", isError: true))
        }
        #endif
    }

    /// Stops the watcher (the session is ending).
    func stop() {
        #if os(Linux)
        (watcher as? VaultWatcher)?.stop()
        #endif
    }
}

/// A file's identity and last change, to tell after the editor whether it saved anything.
struct FileStamp: Equatable {
    var exists = false
    var device: UInt64 = 0, inode: UInt64 = 0, size: Int64 = 0, seconds = 0, nanoseconds = 0

    init(_ path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return }
        exists = true
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        #if os(Linux)
        seconds = st.st_mtim.tv_sec
        nanoseconds = st.st_mtim.tv_nsec
        #else
        seconds = st.st_mtimespec.tv_sec
        nanoseconds = st.st_mtimespec.tv_nsec
        #endif
    }
}
