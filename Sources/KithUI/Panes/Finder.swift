import Foundation
import KithCore

/// Runs the searches of the search line. Stands in for the `search` branch's `PeopleSearch`
/// and `FullTextSearch` (which replace these bodies when they land): accent- and
/// case-insensitive fuzzy matching over names, aliases, role and organization, with
/// `tag:` and `org:` filters.
public enum Finder {
    /// People matching `query`, best first.
    public static func people(_ query: String, in index: VaultIndex, order: [String]) -> [SearchResult] {
        var words: [String] = []
        var tags: [String] = []
        var orgs: [String] = []
        for w in query.split(separator: " ") {
            let lw = fold(String(w))
            if lw.hasPrefix("tag:") { tags.append(String(lw.dropFirst(4)).trimmingCharacters(in: ["#"])) }
            else if lw.hasPrefix("org:") { orgs.append(String(lw.dropFirst(4))) }
            else { words.append(lw) }
        }
        let needle = words.joined(separator: " ")
        var scored: [(Int, Int, SearchResult)] = []
        for (rank, path) in order.enumerated() {
            guard let n = index.note(path) else { continue }
            let org = n.profile.organization ?? ""
            if !tags.allSatisfy({ t in n.tags.contains { fold($0) == t || fold($0).hasPrefix(t + "/") } }) { continue }
            if !orgs.allSatisfy({ fold(org).contains($0) }) { continue }
            let detail = [n.profile.role, n.profile.organization].compactMap { $0 }.joined(separator: " · ")
            var result = SearchResult(path: path, title: n.name, detail: detail)
            if needle.isEmpty { scored.append((0, rank, result)); continue }
            if let (score, pos) = match(needle, in: n.name) {
                result.positions = pos
                scored.append((score, rank, result))
            } else if let best = (n.aliases + [detail]).compactMap({ match(needle, in: $0)?.0 }).min() {
                scored.append((best + 50, rank, result))
            }
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    /// Lines containing `query` (accents and case ignored), in path then line order.
    public static func fullText(_ query: String, in index: VaultIndex, limit: Int = 500) -> [SearchResult] {
        let q = fold(query.trimmingCharacters(in: .whitespaces))
        guard !q.isEmpty else { return [] }
        var out: [SearchResult] = []
        for note in index.notes {
            let p = note.parsed
            guard fold(p.text).contains(q) else { continue }
            for n in 1...max(1, p.lineCount) {
                let line = p.line(n)
                if fold(String(line)).contains(q) {
                    let snippet = line.trimmingCharacters(in: .whitespaces)
                    var hit = SearchResult(path: note.path, title: "\(note.path):\(n)", detail: snippet, line: n)
                    hit.detailPositions = match(q, in: snippet)?.1 ?? []
                    out.append(hit)
                    if out.count >= limit { return out }
                }
            }
        }
        return out
    }

    /// Subsequence match: a score (lower is better: contiguous, early, word starts) and the
    /// matched grapheme offsets in `text`.
    static func match(_ needle: String, in text: String) -> (Int, [Int])? {
        let hay = Array(text).map { fold(String($0)) }
        let want = Array(needle)
        guard !want.isEmpty else { return (0, []) }
        // Prefer a contiguous hit; fall back to a greedy subsequence.
        let joined = hay.joined()
        if hay.allSatisfy({ $0.count == 1 }), let r = joined.range(of: needle) {
            let start = joined.distance(from: joined.startIndex, to: r.lowerBound)
            let wordStart = start == 0 || hay[start - 1] == " "
            return ((wordStart ? 0 : 10) + start, Array(start..<start + want.count))
        }
        var pos: [Int] = []
        var i = 0
        for (k, h) in hay.enumerated() where i < want.count {
            if h == String(want[i]) { pos.append(k); i += 1 }
        }
        guard i == want.count else { return nil }
        let spread = (pos.last ?? 0) - (pos.first ?? 0)
        return (20 + spread, pos)
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
