import ArgumentParser
import Foundation
import KithCore

/// `kith search`: fuzzy search over people (or other notes with `kind:`), full-text search
/// over every note, or an fzf-style filter of standard input.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Fuzzy-search people by name, alias, role and organization.",
        discussion: """
            The query uses fzf's syntax ('exact, ^prefix, suffix$, !not, a | b) and filters: \
            tag:T, org:TEXT, kind:K (person, transcript, project, organization, note; without \
            kind: only people are searched). Accents and case are ignored (smart case: an \
            uppercase letter makes the query case-sensitive). Exits 1 when nothing matches.
            """)

    @OptionGroup var options: VaultOptions

    @Argument(help: ArgumentHelp("The query; several words are joined with spaces.", valueName: "query"))
    var words: [String]

    @Option(help: "Show at most this many results.")
    var limit: Int?

    @Flag(name: .customLong("full-text"), help: "Search the text of every note instead (case- and accent-insensitive substring).")
    var fullText = false

    @Flag(help: "Filter the lines of standard input instead of a vault (like fzf --filter); no vault needed.")
    var stdin = false

    func run() throws {
        let query = words.joined(separator: " ")
        if let limit, limit < 1 { throw Console.fail("--limit must be 1 or more, not \(limit)", code: 2) }
        if stdin { return try filterStandardInput(query) }
        if fullText { return try searchText(query) }
        let index = try options.load()
        let wantsKinds = words.contains { $0.lowercased().hasPrefix("kind:") }
        let documents = (wantsKinds ? Array(index.notes) : index.people).map { n in
            SearchDocument(path: n.path, name: n.name, aliases: n.aliases, role: n.profile.role,
                           organization: n.profile.organization, tags: n.tags, kind: n.kind)
        }
        let hits = PeopleSearch(documents: documents).search(query, limit: limit)
        if options.json {
            Console.write(.array(hits.map { h in
                .object([("name", .string(h.name)), ("path", .string(h.path)), ("score", .int(h.score)),
                         ("positions", .array(h.positions.map(JSON.int))), ("field", .string(h.field.rawValue)),
                         ("kind", .string(index.note(h.path)?.kind.rawValue))])
            }))
        } else {
            var table = TextTable()
            for h in hits {
                let note = index.note(h.path)
                let details = [note?.profile.role, note?.profile.organization].compactMap { $0 }.joined(separator: " · ")
                table.add([h.name, wantsKinds ? (note?.kind.rawValue ?? "") : details, h.path])
            }
            Console.write(table.rendered())
        }
        if hits.isEmpty { throw ExitCode(1) }
    }

    /// `[{path, line, snippet}]` in path then line order; text `path:line  snippet`.
    /// Reads the vault's notes straight from their files, as `rg` does: no index, no snapshot.
    func searchText(_ query: String) throws {
        let root = try VaultOptions.resolve(options.vault, config: VaultOptions.loadConfig())
        if !options.json && limit == nil {
            // grep-style lines, not a table: paths vary too much in length to align usefully.
            // Each note's lines are written as bytes while it is scanned, on every core.
            let notes = try VaultOptions.opening(root) {
                try FullTextSearch.lines(query, vault: root) { Search.appendCleaned($0, to: &$1) }
            }
            var out: [UInt8] = []
            out.reserveCapacity(1 << 20)
            var found = 0
            for note in notes where note.count > 0 {
                found += note.count
                out += note.bytes
                if out.count >= 1 << 20 {
                    out.withUnsafeBytes { Console.writeOut($0) }
                    out.removeAll(keepingCapacity: true)
                }
            }
            out.withUnsafeBytes { Console.writeOut($0) }
            if found == 0 { throw ExitCode(1) }
            return
        }
        let hits = try VaultOptions.opening(root) { try FullTextSearch.search(query, vault: root, limit: limit) }
        if options.json {
            Console.write(.array(hits.map {
                .object([("path", .string($0.path)), ("line", .int($0.line)), ("snippet", .string($0.snippet)),
                         ("column", .int($0.column))])
            }))
        } else {
            var lines = TextHitLines { Search.appendCleaned($0, to: &$1) }
            for h in hits { lines.append(h) }
            lines.bytes.withUnsafeBytes { Console.writeOut($0) }
        }
        if hits.isEmpty { throw ExitCode(1) }
    }

    /// `TextTable.clean(snippet)`'s bytes, appended (most snippets need no cleaning and are
    /// copied as they are).
    static func appendCleaned(_ snippet: String, to out: inout [UInt8]) {
        out += TextTable.clean(snippet).utf8
    }

    /// Every line of standard input that matches, best first, exactly as `fzf --filter` prints
    /// them (or a JSON array of strings with `--json`).
    func filterStandardInput(_ query: String) throws {
        if options.json || limit != nil {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            let text = String(decoding: data, as: UTF8.self)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last == "" { lines.removeLast() }
            var matches = LineFilter.filter(lines: lines, query: query)
            if let limit { matches = Array(matches.prefix(limit)) }
            if options.json { Console.write(.strings(matches.map(String.init))) } else {
                Console.write(matches.map { $0 + "\n" }.joined())
            }
            if matches.isEmpty { throw ExitCode(1) }
            return
        }
        if try LineFilter.run(query: query) == 0 { throw ExitCode(1) }
    }
}
