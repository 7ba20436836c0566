import ArgumentParser
import Foundation
import KithCore

/// `kith cache`: where the vault snapshots are, how large and how old, and `--clear`.
struct Cache: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Show the vault snapshots kept in $XDG_CACHE_HOME/kith (size, age), or remove them.",
        discussion: """
            Every command that opens a vault keeps a snapshot of its index there (one file per \
            vault, never inside the vault) and starts from it next time, reading only the notes \
            that changed. Removing them is always safe: the next start reads every note again.
            """)

    @Flag(help: "Remove every snapshot.")
    var clear = false

    @Flag(help: "Print JSON instead of aligned text.")
    var json = false

    func run() throws {
        guard let store = SnapshotStore.standard() else {
            throw Console.fail("no cache folder: neither XDG_CACHE_HOME nor HOME is an absolute path", code: 2)
        }
        if clear {
            let removed: (snapshots: Int, bytes: Int)
            do {
                removed = try store.clear()
            } catch {
                throw Console.fail("\(error)", code: 1)
            }
            if json {
                Console.write(.object([("directory", .string(store.directory)), ("removed", .int(removed.snapshots)),
                                       ("bytes", .int(removed.bytes))]))
            } else {
                let what = removed.snapshots == 1 ? "snapshot" : "snapshots"
                Console.write("Removed \(removed.snapshots) \(what) (\(Self.size(removed.bytes))) from \(store.directory)\n")
            }
            return
        }
        let list = store.list()
        let now = Int64(Date().timeIntervalSince1970 * 1e9)
        if json {
            Console.write(.object([
                ("directory", .string(store.directory)),
                ("bytes", .int(list.reduce(0) { $0 + $1.bytes })),
                ("snapshots", .array(list.map { s in
                    .object([("vault", .string(s.vault)), ("file", .string(s.file)), ("bytes", .int(s.bytes)),
                             ("notes", .int(s.notes)), ("kith_version", .string(s.kithVersion)),
                             ("age_seconds", .int(max(0, Int((now - s.modified) / 1_000_000_000)))),
                             ("problem", .string(s.problem))])
                })),
            ]))
            return
        }
        let total = list.reduce(0) { $0 + $1.bytes }
        var out = "Cache folder: \(store.directory)\n"
        if list.isEmpty {
            out += "No snapshots yet.\n"
            Console.write(out)
            return
        }
        out += "\(list.count) \(list.count == 1 ? "snapshot" : "snapshots"), \(Self.size(total))\n\n"
        var table = TextTable(header: ["VAULT", "NOTES", "SIZE", "AGE", ""], rightAligned: [1, 2, 3])
        for s in list {
            table.add([s.vault ?? s.file, s.notes.map { Self.grouped($0) } ?? "", Self.size(s.bytes),
                       Self.age(seconds: Int((now - s.modified) / 1_000_000_000)), s.problem ?? ""])
        }
        Console.write(out + table.rendered())
    }

    /// `812 B`, `4.2 MB`, `1.3 GB` (decimal units, as `du --si`).
    static func size(_ bytes: Int) -> String {
        if bytes < 1000 { return "\(bytes) B" }
        let units = ["kB", "MB", "GB", "TB"]
        var value = Double(bytes) / 1000, k = 0
        while value >= 1000, k < units.count - 1 { value /= 1000; k += 1 }
        return String(format: value < 10 ? "%.1f" : "%.0f", value) + " " + units[k]
    }

    /// `40 s`, `5 min`, `3 h`, `2 days`.
    static func age(seconds: Int) -> String {
        let s = max(0, seconds)
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min" }
        if s < 86400 { return "\(s / 3600) h" }
        return s / 86400 == 1 ? "1 day" : "\(s / 86400) days"
    }

    /// `10,000`.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (k, d) in digits.enumerated() {
            if k > 0, (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
