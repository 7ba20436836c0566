import Foundation

/// A folded string together with the way back to the text it came from.
///
/// `scalars[i]` came from the Character at index `characterIndices[i]` of the original
/// string, so a match found on the folded form can be highlighted on the original.
public struct FoldedText: Sendable, Equatable {
    /// The folded text.
    public let text: String
    /// The folded text as Unicode scalars (what the matchers work on).
    public let scalars: [Unicode.Scalar]
    /// For each element of `scalars`, the index of the original Character (grapheme) it came from.
    public let characterIndices: [Int]
}

/// Case- and accent-insensitive folding for search.
///
/// `Zoë Ñúñez` → `zoe nunez`, `ß` → `ss`, `Æ` → `ae`, `Ø` → `o`, `Ł` → `l`, full-width
/// `Ａ` → `a`; CJK and other scripts without case or accents are left as they are.
/// ASCII text takes a byte-level fast path.
public enum TextFolding {
    /// Folds `text` for comparison: lowercased (unless `keepingCase`), accents removed,
    /// ligatures and `ß` expanded, full-width forms mapped to ASCII.
    public static func fold(_ text: some StringProtocol, keepingCase: Bool = false) -> String {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            if keepingCase { return String(text) }
            // Byte fast path: most names and lines are plain ASCII.
            return String(decoding: utf8.map { asciiLower[Int($0)] }, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            appendFolded(scalar, keepingCase: keepingCase) { out.append($0) }
        }
        return String(out)
    }

    /// Folds `text` and records which original Character each folded scalar came from.
    public static func foldWithMapping(_ text: some StringProtocol, keepingCase: Bool = false) -> FoldedText {
        let (scalars, indices) = foldedScalars(text, keepingCase: keepingCase)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return FoldedText(text: String(view), scalars: scalars, characterIndices: indices)
    }

    /// `foldWithMapping` without making the folded text (the mention check reads only the
    /// scalars, on every candidate line with accents).
    static func foldedScalars(_ text: some StringProtocol, keepingCase: Bool = false) -> (scalars: [Unicode.Scalar], characterIndices: [Int]) {
        var scalars: [Unicode.Scalar] = []
        var indices: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        indices.reserveCapacity(text.utf8.count)
        // "\r\n" is one Character, so the ASCII identity mapping needs it absent.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            for (i, b) in text.utf8.enumerated() {
                scalars.append(Unicode.Scalar(keepingCase ? b : asciiLower[Int(b)]))
                indices.append(i)
            }
        } else {
            for (i, ch) in text.enumerated() {
                for scalar in ch.unicodeScalars {
                    appendFolded(scalar, keepingCase: keepingCase) {
                        scalars.append($0)
                        indices.append(i)
                    }
                }
            }
        }
        return (scalars, indices)
    }

    /// One-to-one fold of a single scalar: accents removed (`é` → `e`, `Ø` → `O`, `ß` → `s`),
    /// case kept. This is the per-rune normalization fzf applies; it never changes lengths,
    /// so scores computed on it match fzf's.
    public static func stripAccent(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0xC0 { return scalar }
        if v < 0x500 {
            let m = latinTable[Int(v - 0xC0)]
            return m == 0 ? scalar : Unicode.Scalar(m)!
        }
        if v >= 0x1E00 && v < 0x1F00 {
            let m = extendedTable[Int(v - 0x1E00)]
            return m == 0 ? scalar : Unicode.Scalar(m)!
        }
        return scalar
    }

    /// Simple (one scalar) lowercase mapping; scalars whose full mapping is longer keep
    /// only its first scalar (`İ` → `i`).
    public static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x80 { return Unicode.Scalar(asciiLower[Int(scalar.value)]) }
        guard scalar.properties.changesWhenLowercased else { return scalar }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    /// Simple uppercase mapping, the inverse of `lowercase` for case-sensitive matching.
    static func uppercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x80 {
            let v = scalar.value
            return v >= 0x61 && v <= 0x7A ? Unicode.Scalar(v - 32)! : scalar
        }
        guard scalar.properties.changesWhenUppercased else { return scalar }
        let up = scalar.properties.uppercaseMapping.unicodeScalars
        return up.count == 1 ? up.first! : scalar
    }

    /// Full fold of one scalar into zero (combining marks), one or two scalars.
    static func appendFolded(_ scalar: Unicode.Scalar, keepingCase: Bool,
                             _ emit: (Unicode.Scalar) -> Void) {
        let v = scalar.value
        if v < 0x80 {
            emit(keepingCase ? scalar : Unicode.Scalar(asciiLower[Int(v)]))
            return
        }
        if isCombiningDiacritic(v) { return }
        if v >= 0xFF01 && v <= 0xFF5E {
            // Full-width ASCII variants sit at a fixed offset from ASCII.
            let a = Unicode.Scalar(v - 0xFF01 + 0x21)!
            emit(keepingCase ? a : lowercase(a))
            return
        }
        if v == 0x3000 { emit(" "); return }
        if let pair = expansions[v] {
            for s in (keepingCase ? pair : pair.lowercased()).unicodeScalars { emit(s) }
            return
        }
        let base = stripAccent(scalar)
        emit(keepingCase ? base : lowercase(base))
    }

    static func isCombiningDiacritic(_ v: UInt32) -> Bool {
        switch v {
        case 0x300...0x36F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            return true
        default:
            return false
        }
    }

    static let asciiLower: [UInt8] = (0..<256).map { (b: Int) -> UInt8 in
        let byte = UInt8(b)
        return byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
    }

    /// Letters that fold to two letters. `ß` expands here but is `s` in `stripAccent`
    /// (one-to-one, like fzf).
    static let expansions: [UInt32: String] = [
        0xDF: "ss", 0x1E9E: "SS", 0xC6: "AE", 0xE6: "ae", 0x152: "OE", 0x153: "oe",
        0xDE: "TH", 0xFE: "th", 0x132: "IJ", 0x133: "ij", 0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl",
    ]

    /// Letters whose accent-free form is not their canonical decomposition (a stroke or
    /// a distinct letter rather than a combining accent).
    static let strokes: [UInt32: UInt32] = [
        0xD8: 0x4F, 0xF8: 0x6F, 0x141: 0x4C, 0x142: 0x6C, 0x110: 0x44, 0x111: 0x64,
        0xD0: 0x44, 0xF0: 0x64, 0x126: 0x48, 0x127: 0x68, 0x166: 0x54, 0x167: 0x74,
        0x131: 0x69, 0x13F: 0x4C, 0x140: 0x6C, 0x191: 0x46, 0x192: 0x66, 0x180: 0x62,
        0x197: 0x49, 0x268: 0x69, 0x1B5: 0x5A, 0x1B6: 0x7A, 0xDF: 0x73, 0x17F: 0x73,
        0x19A: 0x6C, 0x1E9E: 0x53,
    ]

    static let latinTable: [UInt32] = buildTable(0xC0..<0x500)
    static let extendedTable: [UInt32] = buildTable(0x1E00..<0x1F00)

    /// Built once from Foundation's canonical decomposition: base letter when the rest
    /// of the decomposition is combining marks.
    static func buildTable(_ range: Range<UInt32>) -> [UInt32] {
        range.map { v -> UInt32 in
            if let s = strokes[v] { return s }
            guard let scalar = Unicode.Scalar(v) else { return 0 }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            guard let first = decomposed.first, decomposed.count > 1, first.value != v,
                  decomposed.dropFirst().allSatisfy({ isCombiningDiacritic($0.value) })
            else { return 0 }
            return first.value
        }
    }
}
