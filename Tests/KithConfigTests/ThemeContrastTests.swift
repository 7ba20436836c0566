import Foundation
import KithUI
import XCTest
@testable import KithConfig
@testable import KithTerminal

/// Every text color of every shipped theme reads at WCAG AA (4.5:1) on every background it can
/// sit on: the plain background, the selection bands, the bars and the overlays. Computed from
/// the theme files themselves (Themes/*.toml), the embedded copies and the compiled-in palette.
final class ThemeContrastTests: XCTestCase {
    /// The terminal's own colors, for `default`: the dark themes are taken on a dark terminal
    /// (pane-png's #d0d0d0 on #1c1c1c, darker than most terminal themes' backgrounds are not),
    /// the light theme on black-ish text over white.
    static let darkTerminal = (fg: RGB(0xd0, 0xd0, 0xd0), bg: RGB(0x1c, 0x1c, 0x1c))
    static let lightTerminal = (fg: RGB(0x1c, 0x1c, 0x1c), bg: RGB(0xff, 0xff, 0xff))

    /// Text needs 4.5:1 (WCAG 1.4.3); borders are not text and need 3:1 (WCAG 1.4.11), and only
    /// where boxes are drawn (the plain background and overlays).
    static let textMinimum = 4.5
    static let borderMinimum = 3.0
    static let borderBands: Set<Band> = [.none, .overlay]

    func testEveryRoleReadsOnEveryBandOfEveryShippedTheme() throws {
        let dir = ThemeFileTests.repoRoot.appendingPathComponent("Themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".toml") }.sorted()
        XCTAssertEqual(files.count, 4, "the shipped themes: \(files)")
        var themes: [(String, TerminalPalette)] = []
        for file in files {
            let name = String(file.dropLast(5))
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            let (theme, issues) = ThemeParser.parse(text, name: name, file: file, origin: .builtIn)
            XCTAssertEqual(issues, [], file)
            themes.append(("Themes/\(file)", try XCTUnwrap(theme).palette))
        }
        themes += ThemeCatalog.builtIn().themes.map { ("built-in \($0.name)", $0.palette) }
        themes.append(("TerminalPalette.dark", .dark))
        var failures: [String] = []
        for (name, palette) in themes {
            let terminal = name.hasSuffix("light") || name.hasSuffix("light.toml") ? Self.lightTerminal : Self.darkTerminal
            failures += Self.failures(palette, terminal: terminal).map { "\(name): \($0)" }
        }
        XCTAssertEqual(failures, [], "\n" + failures.joined(separator: "\n"))
    }

    /// The check itself catches what the issue saw: the old default's dim role·org text on
    /// the selection (1.8:1) and its dim grey overdue ages.
    func testTheCheckCatchesLowContrast() {
        var p = TerminalPalette.dark
        p.roles[.dim] = RoleStyle(.index(244))
        p.bands[.selection] = .rgb(0x00, 0x5f, 0x87)
        p.roles[.stale] = RoleStyle(.index(242))
        let found = Self.failures(p, terminal: Self.darkTerminal)
        XCTAssertTrue(found.contains { $0.hasPrefix("dim on selection: 1.7") || $0.hasPrefix("dim on selection: 1.8") }, "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("stale on none") }, "\(found)")
        XCTAssertEqual(Self.contrast(RGB(0, 0, 0), RGB(255, 255, 255)), 21, accuracy: 0.01)
        XCTAssertEqual(Self.contrast(RGB(0x76, 0x76, 0x76), RGB(255, 255, 255)), 4.54, accuracy: 0.01)
    }

    /// Overdue reads hotter than recent: the stale role is a warm color (or bold without
    /// colors), never a grey.
    func testOverdueIsWarmAndBoldInEveryTheme() {
        for theme in ThemeCatalog.builtIn().themes {
            let stale = theme.palette.style(for: .stale)
            XCTAssertTrue(stale.attributes.contains(.bold), "\(theme.name): overdue is bold")
            XCTAssertFalse(stale.attributes.contains(.dim), "\(theme.name): overdue is not faint")
            if theme.name != "mono" {
                let c = Self.rgbs(stale.foreground, default: Self.darkTerminal.fg)[0]
                XCTAssertTrue(c.r > c.g && c.r > c.b && Int(c.r) - Int(c.b) > 80, "\(theme.name): warm, not \(c)")
            }
        }
    }

    // MARK: The computation

    struct RGB: Equatable, CustomStringConvertible {
        var r: UInt8, g: UInt8, b: UInt8
        init(_ r: UInt8, _ g: UInt8, _ b: UInt8) { (self.r, self.g, self.b) = (r, g, b) }
        var description: String { String(format: "#%02x%02x%02x", r, g, b) }
    }

    /// Each role on each band, as a terminal shows it: the band's color (or the role's own
    /// background outside bands), attributes of the role and the band together (reverse swaps,
    /// dim is taken as halfway to the background), every color both exact and as the nearest
    /// of xterm's 256 (what most terminals get).
    static func failures(_ p: TerminalPalette, terminal: (fg: RGB, bg: RGB)) -> [String] {
        var out: [String] = []
        for band in Band.allCases {
            for role in Role.allCases {
                let style = p.style(for: role)
                let isBorder = role == .border
                if isBorder && !borderBands.contains(band) { continue }
                let backColor = band == .none ? style.background ?? p.background(for: .none) : p.background(for: band)
                let attrs = style.attributes.union(p.bandAttributes[band] ?? [])
                var worst = Double.infinity
                var pair = ""
                for fg in rgbs(style.foreground, default: terminal.fg) {
                    for bg in rgbs(backColor, default: terminal.bg) {
                        var (f, b) = (fg, bg)
                        if attrs.contains(.reverse) { swap(&f, &b) }
                        if attrs.contains(.dim) { f = RGB(mid(f.r, b.r), mid(f.g, b.g), mid(f.b, b.b)) }
                        let c = contrast(f, b)
                        if c < worst { (worst, pair) = (c, "\(f) on \(b)") }
                    }
                }
                let need = isBorder ? borderMinimum : textMinimum
                if worst < need {
                    out.append("\(role.configName) on \(band.configName): \(String(format: "%.2f", worst)) (\(pair), needs \(need))")
                }
            }
        }
        return out
    }

    private static func mid(_ a: UInt8, _ b: UInt8) -> UInt8 { UInt8((Int(a) + Int(b)) / 2) }

    /// A theme color as RGB: exact, and as the 256-color terminal shows it.
    static func rgbs(_ c: TerminalColor, default d: RGB) -> [RGB] {
        switch c {
        case .default: return [d]
        case .index(let i):
            let (r, g, b) = ColorMapping.rgb(ofIndex: i)
            return [RGB(r, g, b)]
        case .rgb(let r, let g, let b):
            let (r2, g2, b2) = ColorMapping.rgb(ofIndex: UInt8(ColorMapping.nearest256(r, g, b)))
            return [RGB(r, g, b), RGB(r2, g2, b2)]
        }
    }

    /// WCAG 2 contrast ratio of two colors, 1…21.
    static func contrast(_ a: RGB, _ b: RGB) -> Double {
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    static func luminance(_ c: RGB) -> Double {
        func channel(_ v: UInt8) -> Double {
            let s = Double(v) / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
}
