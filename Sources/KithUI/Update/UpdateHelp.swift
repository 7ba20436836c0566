/// The help overlay: scrolling by line and page, and `/` search with `n`/`N` (less's keys).
extension AppState {
    /// Opens the help over the current screen, its keys listed first.
    mutating func openHelp() {
        overlay = .help(HelpState(leading: Keymap.contexts(for: self)))
    }

    /// The help's lines for the current overlay (its leading contexts first).
    var helpLines: [HelpText.Line] {
        guard case .help(let help)? = overlay else { return [] }
        return HelpText.lines(keymap: keymap, leading: help.leading)
    }

    /// Rows the help shows at once.
    var helpHeight: Int { max(1, Layout(self).helpBox.inner.height) }

    mutating func scrollHelp(by delta: Int) {
        guard case .help(var help)? = overlay else { return }
        let maxTop = max(0, helpLines.count - helpHeight)
        let (sum, overflow) = help.top.addingReportingOverflow(delta)
        help.top = overflow ? (delta > 0 ? maxTop : 0) : max(0, min(maxTop, sum))
        overlay = .help(help)
    }

    /// Keeps the help's scroll valid after a resize.
    mutating func clampHelp() { scrollHelp(by: 0) }

    mutating func openHelpLine() {
        guard case .help(var help)? = overlay else { return }
        help.line = LineEdit()
        overlay = .help(help)
    }

    /// Edits the `/` line and moves to the first match from the top of the screen as it is
    /// typed (vim's incremental search).
    mutating func editHelpLine(_ edit: (inout LineEdit) -> Void) {
        guard case .help(var help)? = overlay, var line = help.line else { return }
        edit(&line)
        help.line = line
        help.match = Self.helpMatches(line.text, in: helpLines).first { $0 >= help.top }
            ?? Self.helpMatches(line.text, in: helpLines).first
        overlay = .help(help)
        showHelpMatch()
    }

    /// Enter: the typed text becomes the search (`n`/`N` move between its matches).
    mutating func acceptHelpLine() {
        guard case .help(var help)? = overlay, let line = help.line else { return }
        help.query = line.text
        help.line = nil
        overlay = .help(help)
        if !line.text.isEmpty, help.match == nil {
            message = StatusMessage("no match for \(line.text) in the help")
        }
    }

    /// Esc: closes the `/` line, back to the previous search.
    mutating func cancelHelpLine() {
        guard case .help(var help)? = overlay else { return }
        help.line = nil
        help.match = Self.helpMatches(help.query, in: helpLines).first { $0 >= help.top }
        overlay = .help(help)
    }

    /// `n`/`N`: the next or previous line that matches, wrapping around.
    mutating func moveHelpMatch(forward: Bool) {
        guard case .help(var help)? = overlay else { return }
        let matches = Self.helpMatches(help.highlighted, in: helpLines)
        guard !matches.isEmpty else {
            if !help.highlighted.isEmpty { message = StatusMessage("no match for \(help.highlighted) in the help") }
            return
        }
        let from = help.match ?? (forward ? help.top - 1 : help.top + helpHeight)
        help.match = forward
            ? (matches.first { $0 > from } ?? matches[0])
            : (matches.last { $0 < from } ?? matches[matches.count - 1])
        overlay = .help(help)
        showHelpMatch()
    }

    /// Scrolls the help so the current match shows.
    private mutating func showHelpMatch() {
        guard case .help(var help)? = overlay, let m = help.match else { return }
        help.top = Scroll.keepVisible(m, top: help.top, height: helpHeight, count: helpLines.count)
        overlay = .help(help)
    }

    /// The help lines that contain `query` (case- and accent-insensitive).
    static func helpMatches(_ query: String, in lines: [HelpText.Line]) -> [Int] {
        guard !query.isEmpty else { return [] }
        return lines.indices.filter { !Highlight.positions(of: query, in: lines[$0].searchText).isEmpty }
    }
}
