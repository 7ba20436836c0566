/// vCard 4.0 (RFC 6350) for a person's contact details, as address books import them.
///
/// Lines end with CRLF and are folded at 75 octets (a CRLF and a space, never inside a UTF-8
/// character); text values escape `\`, `,`, `;` and newlines (§3.4). `BDAY` is `YYYYMMDD`, or
/// `--MMDD` without a year (§4.3.1); `NOTE` names the vault note the card came from; `UID` is
/// derived from the vault path, so exporting again updates the same contacts.
public enum VCard {
    /// One `BEGIN:VCARD` … `END:VCARD` block.
    public static func card(_ c: ContactDetails) -> String {
        var lines = ["BEGIN:VCARD", "VERSION:4.0", "PRODID:-//kith//kith \(KithVersion.current)//EN",
                     "UID:urn:uuid:\(uuid(for: c.path))",
                     "FN:" + escaped(c.name),
                     "N:" + [c.familyName ?? (c.givenName == nil ? c.name : ""), c.givenName ?? "", "", "", ""]
                         .map(escaped).joined(separator: ";")]
        if !c.aliases.isEmpty { lines.append("NICKNAME:" + c.aliases.map(escaped).joined(separator: ",")) }
        lines += c.emails.map { "EMAIL:" + escaped($0) }
        lines += c.phones.map { "TEL:" + escaped($0) }
        if let org = c.organization { lines.append("ORG:" + escaped(org)) }
        if let role = c.role { lines.append("TITLE:" + escaped(role)) }
        if let b = c.birthday { lines.append("BDAY:" + date(b)) }
        lines += c.urls.map { "URL:" + $0 }
        if !c.tags.isEmpty { lines.append("CATEGORIES:" + c.tags.map(escaped).joined(separator: ",")) }
        lines.append("NOTE:" + escaped("Vault note: \(c.path)"))
        lines.append("END:VCARD")
        return lines.map(folded).joined()
    }

    /// `19901222`, or `--1222` without a year.
    static func date(_ d: YearlyDate) -> String {
        let md = two(d.month) + two(d.day)
        guard let year = d.year else { return "--" + md }
        return String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year) + md
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// A text value with `\`, `,` and `;` escaped and line breaks as `\n` (RFC 6350 §3.4).
    public static func escaped(_ s: String) -> String {
        var out = ""
        var previousCR = false
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            default:
                // Other control characters have no place in a content line.
                if scalar.value < 0x20 || scalar.value == 0x7F { out += " " } else { out.unicodeScalars.append(scalar) }
            }
            previousCR = scalar == "\r"
        }
        return out
    }

    /// A content line folded into lines of at most 75 octets, each ended by CRLF; a
    /// continuation starts with one space (which counts toward its 75).
    public static func folded(_ line: String) -> String {
        var out: [UInt8] = []
        var width = 0
        for scalar in line.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if width + bytes.count > 75 {
                out += [0x0D, 0x0A, 0x20]
                width = 1
            }
            out += bytes
            width += bytes.count
        }
        out += [0x0D, 0x0A]
        return String(decoding: out, as: UTF8.self)
    }

    /// A stable RFC 9562 version-8 UUID from the vault path: two FNV-1a hashes of it.
    static func uuid(for path: String) -> String {
        func fnv(_ seed: UInt64) -> UInt64 {
            var h = seed
            for b in path.utf8 {
                h ^= UInt64(b)
                h = h &* 0x100000001b3
            }
            return h
        }
        var hi = fnv(0xcbf29ce484222325), lo = fnv(0x84222325cbf29ce4 ^ UInt64(path.utf8.count))
        hi = (hi & ~0xF000) | 0x8000 // version 8
        lo = (lo & ~(0xC << 60)) | (0x8 << 60) // variant 10
        let hex = String(hi, radix: 16).leftPadded(16) + String(lo, radix: 16).leftPadded(16)
        let c = Array(hex)
        return [c[0..<8], c[8..<12], c[12..<16], c[16..<20], c[20..<32]].map { String($0) }.joined(separator: "-")
    }
}

extension String {
    fileprivate func leftPadded(_ n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
