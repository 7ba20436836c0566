import KithCore

/// Contacts per month as one cell per month: a month without contact is the baseline `▁` (in
/// the dim role), months with contacts rise from `▂` to `█` in proportion to the busiest month
/// of the row. Terminals that cannot draw block elements (the Linux console, a locale that is
/// not UTF-8) get the same levels from the ASCII density ramp `.:-=+*#@` (`asciiFallback`).
public enum Sparkline {
    /// The eight heights, lowest first: the first is the empty month.
    public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// The same eight levels in ASCII, by ink rather than height.
    public static let ascii: [Character] = [".", ":", "-", "=", "+", "*", "#", "@"]

    /// Each count's level, 0 (no contact) to 7 (the busiest month): any contact is at least 1.
    public static func levels(_ counts: [Int]) -> [Int] {
        let most = counts.max() ?? 0
        guard most > 0 else { return counts.map { _ in 0 } }
        return counts.map { c in c <= 0 ? 0 : max(1, min(7, (c * 7 + most - 1) / most)) }
    }

    /// The sparkline as text (block elements, or the ASCII ramp).
    public static func text(_ counts: [Int], ascii useASCII: Bool = false) -> String {
        String(levels(counts).map { useASCII ? ascii[$0] : blocks[$0] })
    }

    /// The sparkline as spans: empty months dim, the others in `role`.
    public static func spans(_ counts: [Int], role: Role = .date) -> [StyledSpan] {
        var out: [StyledSpan] = []
        for level in levels(counts) {
            let r: Role = level == 0 ? .dim : role
            if let last = out.last, last.role == r {
                out[out.count - 1].text.append(blocks[level])
            } else {
                out.append(StyledSpan(String(blocks[level]), r))
            }
        }
        return out
    }

    /// The ASCII stand-in of a block element, nil for any other character.
    public static func asciiFallback(_ text: String) -> String? {
        guard text.count == 1, let i = blocks.firstIndex(of: text.first!) else { return nil }
        return String(ascii[i])
    }

    /// Whether the terminal the environment describes should get ASCII: `TERM=linux` (the
    /// console's font has no eighth blocks) or a locale that is not UTF-8 (`LC_ALL`, else
    /// `LC_CTYPE`, else `LANG`; none set is the C locale).
    public static func prefersASCII(environment: [String: String]) -> Bool {
        let term = environment["TERM"] ?? ""
        if term == "linux" || term.hasPrefix("linux-") { return true }
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let l = locale.lowercased()
        return !(l.contains("utf-8") || l.contains("utf8"))
    }

    /// `14 in 12 months` / `none in 12 months`.
    public static func total(_ counts: [Int]) -> String {
        let n = counts.reduce(0, +)
        return "\(n == 0 ? "none" : Format.count(n)) in \(ContactFrequency.months) months"
    }
}

extension CellGrid {
    /// Draws block elements as the ASCII ramp (`Sparkline.asciiFallback`), for terminals that
    /// cannot show them.
    mutating func asciiBlocks() {
        for y in 0..<height {
            for x in 0..<width {
                if let a = Sparkline.asciiFallback(self[x, y].text) { self[x, y].text = a }
            }
        }
    }
}
