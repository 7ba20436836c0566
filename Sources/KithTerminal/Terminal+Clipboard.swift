import CNcursesw
import Glibc

/// What became of a clipboard write.
public enum ClipboardWrite: Equatable, Sendable {
    /// The OSC 52 sequence went to the terminal (which may still ignore it: xterm needs
    /// `allowWindowOps`, tmux `set-clipboard on`).
    case sent
    /// Not sent, and why.
    case unsupported(String)
}

extension Terminal {
    /// Puts `text` on the clipboard with OSC 52 (`ESC ] 52 ; c ; base64 BEL`), the escape
    /// sequence terminals (and tmux, and ssh, which just carries it) use for the system
    /// clipboard. Under GNU screen it is wrapped in screen's passthrough; the Linux console,
    /// which would print it, is not sent one.
    public func copyToClipboard(_ text: String) -> ClipboardWrite {
        guard screen != nil else { return .unsupported("the terminal is not started") }
        let term: String
        switch device {
        case .tty: term = getenv("TERM").map { String(cString: $0) } ?? ""
        case .files(let t, _, _): term = t
        }
        if term == "linux" || term.hasPrefix("linux-") {
            return .unsupported("the Linux console has no clipboard (use a terminal emulator, or tmux)")
        }
        let inScreen = term.hasPrefix("screen") && getenv("TMUX") == nil && getenv("STY") != nil
        let bytes = Self.osc52(text, gnuScreen: inScreen)
        guard let out = outputFile else { return .unsupported("no terminal output") }
        fflush(out)
        let fd = fileno(out)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return .unsupported("writing to the terminal failed: \(String(cString: strerror(errno)))") }
            written += n
        }
        return .sent
    }

    /// The stream curses draws on.
    var outputFile: UnsafeMutablePointer<FILE>? {
        switch device {
        case .tty: return kith_stdout()
        case .files(_, _, let output): return output
        }
    }

    /// `ESC ] 52 ; c ; <base64 of the UTF-8 text> BEL`; for GNU screen inside `ESC P … ESC \`.
    public static func osc52(_ text: String, gnuScreen: Bool = false) -> [UInt8] {
        let body = Array("\u{1B}]52;c;".utf8) + base64(Array(text.utf8)) + [0x07]
        return gnuScreen ? Array("\u{1B}P".utf8) + body + Array("\u{1B}\\".utf8) : body
    }

    /// Standard base64 with padding (RFC 4648), as OSC 52 carries it.
    static func base64(_ bytes: [UInt8]) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            let b0 = UInt32(bytes[i]), b1 = n > 1 ? UInt32(bytes[i + 1]) : 0, b2 = n > 2 ? UInt32(bytes[i + 2]) : 0
            let v = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(v >> 18 & 63)])
            out.append(alphabet[Int(v >> 12 & 63)])
            out.append(n > 1 ? alphabet[Int(v >> 6 & 63)] : UInt8(ascii: "="))
            out.append(n > 2 ? alphabet[Int(v & 63)] : UInt8(ascii: "="))
            i += 3
        }
        return out
    }
}
