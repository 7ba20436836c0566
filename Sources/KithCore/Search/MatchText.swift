/// fzf's character classes; the bonus for a position depends on the class of the
/// previous character and its own.
enum CharClass {
    static let white: UInt8 = 0
    static let nonWord: UInt8 = 1
    static let delimiter: UInt8 = 2
    static let lower: UInt8 = 3
    static let upper: UInt8 = 4
    static let letter: UInt8 = 5
    static let number: UInt8 = 6

    static let ascii: [UInt8] = (0..<128).map { (i: Int) -> UInt8 in
        switch UInt8(i) {
        case 0x61...0x7A: return lower
        case 0x41...0x5A: return upper
        case 0x30...0x39: return number
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return white
        case 0x2F, 0x2C, 0x3A, 0x3B, 0x7C: return delimiter  // / , : ; |
        default: return nonWord
        }
    }

    /// Class of any scalar, with Go's `unicode` predicates mirrored by general category.
    static func of(_ v: UInt32) -> UInt8 {
        if v < 0x80 { return ascii[Int(v)] }
        guard let s = Unicode.Scalar(v) else { return nonWord }
        let p = s.properties
        switch p.generalCategory {
        case .lowercaseLetter: return lower
        case .uppercaseLetter: return upper
        case .decimalNumber, .letterNumber, .otherNumber: return number
        case .titlecaseLetter, .modifierLetter, .otherLetter: return letter
        default: return p.isWhitespace ? white : nonWord
        }
    }
}

/// fzf's scoring constants (src/algo/algo.go, "default" scheme).
enum Scoring {
    static let match: Int32 = 16
    static let gapStart: Int32 = -3
    static let gapExtension: Int32 = -1
    static let boundary: Int32 = match / 2
    static let nonWord: Int32 = match / 2
    static let camel123: Int32 = boundary + gapExtension
    static let consecutive: Int32 = -(gapStart + gapExtension)
    static let firstCharMultiplier: Int32 = 2
    static let boundaryWhite: Int32 = boundary + 2
    static let boundaryDelimiter: Int32 = boundary + 1
    /// Texts with length × pattern length above this use the greedy V1 algorithm, as fzf
    /// does when its 100 KiB slab is too small; keeps scores identical to fzf's.
    static let maxMatrixCells = 100 * 1024

    static func bonus(_ prev: UInt8, _ cur: UInt8) -> Int32 {
        if cur > CharClass.nonWord {
            switch prev {
            case CharClass.white: return boundaryWhite
            case CharClass.delimiter: return boundaryDelimiter
            case CharClass.nonWord: return boundary
            default: break
            }
        }
        if prev == CharClass.lower && cur == CharClass.upper
            || prev != CharClass.number && cur == CharClass.number {
            return camel123
        }
        switch cur {
        case CharClass.nonWord, CharClass.delimiter: return nonWord
        case CharClass.white: return boundaryWhite
        default: return 0
        }
    }

    /// 7×7 table indexed `prev * 8 + cur`, filled once.
    static let matrix: [Int32] = makeMatrix(names: false)

    /// The table for names and titles: an inner capital (`McDonald`, `aDjacent`) is not a
    /// word start there, unlike in code identifiers, so it earns no camelCase bonus.
    static let namesMatrix: [Int32] = makeMatrix(names: true)

    static func makeMatrix(names: Bool) -> [Int32] {
        var m = [Int32](repeating: 0, count: 64)
        for prev in 0..<7 {
            for cur in 0..<7 { m[prev * 8 + cur] = bonus(UInt8(prev), UInt8(cur)) }
        }
        if names { m[Int(CharClass.lower) * 8 + Int(CharClass.upper)] = 0 }
        return m
    }
}

/// One candidate text prepared for matching, plus the scratch space of the algorithms.
///
/// A class (not a struct) so one instance is reused for every line a worker thread sees:
/// no per-line allocation. Never shared between threads.
final class MatchText {
    private(set) var count = 0
    private var capacity = 0
    /// The text's scalars as given (case kept).
    private(set) var raw = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
    private(set) var classes = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    private(set) var bonus = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    /// Comparison forms: index `(caseSensitive ? 2 : 0) + (normalize ? 1 : 0)`.
    private var variants: [UnsafeMutablePointer<UInt32>] = (0..<4).map { _ in .allocate(capacity: 1) }
    private var ready: UInt8 = 0
    private var bonusReady = false
    /// True when every scalar is ASCII (case and accent forms are cheap then).
    private(set) var isASCII = true

    /// Bonus table in use (`Scoring.matrix`, or `Scoring.namesMatrix` for names).
    let matrix: [Int32]

    /// `names: true` scores inner capitals as ordinary letters (see `Scoring.namesMatrix`).
    init(names: Bool = false) {
        // Private copies: shared global arrays would have their reference counts hammered
        // by every worker thread at once.
        matrix = (names ? Scoring.namesMatrix : Scoring.matrix).map { $0 }
        asciiClasses = CharClass.ascii.map { $0 }
    }

    let asciiClasses: [UInt8]

    // Scratch for the V2 matrix; grown on demand.
    var h = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    var c = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    var matrixCapacity = 1
    var firstOccurrence = [Int](repeating: 0, count: 16)

    deinit {
        raw.deallocate(); classes.deallocate(); bonus.deallocate()
        for v in variants { v.deallocate() }
        h.deallocate(); c.deallocate()
    }

    private func reserve(_ n: Int) {
        guard n > capacity else { return }
        let cap = max(n, capacity * 2, 64)
        raw.deallocate(); classes.deallocate(); bonus.deallocate()
        raw = .allocate(capacity: cap)
        classes = .allocate(capacity: cap)
        bonus = .allocate(capacity: cap)
        for i in 0..<4 { variants[i].deallocate(); variants[i] = .allocate(capacity: cap) }
        capacity = cap
    }

    func reserveMatrix(_ cells: Int) {
        guard cells > matrixCapacity else { return }
        let cap = max(cells, matrixCapacity * 2)
        h.deallocate(); c.deallocate()
        h = .allocate(capacity: cap)
        c = .allocate(capacity: cap)
        matrixCapacity = cap
    }

    /// Loads ASCII bytes (no byte ≥ 0x80). One pass fills the scalars, classes, bonuses
    /// and the lowercase form: for short fields the per-pass overhead dominates.
    func load(ascii bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        count = bytes.count
        let lowered = variants[0]
        asciiClasses.withUnsafeBufferPointer { t in
            matrix.withUnsafeBufferPointer { m in
                var prev = CharClass.white
                for i in 0..<bytes.count {
                    let b = bytes[i]
                    let v = UInt32(b)
                    raw[i] = v
                    lowered[i] = v &- 0x41 < 26 ? v | 0x20 : v
                    let cls = t[Int(b & 0x7F)]
                    classes[i] = cls
                    bonus[i] = m[Int(prev) &* 8 &+ Int(cls)]
                    prev = cls
                }
            }
        }
        isASCII = true
        ready = 1
        bonusReady = true
    }

    /// Loads UTF-8 bytes; invalid sequences become U+FFFD.
    func load(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        var n = 0
        var ascii = true
        var it = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s):
                raw[n] = s.value; n += 1
                if s.value >= 0x80 { ascii = false }
            case .error:
                raw[n] = 0xFFFD; n += 1; ascii = false
            case .emptyInput:
                break loop
            }
        }
        finishLoad(n, ascii: ascii)
    }

    /// Loads scalars (used for already-folded text).
    func load(scalars: some Collection<Unicode.Scalar>) {
        reserve(scalars.count)
        var n = 0
        var ascii = true
        for s in scalars {
            raw[n] = s.value; n += 1
            if s.value >= 0x80 { ascii = false }
        }
        finishLoad(n, ascii: ascii)
    }

    private func finishLoad(_ n: Int, ascii: Bool) {
        count = n
        for i in 0..<n { classes[i] = CharClass.of(raw[i]) }
        isASCII = ascii
        ready = 0
        bonusReady = false
    }

    /// Bonus of each position, from the previous character's class (a white space before
    /// the first character, as in fzf's default scheme).
    func bonuses() -> UnsafeMutablePointer<Int32> {
        if !bonusReady {
            matrix.withUnsafeBufferPointer { m in
                var prev = CharClass.white
                for i in 0..<count {
                    let cur = classes[i]
                    bonus[i] = m[Int(prev) &* 8 &+ Int(cur)]
                    prev = cur
                }
            }
            bonusReady = true
        }
        return bonus
    }

    /// The text in the comparison form a term asks for: lowercased unless case-sensitive,
    /// accents stripped when normalizing.
    func variant(caseSensitive: Bool, normalize: Bool) -> UnsafeMutablePointer<UInt32> {
        // Accents never matter for ASCII; its case-sensitive form is the text itself.
        if isASCII { if caseSensitive { return raw } else if ready & 1 != 0 { return variants[0] } }
        let index = (caseSensitive ? 2 : 0) + (normalize && !isASCII ? 1 : 0)
        let out = variants[index]
        if ready & (1 << index) != 0 { return out }
        if isASCII {
            if caseSensitive {
                out.update(from: raw, count: count)
            } else {
                for i in 0..<count {
                    let v = raw[i]
                    out[i] = v &- 0x41 < 26 ? v | 0x20 : v
                }
            }
        } else {
            for i in 0..<count {
                var s = Unicode.Scalar(raw[i]) ?? "\u{FFFD}"
                if !caseSensitive { s = TextFolding.lowercase(s) }
                if normalize { s = TextFolding.stripAccent(s) }
                out[i] = s.value
            }
        }
        ready |= 1 << index
        return out
    }
}
