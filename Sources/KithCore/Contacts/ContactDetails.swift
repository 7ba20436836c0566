/// A person's contact details as an address book wants them: read from the note's properties
/// (the keys the card's Properties block knows, `NoteProperties.contactOrder`) and its profile
/// (role, organization). What `o` opens, `y` copies and `kith export` writes.
public struct ContactDetails: Hashable, Sendable {
    /// The display name (the note's name).
    public var name: String
    /// `first name`/`given name`, else every word of the name but the last (nil for a name of
    /// one word, such as `王小明`: nothing says where its family name ends).
    public var givenName: String?
    /// `last name`/`family name`/`surname`, else the last word of a name of several words.
    public var familyName: String?
    /// Plain addresses (`mailto:` and Markdown links taken off), in property order.
    public var emails: [String]
    public var phones: [String]
    /// Web addresses with their scheme (`ana.dev` becomes `https://ana.dev`).
    public var urls: [String]
    public var organization: String?
    public var role: String?
    public var birthday: YearlyDate?
    public var aliases: [String]
    public var tags: [String]
    /// The note's vault-relative path.
    public var path: String

    public init(name: String, givenName: String? = nil, familyName: String? = nil, emails: [String] = [],
                phones: [String] = [], urls: [String] = [], organization: String? = nil, role: String? = nil,
                birthday: YearlyDate? = nil, aliases: [String] = [], tags: [String] = [], path: String) {
        self.name = name
        self.givenName = givenName
        self.familyName = familyName
        self.emails = emails
        self.phones = phones
        self.urls = urls
        self.organization = organization
        self.role = role
        self.birthday = birthday
        self.aliases = aliases
        self.tags = tags
        self.path = path
    }

    static let emailKeys = NoteProperties.contactOrder[0]
    static let phoneKeys = NoteProperties.contactOrder[1]
    static let urlKeys = NoteProperties.contactOrder[2]
    static let givenKeys = ["first name", "given name", "firstname", "givenname"]
    static let familyKeys = ["last name", "family name", "surname", "lastname", "familyname"]

    /// The details of `note`: its properties, and role and organization as the card shows them
    /// (the Profile section, else the properties; links as the names they lead to).
    public init(_ note: IndexedNote) {
        let props = Self.properties(note)
        func texts(_ keys: [String]) -> [String] {
            let wanted = Set(keys.map(NoteProperties.normalized))
            return props.filter { wanted.contains($0.key) }.flatMap(\.texts).map { $0.trimmedSpaces.asString }
                .filter { !$0.isEmpty }
        }
        var emails: [String] = [], phones: [String] = [], urls: [String] = []
        for text in texts(Self.emailKeys) {
            // `a@x.org, b@y.org` in one string: addresses hold no commas or semicolons.
            for part in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                if let address = Self.email(String(part)), !emails.contains(address) { emails.append(address) }
            }
        }
        for text in texts(Self.phoneKeys) {
            let phone = Self.linkTarget(text).map { $0.hasPrefix("tel:") ? String($0.dropFirst(4)) : $0 } ?? text
            if !phone.isEmpty, !phones.contains(phone) { phones.append(phone) }
        }
        for text in texts(Self.urlKeys) {
            if let url = Self.webAddress(text), !urls.contains(url) { urls.append(url) }
        }
        let words = note.name.split(whereSeparator: \.isWhitespace).map(String.init)
        let given = texts(Self.givenKeys).first ?? (words.count > 1 ? words.dropLast().joined(separator: " ") : nil)
        let family = texts(Self.familyKeys).first ?? (words.count > 1 ? words.last : nil)
        self.init(name: note.name, givenName: given, familyName: family, emails: emails, phones: phones, urls: urls,
                  organization: note.profile.organization, role: note.profile.role,
                  birthday: texts(NoteProperties.birthdayKeys).lazy.compactMap(YearlyDate.init(parsing:)).first,
                  aliases: note.aliases, tags: note.tags, path: note.path)
    }

    /// The note's properties in file order, keys normalized (`NoteProperties.normalized`).
    static func properties(_ note: IndexedNote) -> [(key: String, texts: [String])] {
        let lines = NoteProperties.keyLines(of: note.parsed)
        return note.parsed.frontmatter.properties
            .map { (key: NoteProperties.normalized($0.key), texts: NoteProperty.texts($0.value)) }
            .sorted { (lines[$0.key] ?? Int.max, $0.key) < (lines[$1.key] ?? Int.max, $1.key) }
    }

    /// `ana@example.com`, `mailto:ana@example.com`, `<ana@example.com>`, `[Ana](mailto:…)`:
    /// the address, when it looks like one (something@something, no spaces).
    static func email(_ text: String) -> String? {
        var s = (linkTarget(text) ?? text).trimmedSpaces.asString
        if s.hasPrefix("<"), s.hasSuffix(">") { s = String(s.dropFirst().dropLast()) }
        if s.lowercased().hasPrefix("mailto:") { s = String(s.dropFirst(7)) }
        if let query = s.firstIndex(of: "?") { s = String(s[..<query]) }
        guard let at = s.firstIndex(of: "@"), at != s.startIndex, s.index(after: at) != s.endIndex,
              !s.contains(where: { $0.isWhitespace || $0 == "[" || $0 == "]" }) else { return nil }
        return s
    }

    /// `https://ana.dev`, `ana.dev`, `[site](https://ana.dev)`, `<https://ana.dev>`: an http(s)
    /// address, `https://` added to a bare domain; nil for anything else (a `[[wikilink]]`).
    static func webAddress(_ text: String) -> String? {
        var s = (linkTarget(text) ?? text).trimmedSpaces.asString
        if s.hasPrefix("<"), s.hasSuffix(">") { s = String(s.dropFirst().dropLast()) }
        guard !s.isEmpty, !s.hasPrefix("[["), !s.contains(where: \.isWhitespace) else { return nil }
        let lower = s.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return s }
        // A bare domain (`ana.dev`, `www.ana.dev/about`): a dot in the host, no other scheme.
        let host = s.prefix { $0 != "/" }
        guard !s.contains(":"), host.contains("."), !host.hasPrefix("."), !host.hasSuffix("."),
              !s.contains("@") else { return nil }
        return "https://" + s
    }

    /// The target of a value that is exactly one Markdown link, `[text](target)`.
    static func linkTarget(_ text: String) -> String? {
        let s = text.trimmedSpaces
        guard s.hasPrefix("["), s.hasSuffix(")"), let mid = s.firstRange(of: "](") else { return nil }
        return String(s[mid.upperBound..<s.index(before: s.endIndex)]).trimmedSpaces.asString
    }
}
