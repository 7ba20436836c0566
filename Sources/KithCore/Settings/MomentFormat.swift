/// A moment.js date format (the `format` of `.obsidian/daily-notes.json`), used to read the
/// date back out of a daily note's name: `YYYY-MM-DD`, `YYYY/MM-MMMM/YYYY-MM-DD-dddd`,
/// `MMMM Do, YYYY, dddd` (`April 21st, 2022, Thursday`).
///
/// Month and weekday names are English (moment's default locale). Tokens that say nothing
/// about the day (weekday, time, week numbers) must match but are not checked against it.
public struct MomentFormat: Hashable, Sendable {
    /// What one piece of the format matches.
    enum Token: Hashable, Sendable {
        case literal([Character])
        case year4, year2, yearAny
        case month2, month, monthName, monthShort, monthOrdinal
        case day2, day, dayOrdinal
        case dayOfYear3, dayOfYear, dayOfYearOrdinal
        case weekdayName, weekdayShort, weekdayMin, digits(min: Int, max: Int), meridiem
    }

    /// The format as written.
    public let pattern: String
    let tokens: [Token]

    public init(_ pattern: String) {
        self.pattern = pattern
        tokens = Self.tokenize(pattern)
    }

    /// Whether the pattern has a `/` (names then carry folders: match the path, not the file name).
    public var spansFolders: Bool { pattern.contains("/") }

    /// The day a name written in this format stands for, or nil when it does not fit.
    public func date(of name: some StringProtocol) -> CalendarDate? {
        // Most notes are not daily notes: turn them away on their first character before
        // splitting the name into characters.
        guard let first = name.first, let token = tokens.first else { return nil }
        switch token {
        case .literal(let text): if text.first?.lowercased() != first.lowercased() { return nil }
        case .monthName, .monthShort, .weekdayName, .weekdayShort, .weekdayMin, .meridiem:
            if !first.isLetter { return nil }
        default: if !(first.isASCII && first.isNumber) { return nil }
        }
        let chars = Array(name)
        var found = Parts()
        guard Self.match(tokens[...], chars[...], &found) else { return nil }
        return found.date
    }

    /// The parts of a date matched so far.
    struct Parts {
        var year: Int?, month: Int?, day: Int?, dayOfYear: Int?

        var date: CalendarDate? {
            guard let year else { return nil }
            if let month, let day { return CalendarDate(year: year, month: month, day: day) }
            if let dayOfYear, let jan1 = CalendarDate(year: year, month: 1, day: 1) {
                let d = jan1.adding(days: dayOfYear - 1)
                return d.year == year ? d : nil
            }
            return nil
        }
    }

    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"]
    static let weekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    /// Backtracking over tokens: names are short and formats have a handful of tokens.
    static func match(_ tokens: ArraySlice<Token>, _ s: ArraySlice<Character>, _ parts: inout Parts) -> Bool {
        guard let token = tokens.first else { return s.isEmpty }
        let rest = tokens.dropFirst()
        func tryNumber(_ widths: ClosedRange<Int>, suffix: Bool = false, _ set: (inout Parts, Int) -> Bool) -> Bool {
            for w in widths.reversed() where w <= s.count {
                let digits = s.prefix(w)
                guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { continue }
                var tail = s.dropFirst(w)
                if suffix {
                    let two = String(tail.prefix(2)).lowercased()
                    guard ["st", "nd", "rd", "th"].contains(two) else { continue }
                    tail = tail.dropFirst(2)
                }
                var next = parts
                guard set(&next, Int(String(digits))!) else { continue }
                if match(rest, tail, &next) { parts = next; return true }
            }
            return false
        }
        func tryWords(_ words: [String], _ set: (inout Parts, Int) -> Bool) -> Bool {
            // Longest first, so `may` does not stop `mayday`-like prefixes short.
            for (k, word) in words.enumerated().sorted(by: { $0.element.count > $1.element.count })
            where word.count <= s.count {
                guard String(s.prefix(word.count)).lowercased() == word else { continue }
                var next = parts
                guard set(&next, k) else { continue }
                if match(rest, s.dropFirst(word.count), &next) { parts = next; return true }
            }
            return false
        }
        func agree(_ old: Int?, _ new: Int) -> Bool { old == nil || old == new }
        switch token {
        case .literal(let text):
            guard s.count >= text.count, zip(s, text).allSatisfy({ $0.lowercased() == $1.lowercased() }) else { return false }
            return match(rest, s.dropFirst(text.count), &parts)
        case .year4: return tryNumber(4...4) { p, v in guard agree(p.year, v) else { return false }; p.year = v; return true }
        case .yearAny: return tryNumber(1...6) { p, v in guard agree(p.year, v) else { return false }; p.year = v; return true }
        case .year2:
            return tryNumber(2...2) { p, v in
                let y = v >= 69 ? 1900 + v : 2000 + v
                guard agree(p.year, y) else { return false }
                p.year = y
                return true
            }
        case .month2, .month, .monthOrdinal:
            let widths = token == .month2 ? 2...2 : 1...2
            return tryNumber(widths, suffix: token == .monthOrdinal) { p, v in
                guard (1...12).contains(v), agree(p.month, v) else { return false }
                p.month = v
                return true
            }
        case .monthName, .monthShort:
            let words = token == .monthName ? monthNames : monthNames.map { String($0.prefix(3)) }
            return tryWords(words) { p, k in guard agree(p.month, k + 1) else { return false }; p.month = k + 1; return true }
        case .day2, .day, .dayOrdinal:
            let widths = token == .day2 ? 2...2 : 1...2
            return tryNumber(widths, suffix: token == .dayOrdinal) { p, v in
                guard (1...31).contains(v), agree(p.day, v) else { return false }
                p.day = v
                return true
            }
        case .dayOfYear3, .dayOfYear, .dayOfYearOrdinal:
            let widths = token == .dayOfYear3 ? 3...3 : 1...3
            return tryNumber(widths, suffix: token == .dayOfYearOrdinal) { p, v in
                guard (1...366).contains(v) else { return false }
                p.dayOfYear = v
                return true
            }
        case .weekdayName: return tryWords(weekdayNames) { _, _ in true }
        case .weekdayShort: return tryWords(weekdayNames.map { String($0.prefix(3)) }) { _, _ in true }
        case .weekdayMin: return tryWords(weekdayNames.map { String($0.prefix(2)) }) { _, _ in true }
        case .digits(let lo, let hi): return tryNumber(lo...hi) { _, _ in true }
        case .meridiem: return tryWords(["am", "pm"]) { _, _ in true }
        }
    }

    /// moment's tokens, longest first; `[text]` is literal text; anything else stands for itself.
    static let table: [(String, Token)] = [
        ("YYYYYY", .yearAny), ("YYYY", .year4), ("YY", .year2), ("Y", .yearAny),
        ("gggg", .digits(min: 4, max: 4)), ("GGGG", .digits(min: 4, max: 4)),
        ("gg", .digits(min: 2, max: 2)), ("GG", .digits(min: 2, max: 2)),
        ("MMMM", .monthName), ("MMM", .monthShort), ("MM", .month2), ("Mo", .monthOrdinal), ("M", .month),
        ("DDDD", .dayOfYear3), ("DDDo", .dayOfYearOrdinal), ("DDD", .dayOfYear),
        ("DD", .day2), ("Do", .dayOrdinal), ("D", .day),
        ("dddd", .weekdayName), ("ddd", .weekdayShort), ("dd", .weekdayMin), ("do", .digits(min: 1, max: 1)),
        ("d", .digits(min: 1, max: 1)), ("E", .digits(min: 1, max: 1)), ("e", .digits(min: 1, max: 1)),
        ("ww", .digits(min: 2, max: 2)), ("WW", .digits(min: 2, max: 2)), ("w", .digits(min: 1, max: 2)),
        ("W", .digits(min: 1, max: 2)), ("Q", .digits(min: 1, max: 1)),
        ("HH", .digits(min: 2, max: 2)), ("hh", .digits(min: 2, max: 2)), ("H", .digits(min: 1, max: 2)),
        ("h", .digits(min: 1, max: 2)), ("mm", .digits(min: 2, max: 2)), ("m", .digits(min: 1, max: 2)),
        ("ss", .digits(min: 2, max: 2)), ("s", .digits(min: 1, max: 2)), ("A", .meridiem), ("a", .meridiem),
    ]

    static func tokenize(_ pattern: String) -> [Token] {
        var out: [Token] = []
        var literal: [Character] = []
        func flush() {
            if !literal.isEmpty { out.append(.literal(literal)); literal = [] }
        }
        var s = Substring(pattern)
        outer: while let c = s.first {
            if c == "[", let close = s.firstIndex(of: "]") {
                literal += s[s.index(after: s.startIndex)..<close]
                s = s[s.index(after: close)...]
                continue
            }
            for (name, token) in table where s.hasPrefix(name) {
                flush()
                out.append(token)
                s = s.dropFirst(name.count)
                continue outer
            }
            literal.append(c)
            s = s.dropFirst()
        }
        flush()
        return out
    }
}
