import Foundation

/// Small helpers for scanning UTF-8 bytes. The parser works on bytes rather than
/// `Character`s: grapheme breaking is the expensive part of Swift string iteration, and
/// every syntax character the parser cares about is ASCII.
enum ByteText {
    @inline(__always) static func isSpaceOrTab(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

    @inline(__always) static func isASCIIAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }

    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    @inline(__always) static func isHexDigit(_ b: UInt8) -> Bool {
        isDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x66)
    }

    @inline(__always) static func isASCIIPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60)
            || (b >= 0x7B && b <= 0x7E)
    }

    /// The text of `buf[start..<end]`; the bytes come from a valid `String`, so no repair happens.
    @inline(__always)
    static func string(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        guard end > start else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: buf[start..<end]), as: UTF8.self)
    }

    /// `start..<end` without surrounding spaces and tabs.
    @inline(__always)
    static func trimmed(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
        var s = start, e = end
        while s < e, isSpaceOrTab(buf[s]) { s += 1 }
        while e > s, isSpaceOrTab(buf[e - 1]) { e -= 1 }
        return (s, e)
    }

    /// Decodes the scalar starting at `i` (valid UTF-8 assumed) and its length in bytes.
    @inline(__always)
    static func scalar(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(buf[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        var need = 0, value: UInt32 = 0
        if b0 >= 0xF0 { need = 3; value = b0 & 0x07 } else if b0 >= 0xE0 { need = 2; value = b0 & 0x0F } else {
            need = 1; value = b0 & 0x1F
        }
        guard i + need < end else { return ("\u{FFFD}", 1) }
        for k in 1...need { value = (value << 6) | (UInt32(buf[i + k]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", need + 1)
    }

    /// Whether `buf[at...]` starts with the ASCII bytes of `pattern`.
    @inline(__always)
    static func hasPrefix(_ buf: UnsafeBufferPointer<UInt8>, _ at: Int, _ end: Int,
                          _ pattern: StaticString) -> Bool {
        let n = pattern.utf8CodeUnitCount
        guard at + n <= end else { return false }
        let p = pattern.utf8Start
        for k in 0..<n where buf[at + k] != p[k] { return false }
        return true
    }
}

/// Where each line of a note starts, in the same shape as `ParsedNote.lineStarts`.
struct LineTable {
    let starts: [Int32]
    /// Total byte length of the text.
    let length: Int

    init(_ buf: UnsafeBufferPointer<UInt8>) {
        var starts: [Int32] = [0]
        starts.reserveCapacity(buf.count / 32 + 1)
        let n = buf.count
        if let base = buf.baseAddress {
            var i = 0
            while i < n, let hit = memchr(base + i, 0x0A, n - i) {
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(Int32(i))
            }
        }
        // A final newline does not begin another line (as `ParsedNote.lineStarts(of:)`).
        if starts.count > 1, Int(starts[starts.count - 1]) == n { starts.removeLast() }
        // The table is kept by the note: drop the reserve when most of it went unused.
        self.starts = starts.count * 2 < starts.capacity ? starts.withUnsafeBufferPointer { Array($0) } : starts
        self.length = n
    }

    var count: Int { starts.count }

    /// Byte offset where 0-based line `i` starts.
    @inline(__always) func start(_ i: Int) -> Int { Int(starts[i]) }

    /// Offset just past line `i` including its `\n`.
    @inline(__always) func next(_ i: Int) -> Int { i + 1 < starts.count ? Int(starts[i + 1]) : length }

    /// Offset where line `i`'s content ends (before `\n` or `\r\n`).
    @inline(__always) func contentEnd(_ i: Int, _ buf: UnsafeBufferPointer<UInt8>) -> Int {
        var e = next(i)
        let s = start(i)
        if e > s, buf[e - 1] == 0x0A { e -= 1 }
        if e > s, buf[e - 1] == 0x0D { e -= 1 }
        return e
    }

    /// 0-based line containing byte offset `offset` (binary search).
    func line(containing offset: Int) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(starts[mid]) <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
