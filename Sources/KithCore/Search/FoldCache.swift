/// Folded UTF-8 of the scalars below U+0500 and in Latin Extended Additional, computed
/// once, so folding a line with accents is a table lookup per character.
enum FoldCache {
    static let low: [[UInt8]] = (0..<0x500).map { fold(UInt32($0)) }
    static let extended: [[UInt8]] = (0x1E00..<0x1F00).map { fold(UInt32($0)) }
    /// `low` then `extended` in one byte array: entry k is `flat[start[k]..<start[k + 1]]`
    /// (k below 0x500 for `low`, 0x500 + v - 0x1E00 for `extended`). Reading nested arrays
    /// retained and released one per character.
    static let (flat, start): ([UInt8], [Int32]) = {
        var flat: [UInt8] = [], start: [Int32] = []
        for entry in low + extended {
            start.append(Int32(flat.count))
            flat += entry
        }
        start.append(Int32(flat.count))
        return (flat, start)
    }()

    static func fold(_ v: UInt32) -> [UInt8] {
        guard let scalar = Unicode.Scalar(v) else { return [] }
        var out = String.UnicodeScalarView()
        TextFolding.appendFolded(scalar, keepingCase: false) { out.append($0) }
        return Array(String(out).utf8)
    }

    /// Appends the full fold of UTF-8 `line` (as `TextFolding.fold` would produce it).
    static func appendFolded(_ line: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var i = 0
        let n = line.count
        out.reserveCapacity(out.count + n + n / 2)
        flat.withUnsafeBufferPointer { flat in
            start.withUnsafeBufferPointer { start in
                while i < n {
                    let b = line[i]
                    if b < 0x80 {
                        out.append(b &- 0x41 < 26 ? b | 0x20 : b)
                        i += 1
                        continue
                    }
                    // Decode one scalar (invalid bytes become U+FFFD, one byte at a time).
                    var v: UInt32 = 0xFFFD
                    var len = 1
                    if b >= 0xC2 && b < 0xE0 && i + 1 < n {
                        v = UInt32(b & 0x1F) << 6 | UInt32(line[i + 1] & 0x3F); len = 2
                    } else if b >= 0xE0 && b < 0xF0 && i + 2 < n {
                        v = UInt32(b & 0x0F) << 12 | UInt32(line[i + 1] & 0x3F) << 6
                            | UInt32(line[i + 2] & 0x3F); len = 3
                    } else if b >= 0xF0 && b < 0xF5 && i + 3 < n {
                        v = UInt32(b & 0x07) << 18 | UInt32(line[i + 1] & 0x3F) << 12
                            | UInt32(line[i + 2] & 0x3F) << 6 | UInt32(line[i + 3] & 0x3F); len = 4
                    }
                    let k = v < 0x500 ? Int(v) : v >= 0x1E00 && v < 0x1F00 ? 0x500 + Int(v - 0x1E00) : -1
                    if k >= 0 {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: flat[Int(start[k])..<Int(start[k + 1])]))
                    } else if let scalar = Unicode.Scalar(v) {
                        TextFolding.appendFolded(scalar, keepingCase: false) {
                            out.append(contentsOf: String($0).utf8)
                        }
                    }
                    i += len
                }
            }
        }
    }

    /// The fold through the nested tables, one array per character, as the flat tables
    /// must reproduce it (tests).
    static func plainAppendFolded(_ line: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let text = String(decoding: line, as: UTF8.self)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x500 { out += low[Int(v)] } else if v >= 0x1E00 && v < 0x1F00 { out += extended[Int(v - 0x1E00)] } else {
                TextFolding.appendFolded(scalar, keepingCase: false) { out.append(contentsOf: String($0).utf8) }
            }
        }
    }
}
