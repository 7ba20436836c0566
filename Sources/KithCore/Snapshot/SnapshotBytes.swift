import Foundation

/// Why a snapshot could not be used. Every one of them means "index the vault from its files".
public enum SnapshotError: Error, Equatable, CustomStringConvertible {
    /// No snapshot for this vault yet.
    case missing
    /// Not a kith snapshot, cut short, or its bytes do not add up (checksum, bounds, values).
    case corrupt(String)
    /// Written by another kith (version or format), or for other rules or settings.
    case stale(String)
    /// The file exists but cannot be read.
    case unreadable(String)
    /// Not read: a full re-index was asked for.
    case skipped

    public var description: String {
        switch self {
        case .missing: return "no snapshot yet"
        case .corrupt(let why): return "snapshot is damaged (\(why))"
        case .stale(let why): return "snapshot is out of date (\(why))"
        case .unreadable(let why): return "snapshot cannot be read (\(why))"
        case .skipped: return "a full re-index was asked for"
        }
    }
}

/// Appends a snapshot's values as bytes: LEB128 varints (zigzag for signed values), strings as
/// IDs into a table of distinct strings (a person's path is written once, not once per link).
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []
    /// The strings written so far, by ID (the table is written before the values that use it).
    private(set) var strings: [String] = []
    private var ids: [String: UInt32] = [:]

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    /// Drops the bytes written so far (once they are out), keeping the string table.
    mutating func clearBytes() { bytes.removeAll(keepingCapacity: true) }

    @inline(__always) mutating func byte(_ v: UInt8) { bytes.append(v) }

    @inline(__always) mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

    /// An unsigned LEB128 varint.
    @inline(__always) mutating func uint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// A signed value, zigzag-encoded so small negatives stay short.
    @inline(__always) mutating func int(_ v: Int) {
        let x = Int64(v)
        uint(UInt64(bitPattern: (x << 1) ^ (x >> 63)))
    }

    /// A count or a non-negative offset.
    @inline(__always) mutating func count(_ n: Int) { uint(UInt64(n)) }

    mutating func raw(_ data: UnsafeRawBufferPointer) { bytes.append(contentsOf: data) }

    mutating func raw(_ data: [UInt8]) { bytes.append(contentsOf: data) }

    /// A fixed-width little-endian 64-bit value (header fields read before anything else).
    mutating func fixed64(_ v: UInt64) {
        for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(k)))) }
    }

    /// Overwrites the 8 bytes at `offset` (a `fixed64` written earlier as a placeholder) with
    /// `v`: a length known only once what follows it is written.
    mutating func setFixed64(_ v: UInt64, at offset: Int) {
        for k in 0..<8 { bytes[offset + k] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(k))) }
    }

    /// Bytes written as they are (a length, then UTF-8): for text read before the table.
    mutating func inlineString(_ s: String) {
        var s = s
        s.withUTF8 { count($0.count); raw(UnsafeRawBufferPointer($0)) }
    }

    /// A string, as its ID in the table.
    @inline(__always) mutating func string(_ s: String) { uint(UInt64(stringID(s))) }

    /// The string's ID in the table (added when new), for a caller that writes it itself.
    mutating func stringID(_ s: String) -> UInt32 {
        if let id = ids[s] { return id }
        let id = UInt32(strings.count)
        ids[s] = id
        strings.append(s)
        return id
    }

    /// nil as 0, a string as its ID + 1.
    mutating func optionalString(_ s: String?) {
        guard let s else { uint(0); return }
        if let id = ids[s] { uint(UInt64(id) + 1); return }
        let id = UInt32(strings.count)
        ids[s] = id
        strings.append(s)
        uint(UInt64(id) + 1)
    }

    mutating func strings(_ list: [String]) {
        count(list.count)
        for s in list { string(s) }
    }

    /// A calendar day as one varint (0: none).
    mutating func date(_ d: CalendarDate?) {
        guard let d else { uint(0); return }
        uint(UInt64(d.year * 512 + d.month * 32 + d.day))
    }
}

/// Reads what `SnapshotWriter` wrote, checking every length, count and ID against the bytes
/// left: any input gives values or `SnapshotError.corrupt`, never a trap.
struct SnapshotReader {
    let base: UnsafeRawPointer
    private(set) var position: Int
    let end: Int
    /// The string table (filled once it is decoded).
    var table: [String] = []

    init(_ buffer: UnsafeRawBufferPointer, from start: Int = 0, to end: Int? = nil) {
        // An empty buffer has no base address: point at a static byte that is never read.
        base = buffer.baseAddress ?? UnsafeRawPointer(Self.empty)
        position = start
        self.end = end ?? buffer.count
    }

    nonisolated(unsafe) private static let empty = UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 1)

    var remaining: Int { end - position }
    var isAtEnd: Bool { position >= end }

    static func fail(_ why: String) -> SnapshotError { .corrupt(why) }

    @inline(__always) mutating func byte() throws -> UInt8 {
        guard position < end else { throw Self.fail("cut short") }
        let b = base.load(fromByteOffset: position, as: UInt8.self)
        position += 1
        return b
    }

    @inline(__always) mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Self.fail("bad flag")
        }
    }

    @inline(__always) mutating func uint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end else { throw Self.fail("cut short") }
            let b = base.load(fromByteOffset: position, as: UInt8.self)
            position += 1
            if shift == 63 && b > 1 { throw Self.fail("varint overflow") }
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
            if shift > 63 { throw Self.fail("varint overflow") }
        }
    }

    @inline(__always) mutating func int() throws -> Int {
        let z = try uint()
        return Int(truncatingIfNeeded: Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    /// A non-negative value up to `limit`.
    @inline(__always) mutating func int(upTo limit: Int) throws -> Int {
        let v = try uint()
        guard limit >= 0, v <= UInt64(limit) else { throw Self.fail("value out of range") }
        return Int(v)
    }

    /// An element count: each element takes at least `minBytes` of what is left, so a damaged
    /// count cannot ask for more memory than the file could describe.
    @inline(__always) mutating func count(minBytes: Int = 1) throws -> Int {
        let v = try uint()
        guard v <= UInt64(remaining / max(1, minBytes)) else { throw Self.fail("count out of range") }
        return Int(v)
    }

    /// A line number (written signed) that fits an `Int32`, as the index keeps some.
    @inline(__always) mutating func line() throws -> Int {
        let v = try int()
        guard v >= Int(Int32.min), v <= Int(Int32.max) else { throw Self.fail("line out of range") }
        return v
    }

    mutating func fixed64() throws -> UInt64 {
        guard remaining >= 8 else { throw Self.fail("cut short") }
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(base.load(fromByteOffset: position + k, as: UInt8.self)) << (8 * UInt64(k)) }
        position += 8
        return v
    }

    /// `n` bytes in place.
    mutating func raw(_ n: Int) throws -> UnsafeRawBufferPointer {
        guard n >= 0, n <= remaining else { throw Self.fail("cut short") }
        let out = UnsafeRawBufferPointer(start: base + position, count: n)
        position += n
        return out
    }

    /// A string written with `inlineString` (invalid UTF-8 is replaced, never trusted).
    mutating func inlineString(limit: Int = 1 << 20) throws -> String {
        let n = try count()
        guard n <= limit else { throw Self.fail("string too long") }
        return String(decoding: try raw(n), as: UTF8.self)
    }

    @inline(__always) mutating func string() throws -> String {
        let id = try uint()
        guard id < UInt64(table.count) else { throw Self.fail("string ID out of range") }
        return table[Int(id)]
    }

    @inline(__always) mutating func optionalString() throws -> String? {
        let id = try uint()
        if id == 0 { return nil }
        guard id <= UInt64(table.count) else { throw Self.fail("string ID out of range") }
        return table[Int(id - 1)]
    }

    mutating func strings() throws -> [String] {
        let n = try count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    mutating func date() throws -> CalendarDate? {
        let v = try uint()
        if v == 0 { return nil }
        guard v < 10_000 * 512, let d = CalendarDate(year: Int(v / 512), month: Int(v / 32 % 16), day: Int(v % 32)) else {
            throw Self.fail("bad date")
        }
        return d
    }
}

/// A 64-bit checksum of a snapshot's bytes, eight bytes at a time (a damaged or torn file is
/// told from a good one before anything in it is trusted).
enum SnapshotChecksum {
    static func of(_ data: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(data.count)
        let words = data.count / 8
        var i = 0
        // Four lanes, so the multiplications overlap.
        var a = h, b = h &+ 1, c = h &+ 2, d = h &+ 3
        while i + 4 <= words {
            a = mix(a, data.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
            b = mix(b, data.loadUnaligned(fromByteOffset: i * 8 + 8, as: UInt64.self))
            c = mix(c, data.loadUnaligned(fromByteOffset: i * 8 + 16, as: UInt64.self))
            d = mix(d, data.loadUnaligned(fromByteOffset: i * 8 + 24, as: UInt64.self))
            i += 4
        }
        h = mix(mix(mix(mix(h, a), b), c), d)
        while i < words {
            h = mix(h, data.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
            i += 1
        }
        var tail: UInt64 = 0
        for k in (words * 8)..<data.count { tail = tail << 8 | UInt64(data[k]) }
        return mix(h, tail)
    }

    @inline(__always) private static func mix(_ h: UInt64, _ v: UInt64) -> UInt64 {
        var x = (h ^ v) &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        return x &* 0xC4CE_B9FE_1A85_EC53 ^ (x >> 29)
    }
}
