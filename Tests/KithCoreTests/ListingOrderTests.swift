import Foundation
import XCTest
@testable import KithCore

/// The vault listing's shortcuts: names already in NFC skip Foundation's normalisation, and NFC
/// paths sort by their UTF-8 bytes; both must give exactly what the slow way gives, since the
/// index, the snapshot and its stamps rely on the listing's order being `String`'s `<`.
final class ListingOrderTests: XCTestCase {
    /// Accents, Greek, Cyrillic, CJK, Hangul, emoji, combining marks, decomposed forms, Indic
    /// scripts with nukta, Hangul Jamo, singletons (Ohm sign, Angstrom sign), compatibility
    /// ideographs: the shortcut must step aside for every one that is not NFC.
    private static let names = [
        "Zoë Ñúñez", "Zoe\u{308} Nu\u{303}n\u{303}ez", "Ελένη", "Ελε\u{301}νη", "Дмитрий", "Йоко", "И\u{306}око",
        "王小明", "한국어", "\u{1112}\u{1161}\u{11AB}", "🎉 party", "Åsa", "A\u{30A}sa", "\u{212B}ngström", "\u{2126}hm",
        "क़िला", "क\u{93C}िला", "\u{F900}", "e\u{301}\u{323}", "e\u{323}\u{301}", "plain", "Émile", "E\u{301}mile", "ß",
        "ﬁle", "Ǆ", "\u{0958}", "\u{1B05}\u{1B35}", "a/b", "a-b", "a b", "ab", "Ab", "ä", "z", "\u{10FFFD}",
    ]

    func testTheNFCShortcutChangesNothing() {
        for name in Self.names {
            let slow = name.precomposedStringWithCanonicalMapping
            XCTAssertEqual(Array(VaultScanner.normalizedPath(name).unicodeScalars), Array(slow.unicodeScalars), name)
            if VaultScanner.isSurelyNFC(name) {
                XCTAssertEqual(Array(name.unicodeScalars), Array(slow.unicodeScalars), "\(name) was taken for NFC")
            }
        }
        XCTAssertTrue(VaultScanner.isSurelyNFC("Ελένη Дмитрий 王小明 한국어 Zoë 🎉"))
        XCTAssertFalse(VaultScanner.isSurelyNFC("Zoe\u{308}"))
    }

    func testNFCPathsSortByBytesAsStringsSort() {
        let paths = Self.names.map { VaultScanner.normalizedPath("People/" + $0 + ".md") }
            + Self.names.map { VaultScanner.normalizedPath($0) }
        XCTAssertEqual(paths.sorted(by: VaultScanner.utf8Less), paths.sorted())
        for a in paths {
            for b in paths {
                XCTAssertEqual(VaultScanner.utf8Less(a, b), a < b, "\(a) < \(b)")
            }
        }
    }
}
