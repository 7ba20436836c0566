/// A one-line text field with a cursor, edited as a shell's line editor does (readline's
/// keys): the search line and the help's `/` line.
public struct LineEdit: Hashable, Sendable {
    public var text = ""
    /// Cursor position in graphemes.
    public var cursor = 0

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Inserts typed text at the cursor.
    public mutating func insert(_ c: Character) {
        var chars = Array(text)
        chars.insert(c, at: cursor)
        text = String(chars)
        cursor += 1
    }

    /// Deletes the character before the cursor (Backspace).
    public mutating func backspace() {
        guard cursor > 0 else { return }
        var chars = Array(text)
        chars.remove(at: cursor - 1)
        text = String(chars)
        cursor -= 1
    }

    /// Deletes the character under the cursor (Delete).
    public mutating func deleteForward() {
        var chars = Array(text)
        guard cursor < chars.count else { return }
        chars.remove(at: cursor)
        text = String(chars)
    }

    /// Deletes the word before the cursor (and the spaces after it), like a shell's Ctrl-W.
    public mutating func deleteWord() {
        var chars = Array(text)
        var i = cursor
        while i > 0 && chars[i - 1] == " " { i -= 1 }
        while i > 0 && chars[i - 1] != " " { i -= 1 }
        chars.removeSubrange(i..<cursor)
        text = String(chars)
        cursor = i
    }

    /// Deletes from the start of the line to the cursor, like a shell's Ctrl-U.
    public mutating func deleteToStart() {
        text = String(Array(text).dropFirst(cursor))
        cursor = 0
    }

    /// Deletes from the cursor to the end of the line (Ctrl-K).
    public mutating func deleteToEnd() {
        text = String(Array(text).prefix(cursor))
    }

    public mutating func clear() {
        text = ""
        cursor = 0
    }

    public mutating func moveCursor(_ delta: Int) {
        cursor = min(text.count, max(0, cursor + delta))
    }

    public mutating func moveToStart() { cursor = 0 }

    public mutating func moveToEnd() { cursor = text.count }
}
