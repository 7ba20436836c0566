import KithCore

/// The state of rendering one line's tokens: which emphases and HTML elements are open, the
/// link an `<a href>` gives its text, and the display lines made so far.
struct InlineWalk {
    enum Style: Int { case code, heading, highlight, bold, italic, strike }

    let base: Role
    private var styles = [Int](repeating: 0, count: 6)
    /// Open HTML elements (their style, if any) and how many of each name are open, so a
    /// closing tag finds its element without searching a long stack in vain.
    private var elements: [(name: String, style: Style?, link: LinkDestination?)] = []
    private var openCount: [String: Int] = [:]
    private var htmlLink: LinkDestination?
    /// Inside `<script>` or `<style>`: nothing is shown until it closes.
    private var hiddenUntil: String?
    private var line = SpanBuilder()
    private var done: [[StyledSpan]] = []

    init(base: Role) { self.base = base }

    var hasText: Bool { !line.isEmpty }

    /// Whether the line so far ends with a space.
    var endsWithSpace: Bool { line.spans.last?.text.last.map { $0 == " " || $0 == "\t" } ?? true }

    /// The role plain text takes now.
    var role: Role {
        if styles[Style.code.rawValue] > 0 { return .code }
        if styles[Style.heading.rawValue] > 0 { return .heading }
        if styles[Style.highlight.rawValue] > 0 { return .match }
        if styles[Style.bold.rawValue] > 0 { return .bold }
        if styles[Style.italic.rawValue] > 0 { return .italic }
        if styles[Style.strike.rawValue] > 0 { return .dim }
        return base
    }

    mutating func text(_ s: String) { styled(s, role) }

    mutating func styled(_ s: String, _ role: Role) {
        guard hiddenUntil == nil, !s.isEmpty else { return }
        if let htmlLink { line.append(s, .link, link: htmlLink) } else { line.append(s, role) }
    }

    mutating func link(_ s: String, _ role: Role, _ destination: LinkDestination) {
        guard hiddenUntil == nil else { return }
        line.append(s, role, link: destination)
    }

    mutating func emphasis(_ e: InlineToken.Emphasis, by delta: Int) {
        let style: Style = switch e {
        case .italic: .italic
        case .bold: .bold
        case .strike: .strike
        case .highlight: .highlight
        }
        styles[style.rawValue] = max(0, styles[style.rawValue] + delta)
    }

    /// An HTML element opens: `<b>`/`<strong>`, `<i>`/`<em>`, `<code>`/`<kbd>`, `<s>`/`<del>`,
    /// `<mark>`, `<h1>`…`<h6>` style their text like the Markdown they stand for; `<a href>`
    /// links it.
    mutating func open(_ name: String, link: LinkDestination?) {
        if name == "script" || name == "style" { hiddenUntil = name; return }
        let style: Style? = switch name {
        case "b", "strong": .bold
        case "i", "em", "cite", "var", "dfn": .italic
        case "code", "kbd", "samp", "tt": .code
        case "s", "del", "strike": .strike
        case "mark": .highlight
        case "h1", "h2", "h3", "h4", "h5", "h6": .heading
        default: nil
        }
        if let style { styles[style.rawValue] += 1 }
        elements.append((name, style, htmlLink))
        openCount[name, default: 0] += 1
        if let link { htmlLink = link }
    }

    /// A closing tag ends its element and any left open inside it; one that closes nothing is
    /// dropped.
    mutating func close(_ name: String) {
        if hiddenUntil == name { hiddenUntil = nil; return }
        guard openCount[name, default: 0] > 0 else { return }
        while let top = elements.popLast() {
            openCount[top.name, default: 1] -= 1
            if let s = top.style { styles[s.rawValue] -= 1 }
            htmlLink = top.link
            if top.name == name { break }
        }
    }

    mutating func lineBreak() {
        line.trimTrailingSpaces()
        done.append(line.expandingTabs())
        line = SpanBuilder()
    }

    /// The display lines.
    mutating func finish() -> [[StyledSpan]] {
        lineBreak()
        return done
    }
}

/// HTML character references as Obsidian shows them.
enum HTMLEntity {
    /// The text of `&name;` or `&#number;` given what is between `&` and `;`; nil when unknown.
    static func decode(_ inner: String) -> String? {
        if inner.hasPrefix("#") {
            let digits = inner.dropFirst()
            let value = digits.first.map { $0 == "x" || $0 == "X" } == true
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
        return named[inner]
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ", "emsp": " ",
        "thinsp": " ", "copy": "©", "reg": "®", "trade": "™", "hellip": "…", "mdash": "—", "ndash": "–",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»", "middot": "·",
        "bull": "•", "times": "×", "divide": "÷", "deg": "°", "plusmn": "±", "euro": "€", "pound": "£",
        "yen": "¥", "cent": "¢", "sect": "§", "para": "¶", "larr": "←", "rarr": "→", "uarr": "↑",
        "darr": "↓", "harr": "↔", "check": "✓", "star": "☆", "hearts": "♥", "zwj": "\u{200D}",
        "shy": "", "iexcl": "¡", "iquest": "¿", "frac12": "½", "frac14": "¼", "frac34": "¾",
    ]
}
