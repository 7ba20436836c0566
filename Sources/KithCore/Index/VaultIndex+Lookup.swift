import Foundation

/// The outcome of looking up a note by what a user typed.
public enum LookupResult: Equatable, Sendable {
    case found(String)
    /// Nothing matched; the closest names, best first.
    case notFound(suggestions: [String])
}

extension VaultIndex {
    /// Finds a note by path (with or without `.md`), name, alias or link target; people win ties.
    public func lookup(_ query: String) -> LookupResult {
        let q = query.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return .notFound(suggestions: []) }
        if idByPath[q] != nil { return .found(q) }
        let folded = Self.fold(q)
        // Folded once per lookup: every pass below compares against them.
        let names = notes.map { Self.fold($0.name) }
        // Among notes of the same name: people first, then the shortest path (as a link would).
        func best(_ ids: [Int]) -> String? {
            ids.min { a, b in
                let ka = (notes[a].kind == .person ? 0 : 1, notes[a].path.count, notes[a].path)
                let kb = (notes[b].kind == .person ? 0 : 1, notes[b].path.count, notes[b].path)
                return ka < kb
            }.map { notes[$0].path }
        }
        if let p = best(notes.indices.filter { names[$0] == folded }) { return .found(p) }
        if let p = best(notes.indices.filter { notes[$0].aliases.contains { Self.fold($0) == folded } }) {
            return .found(p)
        }
        if let p = resolver.resolve(q, from: "").path, idByPath[p] != nil { return .found(p) }
        // A name typed in part (`Zoë` for Zoë Ñúñez) when it fits exactly one person.
        if folded.count >= 2 {
            let starts = peopleIDs.filter { names[$0].hasPrefix(folded) }
            if starts.count == 1 { return .found(notes[starts[0]].path) }
        }
        return .notFound(suggestions: suggestions(for: q))
    }

    /// Names closest to `query`: containing it first, then by edit distance.
    public func suggestions(for query: String, limit: Int = 3) -> [String] {
        let q = Self.fold(query)
        let scored = notes.compactMap { n -> (Int, String)? in
            let name = Self.fold(n.name)
            let penalty = n.kind == .person ? 0 : 1
            if name.contains(q) || (name.count >= 3 && q.contains(name)) { return (penalty, n.name) }
            // A typo, not a different word: at most a third of the letters may differ.
            let distance = Self.editDistance(q, name)
            guard distance <= max(1, min(q.count, name.count) / 3) else { return nil }
            return (2 + distance * 2 + penalty, n.name)
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.1)
    }

    /// Case- and accent-insensitive form, the same folding search uses.
    static func fold(_ s: String) -> String { TextFolding.fold(s) }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b.prefix(64))
        if a.isEmpty { return b.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
}
