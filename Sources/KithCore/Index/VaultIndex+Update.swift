import Foundation

extension VaultIndex {
    /// The index after the files at `paths` (vault-relative: created, modified, deleted, renamed
    /// from or to, or a folder that appeared or vanished) changed on disk. Only those files are
    /// read again, by the scanner's rules (hidden entries skipped, `.md` notes, other files
    /// attachments, unreadable and binary files reported). The result equals a fresh
    /// `VaultLoader.load` of the same files.
    ///
    /// When only the content of existing notes changed, each is re-described and patched in
    /// (backlinks, interactions, timeline, report); otherwise the index is rebuilt from the
    /// notes already parsed plus the new ones, without reading unchanged files.
    /// The index keeps the rules and settings it was built with (`classifier`, `settings`):
    /// `.obsidian/` and the config are read once per load.
    public func updated<S: Sequence>(changing paths: S) -> (index: VaultIndex, summary: IndexUpdateSummary)
        where S.Element == String {
        let scopes = ChangedPaths.clean(paths).filter { !settings.excluded.excludes($0) }
        guard !scopes.isEmpty else { return (self, IndexUpdateSummary()) }
        let found = DiskState.read(scopes, root: root, excluded: settings.excluded)

        // What the index holds inside the scopes now.
        let fileScopes = Set(scopes)
        let folderScopes = found.folders
        func inScope(_ path: String) -> Bool {
            if fileScopes.contains(path) { return true }
            if folderScopes.isEmpty { return false }
            var u = Substring(path)
            while let slash = u.utf8.lastIndex(of: 0x2F) {
                u = u[..<slash]
                if folderScopes.contains(String(u)) { return true }
            }
            return false
        }

        var summary = IndexUpdateSummary()
        var replacements: [Int: ParsedNote] = [:]
        var added: [ParsedNote] = []
        var problems = report.unreadable.filter { !inScope($0.path) }
        problems += found.problems
        // A checkout can change thousands of notes at once: parse them on all cores.
        let (parsedNotes, parseProblems) = found.notes.count > 8
            ? VaultLoader.parseAll(found.notes, progress: nil)
            : found.notes.reduce(into: ([ParsedNote](), [CheckReport.Unreadable]())) { acc, entry in
                let (note, problem) = VaultLoader.parseOne(entry)
                acc.0.append(note)
                if let problem { acc.1.append(problem) }
            }
        problems += parseProblems
        for (entry, note) in zip(found.notes, parsedNotes) {
            if let id = idByPath[entry.path] {
                if notes[id].parsed.text != note.text || notes[id].parsed.hadInvalidUTF8 != note.hadInvalidUTF8 {
                    replacements[id] = note
                    summary.changed.append(entry.path)
                }
            } else {
                added.append(note)
                summary.added.append(entry.path)
            }
        }
        let foundNotes = Set(found.notes.map(\.path))
        var removedIDs = Set<Int>()
        // A folder scope that vanished can hold any number of notes: walk them only then.
        if folderScopes.isEmpty {
            for path in fileScopes where !foundNotes.contains(path) {
                if let id = idByPath[path] { removedIDs.insert(id) }
            }
        } else {
            for (id, n) in notes.enumerated() where inScope(n.path) && !foundNotes.contains(n.path) {
                removedIDs.insert(id)
            }
        }
        summary.removed = removedIDs.sorted().map { notes[$0].path }
        let foundAttachments = Set(found.attachments)
        let keptAttachments = attachments.filter { !inScope($0) || foundAttachments.contains($0) }
        let known = Set(attachments)
        let newAttachments = found.attachments.filter { !known.contains($0) }
        summary.attachmentsRemoved = attachments.count - keptAttachments.count
        summary.attachmentsAdded = newAttachments.count
        problems.sort(by: CheckReport.Unreadable.byPath)

        var next = self
        next.report.unreadable = problems
        if summary.isEmpty { return (next, summary) }
        let samePaths = added.isEmpty && removedIDs.isEmpty && newAttachments.isEmpty
            && summary.attachmentsRemoved == 0
        if samePaths, replacements.count <= 64 {
            var patched = true
            for (id, note) in replacements.sorted(by: { $0.key < $1.key }) where patched {
                patched = next.replaceNote(at: id, with: note)
            }
            if patched {
                summary.patchedInPlace = true
                return (next, summary)
            }
        }
        var parsed: [ParsedNote] = []
        parsed.reserveCapacity(notes.count + added.count)
        for (id, n) in notes.enumerated() where !removedIDs.contains(id) {
            parsed.append(replacements[id] ?? n.parsed)
        }
        parsed += added
        var rebuilt = IndexBuilder(root: root, parsed: parsed,
                                   attachments: (keptAttachments + newAttachments).sorted(),
                                   unreadable: problems, classifier: classifier, settings: settings).build()
        rebuilt.buildSeconds = buildSeconds
        summary.added.sort()
        summary.changed.sort()
        return (rebuilt, summary)
    }
}

/// What is on disk now at the changed paths, listed as the scanner would.
struct DiskState {
    var notes: [VaultListing.Entry] = []
    var attachments: [String] = []
    var problems: [CheckReport.Unreadable] = []
    /// Changed paths that are (or were, in the index) folders: everything under them is replaced.
    var folders = Set<String>()

    static func read(_ scopes: [String], root: String, excluded: ExcludedFiles = ExcludedFiles()) -> DiskState {
        var state = DiskState()
        for rel in scopes {
            let name = String(rel.split(separator: "/").last ?? "")
            let abs = root + "/" + rel
            var lst = stat()
            guard lstat(abs, &lst) == 0 else {
                // Gone: the scope may have been a folder, so anything under it goes too.
                if errno == ENOENT || errno == ENOTDIR { state.folders.insert(rel) } else {
                    state.problems.append(.init(path: rel, message: String(cString: strerror(errno))))
                }
                continue
            }
            var info = lst
            if (lst.st_mode & S_IFMT) == S_IFLNK, stat(abs, &info) != 0 {
                state.problems.append(.init(path: rel, message: "dangling symlink"))
                state.folders.insert(rel)
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                state.folders.insert(rel)
                if !excluded.excludes(rel + "/") { state.addFolder(rel, absolute: abs, excluded: excluded) }
            case S_IFREG:
                if VaultScanner.isMarkdown(name) {
                    state.notes.append(.init(path: rel, absolutePath: abs))
                } else {
                    state.attachments.append(rel)
                }
            default:
                if VaultScanner.isMarkdown(name) {
                    state.problems.append(.init(path: rel, message: "not a regular file (skipped)"))
                }
            }
        }
        // Nested scopes (a folder and a file in it) must not list a file twice.
        var seen = Set<String>()
        state.notes = state.notes.filter { seen.insert($0.path).inserted }.sorted { $0.path < $1.path }
        state.attachments = Array(Set(state.attachments)).sorted()
        var seenProblems = Set<CheckReport.Unreadable>()
        state.problems = state.problems.filter { seenProblems.insert($0).inserted }
        return state
    }

    /// Everything in a folder that appeared or changed, by the scanner's own walk.
    private mutating func addFolder(_ rel: String, absolute: String, excluded: ExcludedFiles) {
        do {
            let listing = try VaultScanner.list(root: absolute, excluded: excluded, prefix: rel)
            for n in listing.notes {
                notes.append(.init(path: rel + "/" + n.path, absolutePath: n.absolutePath))
            }
            attachments += listing.attachments.map { rel + "/" + $0 }
            problems += listing.problems.map { .init(path: $0.path == "." ? rel : rel + "/" + $0.path, message: $0.message) }
        } catch VaultError.unreadable(_, let why) {
            problems.append(.init(path: rel, message: why))
        } catch {
            problems.append(.init(path: rel, message: "\(error)"))
        }
    }
}
