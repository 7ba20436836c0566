import Foundation

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
