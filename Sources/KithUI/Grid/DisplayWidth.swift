/// How many terminal cells text takes: 2 for East Asian wide characters and emoji, 0 for
/// marks that join the previous character, 1 otherwise. Clipping and alignment use this,
/// never character counts.
public enum DisplayWidth {
    /// Cells taken by one grapheme cluster.
    public static func of(_ g: Character) -> Int {
        let scalars = g.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let v = first.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 1 }  // shown as a replacement glyph
        if v < 0x300 { return 1 }  // fast path: ASCII and Latin-1, accents precomposed or joined
        let props = first.properties
        switch props.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return scalars.count > 1 ? of(Character(String(String.UnicodeScalarView(scalars.dropFirst())))) : 0
        default: break
        }
        if props.isEmojiPresentation { return 2 }
        if scalars.count > 1, props.isEmoji, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if (0x1F1E6...0x1F1FF).contains(v) { return 2 }  // regional-indicator flags
        return isWide(v) ? 2 : 1
    }

    /// Cells taken by a string.
    public static func of(_ s: some StringProtocol) -> Int {
        // Printable ASCII is one cell a byte: column sizing measures every name of a vault.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s.utf8.count }
        var n = 0
        for g in s { n += of(g) }
        return n
    }

    /// The grapheme as it may be drawn: control characters become a visible substitute so a
    /// stray escape byte in a note can never move the cursor or change colors.
    public static func printable(_ g: Character) -> String {
        guard let v = g.unicodeScalars.first?.value else { return " " }
        if v == 0x09 { return " " }
        if v < 0x20 { return String(UnicodeScalar(0x2400 + v)!) }  // ␀ ␁ … symbols
        if v == 0x7F || (v >= 0x80 && v < 0xA0) { return "�" }
        return String(g)
    }

    /// The longest prefix of `s` that fits in `width` cells.
    public static func prefix(_ s: some StringProtocol, fitting width: Int) -> String {
        var used = 0
        var out = ""
        for g in s {
            let w = of(g)
            if used + w > width { break }
            used += w
            out.append(g)
        }
        return out
    }

    /// `s` cut to `width` cells, ending in `…` when it was cut.
    public static func truncate(_ s: some StringProtocol, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(s) <= width { return String(s) }
        return prefix(s, fitting: width - 1) + "…"
    }

    /// `s` cut in the middle to `width` cells: its start (a dated title's date) and its end
    /// (a file's line number) stay, `…` between: `2025-10-30 - Intro 1-1 betw…SE enablement:14`.
    public static func middleCut(_ s: some StringProtocol, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(s) <= width { return String(s) }
        guard width > 2 else { return truncate(s, to: width) }
        let tailW = (width - 1) / 3
        var tail = "", used = 0
        for g in s.reversed() {
            let w = of(g)
            if used + w > tailW { break }
            used += w
            tail.insert(g, at: tail.startIndex)
        }
        return prefix(s, fitting: width - 1 - used) + "…" + tail
    }

    /// `s` padded with spaces (or cut) to exactly `width` cells.
    public static func pad(_ s: some StringProtocol, to width: Int) -> String {
        let cut = truncate(s, to: width)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }

    // East Asian Wide (W) and Fullwidth (F) ranges, Unicode 15.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
        0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    static func isWide(_ v: UInt32) -> Bool {
        var lo = 0, hi = wideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = wideRanges[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }
}
