import Foundation
import KithCore

/// A JSON object whose long lists are made one element at a time, so it is written as it is
/// made instead of built whole: `kith show --json` of the vault's owner is 30 MB at 10,000
/// notes, and building it as one value cost a tenth of the command. The text is the one
/// `JSON.rendered()` gives for the same object built whole.
struct JSONObjectStream {
    enum Value {
        case json(JSON)
        /// `count` elements, element `i` made by `element(i)` when it is written. Elements of
        /// one shape: either all scalars or none (what decides the array's layout is then the
        /// first).
        case list(count: Int, element: @Sendable (Int) -> JSON)
        /// `count` objects, element `i` written by `write(i, indent, &bytes)` as
        /// `JSON.object(…).write` would (with `JSONObjectWriter`): the longest lists, without
        /// building a value per element.
        case objects(count: Int, write: @Sendable (Int, Int, inout [UInt8]) -> Void)
    }

    var pairs: [(String, Value)] = []

    mutating func append(_ key: String, _ value: JSON) { pairs.append((key, .json(value))) }

    mutating func append(_ key: String, count: Int, _ element: @escaping @Sendable (Int) -> JSON) {
        pairs.append((key, .list(count: count, element: element)))
    }

    mutating func append(_ key: String, objects count: Int, _ write: @escaping @Sendable (Int, Int, inout [UInt8]) -> Void) {
        pairs.append((key, .objects(count: count, write: write)))
    }

    mutating func append(contentsOf fields: [(String, JSON)]) {
        for (key, value) in fields { append(key, value) }
    }

    /// Writes the object as `JSON.object(…).rendered()` would, a list element at a time.
    func write(to out: inout JSONStreamWriter) {
        guard !pairs.isEmpty else { return out.write(.object([]), indent: 0, newline: true) }
        out.raw("{\n")
        for (i, (key, value)) in pairs.enumerated() {
            out.bytes { JSON.pad(2, &$0); JSON.quote(key, into: &$0); $0 += ": ".utf8 }
            switch value {
            case .json(let j):
                out.write(j, indent: 2)
            case .objects(let count, let write):
                if count == 0 {
                    out.raw("[]")
                } else {
                    out.raw("[\n")
                    Self.writeElements(count: count, write, to: &out)
                    out.raw("  ]")
                }
            case .list(let count, let element):
                let first = count > 0 ? element(0) : nil
                if let first, !first.isScalar {
                    out.raw("[\n")
                    Self.writeElements(count: count, { k, indent, buf in (k == 0 ? first : element(k)).write(to: &buf, indent: indent) },
                                       to: &out)
                    out.raw("  ]")
                } else {
                    // Empty, or scalars on one line: as the built value lays them out.
                    out.write(.array((0..<count).map { $0 == 0 ? first! : element($0) }), indent: 2)
                }
            }
            out.raw(i == pairs.count - 1 ? "\n" : ",\n")
        }
        out.raw("}\n")
        out.flushIfFull()
    }
}

extension JSONObjectStream {
    /// Elements rendered per task: rendering is most of the work and the elements do not
    /// depend on each other, so batches of them are rendered side by side and written in
    /// order, a few at a time (memory stays a few batches, not the list).
    static let batch = 1_024

    /// The elements of a list of objects at indent 4, one per line as `JSON.rendered()` lays
    /// them out.
    static func writeElements(count: Int, _ write: @escaping @Sendable (Int, Int, inout [UInt8]) -> Void,
                              to out: inout JSONStreamWriter) {
        @Sendable func render(_ range: Range<Int>) -> [UInt8] {
            var buf: [UInt8] = []
            for k in range {
                JSON.pad(4, &buf)
                write(k, 4, &buf)
                buf += (k == count - 1 ? "\n" : ",\n").utf8
            }
            return buf
        }
        guard count > 2 * batch else { return out.bytes { $0 += render(0..<count) } }
        var k = 0
        while k < count {
            let from = k, to = min(count, k + 8 * batch)
            let parts = Parallel.chunks(of: to - from, into: (to - from + batch - 1) / batch) { r in
                render((from + r.lowerBound)..<(from + r.upperBound))
            }
            for p in parts { out.bytes { $0 += p } }
            out.flushIfFull()
            k = to
        }
    }
}

/// Bytes on their way to a file descriptor (standard output), written out whenever a
/// megabyte has gathered and at `flush`.
struct JSONStreamWriter {
    private var buffer: [UInt8] = []
    private let fd: Int32
    /// Set when a write failed (a closed pipe): the rest is dropped.
    private(set) var failed = false
    static let chunk = 1 << 20

    init(fd: Int32 = STDOUT_FILENO) {
        self.fd = fd
        buffer.reserveCapacity(Self.chunk + (Self.chunk >> 2))
    }

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    mutating func bytes(_ body: (inout [UInt8]) -> Void) { body(&buffer) }

    mutating func write(_ value: JSON, indent: Int, newline: Bool = false) {
        value.write(to: &buffer, indent: indent)
        if newline { buffer.append(0x0A) }
        flushIfFull()
    }

    mutating func flushIfFull() {
        if buffer.count >= Self.chunk { flush() }
    }

    /// Writes out what has gathered.
    mutating func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard !failed else { return }
        buffer.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    // Standard output gone: end as `Console` ends (the snapshot written first).
                    if fd == STDOUT_FILENO { Console.outputClosed(errno) }
                    failed = true
                    return
                }
                done += n
            }
        }
    }
}

/// An object of scalars written straight into bytes, laid out as `JSON.object(…).write(to:indent:)`
/// lays it out: `{`, each key on its own line two deeper than `indent`, `}` at `indent`.
struct JSONObjectWriter {
    private var first = true
    private let indent: Int

    init(indent: Int, _ out: inout [UInt8]) {
        self.indent = indent
        out.append(0x7B)
    }

    private mutating func key(_ k: String, _ out: inout [UInt8]) {
        out += (first ? "\n" : ",\n").utf8
        first = false
        JSON.pad(indent + 2, &out)
        JSON.quote(k, into: &out)
        out += ": ".utf8
    }

    /// A string, or `null` when absent.
    mutating func string(_ k: String, _ s: String?, _ out: inout [UInt8]) {
        key(k, &out)
        if let s { JSON.quote(s, into: &out) } else { out += "null".utf8 }
    }

    mutating func bool(_ k: String, _ b: Bool, _ out: inout [UInt8]) {
        key(k, &out)
        out += (b ? "true" : "false").utf8
    }

    mutating func int(_ k: String, _ n: Int, _ out: inout [UInt8]) {
        key(k, &out)
        out += String(n).utf8
    }

    /// Closes the object (`{}` when it has no key).
    func end(_ out: inout [UInt8]) {
        if first { out.append(0x7D); return }
        out.append(0x0A)
        JSON.pad(indent, &out)
        out.append(0x7D)
    }
}
