import KithUI

/// How many colors a terminal can show, which decides how theme colors are mapped.
public enum ColorDepth: Hashable, Sendable {
    /// No colors (or `NO_COLOR`): attributes only.
    case none
    case ansi8
    case ansi16
    case xterm256
    /// 24-bit colors (`xterm-direct`): a color number is `r << 16 | g << 8 | b`.
    case direct

    /// The depth for curses' `COLORS` value.
    public init(colors: Int) {
        switch colors {
        case ..<8: self = .none
        case 8..<16: self = .ansi8
        case 16..<256: self = .ansi16
        case 256..<0x100_0000: self = .xterm256
        default: self = .direct
        }
    }

    /// True for terminals with only the ANSI colors, where themed dark backgrounds are lost.
    var isAnsiOnly: Bool { self == .ansi8 || self == .ansi16 }
}

/// Maps theme colors to terminal color numbers. Pure functions, tested without a terminal.
public enum ColorMapping {
    /// The curses color number for `color` at `depth`; -1 is the terminal's default color.
    public static func number(for color: TerminalColor, depth: ColorDepth) -> Int32 {
        switch (color, depth) {
        case (.default, _), (_, .none): return -1
        case (.index(let i), .xterm256): return Int32(i)
        case (.rgb(let r, let g, let b), .xterm256): return Int32(nearest256(r, g, b))
        case (.index(let i), .direct) where i < 8: return Int32(i)
        case (.index(let i), .direct):
            let (r, g, b) = rgb(ofIndex: i)
            return packed(r, g, b)
        case (.rgb(let r, let g, let b), .direct): return packed(r, g, b)
        case (.index(let i), .ansi16) where i < 16: return Int32(i)
        case (.index(let i), .ansi8) where i < 16: return Int32(i & 7)
        case (.index(let i), _):
            let (r, g, b) = rgb(ofIndex: i)
            return Int32(nearestAnsi(r, g, b, bright: depth == .ansi16))
        case (.rgb(let r, let g, let b), _): return Int32(nearestAnsi(r, g, b, bright: depth == .ansi16))
        }
    }

    /// The RGB value xterm gives color `i` by default.
    public static func rgb(ofIndex i: UInt8) -> (UInt8, UInt8, UInt8) {
        let ansi: [(UInt8, UInt8, UInt8)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
            (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0),
            (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if i < 16 { return ansi[Int(i)] }
        if i >= 232 {
            let v = UInt8(8 + 10 * (Int(i) - 232))
            return (v, v, v)
        }
        let n = Int(i) - 16
        return (cubeLevels[n / 36], cubeLevels[n / 6 % 6], cubeLevels[n % 6])
    }

    private static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// Nearest of colors 16–255 (never 0–15, which users redefine in their terminal themes).
    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        func level(_ v: UInt8) -> Int {
            var best = 0
            for (k, l) in cubeLevels.enumerated() where abs(Int(l) - Int(v)) < abs(Int(cubeLevels[best]) - Int(v)) {
                best = k
            }
            return best
        }
        let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
        let avg = (Int(r) + Int(g) + Int(b)) / 3
        let grayStep = min(23, max(0, (avg - 8 + 5) / 10))
        let gray = 232 + grayStep
        return distance((r, g, b), rgb(ofIndex: UInt8(gray))) < distance((r, g, b), rgb(ofIndex: UInt8(cube)))
            ? gray : cube
    }

    /// The ANSI color of the same hue: grays by lightness, others by hue, bright when light
    /// (16-color terminals only). Plain RGB distance would turn a dark blue into gray.
    static func nearestAnsi(_ r: UInt8, _ g: UInt8, _ b: UInt8, bright: Bool) -> Int {
        let (ri, gi, bi) = (Int(r), Int(g), Int(b))
        let hi = max(ri, gi, bi), lo = min(ri, gi, bi)
        let chroma = hi - lo
        if chroma < 48 {
            // Only near-black becomes black: a gray foreground (borders, dim text) must stay
            // visible on a dark terminal. `isMidGray` lets the caller add dim instead.
            let light = (hi + lo) / 2
            if !bright { return light < 40 ? 0 : 7 }
            return light < 40 ? 0 : light < 160 ? 8 : light < 224 ? 7 : 15
        }
        var hue: Double
        let c = Double(chroma)
        if hi == ri {
            hue = 60 * (Double(gi - bi) / c)
        } else if hi == gi {
            hue = 60 * (Double(bi - ri) / c) + 120
        } else {
            hue = 60 * (Double(ri - gi) / c) + 240
        }
        if hue < 0 { hue += 360 }
        // ANSI bits: 1 red, 2 green, 4 blue.
        let base: Int
        switch hue {
        case ..<30: base = 1
        case ..<75: base = 3
        case ..<150: base = 2
        case ..<210: base = 6
        case ..<270: base = 4
        case ..<330: base = 5
        default: base = 1
        }
        return bright && hi >= 0xF0 ? base + 8 : base
    }

    /// True for a gray between black and light gray: on an 8-color terminal it becomes white,
    /// so the role gets the dim attribute to stay quieter than text.
    public static func isMidGray(_ color: TerminalColor) -> Bool {
        let (r, g, b): (UInt8, UInt8, UInt8)
        switch color {
        case .default: return false
        case .index(let i) where i < 16: return i == 8
        case .index(let i): (r, g, b) = rgb(ofIndex: i)
        case .rgb(let rr, let gg, let bb): (r, g, b) = (rr, gg, bb)
        }
        let hi = Int(max(r, g, b)), lo = Int(min(r, g, b))
        return hi - lo < 48 && (40..<160).contains((hi + lo) / 2)
    }

    private static func packed(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int32 {
        // Values below 8 are the ANSI colors in xterm-direct, so near-black moves up to 8.
        max(8, Int32(r) << 16 | Int32(g) << 8 | Int32(b))
    }

    private static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.0), dg = Int(a.1) - Int(b.1), db = Int(a.2) - Int(b.2)
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}
