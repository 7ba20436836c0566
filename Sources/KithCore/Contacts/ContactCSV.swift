/// Contact details as CSV (RFC 4180): a header row, one record per person, CRLF line ends,
/// fields quoted when they hold a comma, a quote or a line break (quotes doubled). Several
/// values of one field (two emails) share it, separated by `; `.
public enum ContactCSV {
    /// The header row's fields, in order.
    public static let columns = ["name", "given_name", "family_name", "email", "phone", "url", "organization",
                                 "role", "birthday", "aliases", "tags", "path"]

    /// The whole table: the header, then one record per contact.
    public static func table(_ contacts: [ContactDetails]) -> String {
        ([columns] + contacts.map(record)).map(line).joined()
    }

    /// One contact's fields, in `columns` order; the birthday as `YYYY-MM-DD` or `--MM-DD`.
    public static func record(_ c: ContactDetails) -> [String] {
        [c.name, c.givenName ?? "", c.familyName ?? "", c.emails.joined(separator: "; "),
         c.phones.joined(separator: "; "), c.urls.joined(separator: "; "), c.organization ?? "", c.role ?? "",
         c.birthday.map(isoDate) ?? "", c.aliases.joined(separator: "; "), c.tags.joined(separator: "; "), c.path]
    }

    /// A record's line, ended by CRLF.
    public static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// A field as RFC 4180 writes it: as is, or in quotes with quotes doubled.
    public static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `1990-12-22`, or `--12-22` without a year (ISO 8601's form, as written in the note).
    public static func isoDate(_ d: YearlyDate) -> String {
        let md = (d.month < 10 ? "0" : "") + "\(d.month)-" + (d.day < 10 ? "0" : "") + "\(d.day)"
        guard let year = d.year else { return "--" + md }
        return String(repeating: "0", count: max(0, 4 - String(year).count)) + "\(year)-" + md
    }
}

extension String {
    fileprivate func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: Character(a), omittingEmptySubsequences: false).joined(separator: b)
    }
}
