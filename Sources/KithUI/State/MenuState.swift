/// A small menu over the screen: what `o` can open when a person has both a website and an
/// email, what `y` can copy. `j`/`k` move, Enter chooses, Esc closes.
public struct MenuState: Hashable, Sendable {
    /// What choosing an item does.
    public enum Choice: Hashable, Sendable {
        /// Hand an http, https or mailto address to the browser.
        case open(url: String)
        /// Put the text on the clipboard.
        case copy(text: String)
    }

    public struct Item: Hashable, Sendable {
        /// What the item is (`email`, `[[link]]`), in the first column.
        public var label: String
        /// What it opens or copies, as shown.
        public var value: String
        public var choice: Choice

        public init(label: String, value: String, choice: Choice) {
            self.label = label
            self.value = value
            self.choice = choice
        }
    }

    /// The box's title (`Copy · Ana Lima`).
    public var title: String
    public var items: [Item]
    public var selected = 0

    public init(title: String, items: [Item]) {
        self.title = title
        self.items = items
    }
}
