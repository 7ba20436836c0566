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
        var plan = updatePlan(found: found, scope: UpdateScope(files: Set(scopes), folders: found.folders))

        var next = self
        next.report.unreadable = plan.problems
        for (id, stamp) in plan.restamped { next.notes[id].parsed.stamp = stamp }
        if plan.summary.isEmpty { return (next, plan.summary) }
        if plan.keepsPaths, plan.replacements.count <= 64, next.patchInPlace(plan.replacements) {
            plan.summary.patchedInPlace = true
            return (next, plan.summary)
        }
        plan.summary.added.sort()
        plan.summary.changed.sort()
        return (rebuilt(applying: plan), plan.summary)
    }

    /// How the files found on disk differ from what the index holds inside the scope.
    func updatePlan(found: DiskState, scope: UpdateScope) -> UpdatePlan {
        var plan = UpdatePlan()
        plan.problems = report.unreadable.filter { !scope.contains($0.path) } + found.problems
        let (parsedNotes, parseProblems) = Self.parseChanged(found.notes)
        plan.problems += parseProblems
        for (entry, note) in zip(found.notes, parsedNotes) {
            if let id = idByPath[entry.path] {
                if !notes[id].parsed.sameText(as: note) || notes[id].parsed.hadInvalidUTF8 != note.hadInvalidUTF8 {
                    plan.replacements[id] = note
                    plan.summary.changed.append(entry.path)
                } else if notes[id].parsed.stamp != note.stamp {
                    // Same content, touched file: keep the new stamp (a snapshot compares it).
                    plan.restamped[id] = note.stamp
                }
            } else {
                plan.added.append(note)
                plan.summary.added.append(entry.path)
            }
        }
        let foundNotes = Set(found.notes.map(\.path))
        // A folder scope that vanished can hold any number of notes: walk them only then.
        if scope.folders.isEmpty {
            for path in scope.files where !foundNotes.contains(path) {
                if let id = idByPath[path] { plan.removedIDs.insert(id) }
            }
        } else {
            for (id, n) in notes.enumerated() where scope.contains(n.path) && !foundNotes.contains(n.path) {
                plan.removedIDs.insert(id)
            }
        }
        plan.summary.removed = plan.removedIDs.sorted().map { notes[$0].path }
        let foundAttachments = Set(found.attachments)
        plan.keptAttachments = attachments.filter { !scope.contains($0) || foundAttachments.contains($0) }
        let known = Set(attachments)
        plan.newAttachments = found.attachments.filter { !known.contains($0) }
        plan.summary.attachmentsRemoved = attachments.count - plan.keptAttachments.count
        plan.summary.attachmentsAdded = plan.newAttachments.count
        plan.problems.sort(by: CheckReport.Unreadable.byPath)
        return plan
    }

    /// The notes at `entries` read and parsed: a checkout can change thousands of notes at
    /// once, so many are parsed on all cores.
    static func parseChanged(_ entries: [VaultListing.Entry]) -> ([ParsedNote], [CheckReport.Unreadable]) {
        if entries.count > 8 { return VaultLoader.parseAll(entries, progress: nil) }
        return entries.reduce(into: ([ParsedNote](), [CheckReport.Unreadable]())) { acc, entry in
            let (note, problem) = VaultLoader.parseOne(entry)
            acc.0.append(note)
            if let problem { acc.1.append(problem) }
        }
    }

    /// Patches each replaced note in, in ID order; false (the index then half patched, to be
    /// dropped) when one cannot be patched and the index must be rebuilt.
    mutating func patchInPlace(_ replacements: [Int: ParsedNote]) -> Bool {
        for (id, note) in replacements.sorted(by: { $0.key < $1.key }) {
            if !replaceNote(at: id, with: note) { return false }
        }
        for id in replacements.keys where notes[id].parsed.storage.byteCount > 0 {
            notes[id].parsed.storage.release(readingBackFrom: root + "/" + notes[id].path)
        }
        return true
    }

    /// The index built again from the notes already parsed, with the plan's changes applied.
    func rebuilt(applying plan: UpdatePlan) -> VaultIndex {
        var parsed: [ParsedNote] = []
        parsed.reserveCapacity(notes.count + plan.added.count)
        for (id, n) in notes.enumerated() where !plan.removedIDs.contains(id) {
            var p = plan.replacements[id] ?? n.parsed
            if let stamp = plan.restamped[id] { p.stamp = stamp }
            parsed.append(p)
        }
        parsed += plan.added
        var rebuilt = IndexBuilder(root: root, parsed: parsed,
                                   attachments: (plan.keptAttachments + plan.newAttachments).sorted(),
                                   unreadable: plan.problems, classifier: classifier, settings: settings).build()
        rebuilt.buildSeconds = buildSeconds
        rebuilt.releaseTexts()
        return rebuilt
    }
}

/// The paths an update looks at: the changed files, and everything under changed folders.
struct UpdateScope {
    let files: Set<String>
    let folders: Set<String>

    func contains(_ path: String) -> Bool {
        if files.contains(path) { return true }
        if folders.isEmpty { return false }
        var u = Substring(path)
        while let slash = u.utf8.lastIndex(of: 0x2F) {
            u = u[..<slash]
            if folders.contains(String(u)) { return true }
        }
        return false
    }
}

/// What an update changes, found by comparing the disk with the index inside the scope.
struct UpdatePlan {
    var summary = IndexUpdateSummary()
    /// Notes whose text changed, by ID, as read now.
    var replacements: [Int: ParsedNote] = [:]
    /// Notes whose file was touched without changing, by ID, with their new stamp.
    var restamped: [Int: FileStamp?] = [:]
    var added: [ParsedNote] = []
    var removedIDs = Set<Int>()
    var keptAttachments: [String] = []
    var newAttachments: [String] = []
    /// Every unreadable file after the update, in path order.
    var problems: [CheckReport.Unreadable] = []

    /// True when no note or attachment appeared or went: notes can be patched in place.
    var keepsPaths: Bool {
        added.isEmpty && removedIDs.isEmpty && newAttachments.isEmpty && summary.attachmentsRemoved == 0
    }
}
