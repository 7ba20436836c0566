import KithConfig
import KithCore
import KithUI

/// The contact policy of the config and how `stale`, `show` and `people` print it.
enum ContactOutput {
    /// The config's `stale_days`, `[cadence]` and `yearly`; `days` (`--days N`) overrides
    /// the first two.
    static func policy(_ config: KithConfig, days: Int? = nil) -> ContactPolicy {
        ContactPolicy(staleDays: config.staleDays, tagCadences: config.tagCadences, override: days,
                      yearlyKeys: config.yearly)
    }

    /// `cadence_days, cadence_source, due, overdue_days` of a person.
    static func fields(_ s: ContactStatus?) -> [(String, JSON)] {
        [("cadence_days", .int(s?.limit.days)), ("cadence_source", .string(s?.limit.source.label)),
         ("due", .date(s?.due)), ("overdue_days", .int(s?.overdueDays))]
    }

    /// `30d (tag:customer)`.
    static func cadenceText(_ s: ContactStatus) -> String {
        Format.cadence(s.limit.days) + (s.limit.source == .staleDays ? "" : " (\(s.limit.source.label))")
    }

    /// `{path, line, column, text, matched}` of an unlinked mention, written at `indent` (a
    /// heavy person has hundreds of thousands).
    static func writeMention(_ m: Mention, indent: Int, into out: inout [UInt8]) {
        var o = JSONObjectWriter(indent: indent, &out)
        o.string("path", m.path, &out)
        o.int("line", m.line, &out)
        o.int("column", m.column, &out)
        o.string("text", m.snippet, &out)
        o.string("matched", m.matched, &out)
        o.end(&out)
    }
}
