import Foundation
import KithCore
import KithUI

/// `kith-bench warmbrowse VAULT`: the browser's start through the snapshot in
/// `$XDG_CACHE_HOME/kith` — the first screen, then the index loaded (warm when a snapshot is
/// there), installed and drawn (`complete_ms`: every view usable), then the mention filters
/// cards use built and installed (`mentions_ms`) — in milliseconds since this process began
/// its work. A cold
/// load's snapshot is written after the complete screen, as the browser does.
func warmBrowse(_ vault: String) throws {
    let t0 = now()
    let (start, _) = AppState.start(vaultName: "bench", today: CalendarDate.today(), cols: 160, rows: 48)
    _ = KithApp.render(start, cols: 160, rows: 48)
    let firstScreen = now() - t0
    let load = try VaultLoader.load(root: vault, cache: SnapshotStore.standard())
    let index = load.index
    let loaded = now() - t0
    // As the browser's `LiveIndex` posts a large vault's index: search and rows side by side,
    // then the link resolver and the mention filters after the screen is usable.
    let searched = BackgroundResult { SearchIndex(index, buildingMentions: false) }
    let r0 = now()
    let rows = DerivedRows(index: index, policy: start.contactPolicy, today: start.today)
    let rowsMs = now() - r0
    let search = try searched.value()
    let searchWaitMs = now() - r0 - rowsMs
    var (state, _) = KithApp.update(start, .indexLoaded(index, search: search, rows: rows))
    _ = KithApp.render(state, cols: 160, rows: 48)
    let complete = now() - t0
    let decodedAtComplete = index.storedPartsDecoded
    index.prepareLinkResolver()  // after the index is posted, as `LiveIndex` builds it
    let filter = MentionFilter(index)
    state = KithApp.update(state, .mentionFiltersBuilt(filter, for: index)).0
    _ = KithApp.render(state, cols: 160, rows: 48)
    let mentions = now() - t0
    let w0 = now()
    let warning = load.pending?.write()
    emit([("notes", index.notes.count), ("snapshot", load.snapshot.kind.rawValue), ("reread", load.snapshot.reread),
          ("first_screen_ms", firstScreen), ("load_ms", loaded), ("search_wait_ms", searchWaitMs), ("rows_ms", rowsMs), ("complete_ms", complete), ("mentions_ms", mentions),
          ("parts_decoded_at_complete", decodedAtComplete), ("parts_decoded_at_mentions", index.storedPartsDecoded),
          ("write_ms", load.pending == nil ? 0 : now() - w0), ("write_failed", warning != nil)])
}

/// `kith-bench snapshotwrite VAULT`: the time to write the vault's snapshot (the index loaded
/// first, not timed) into `$XDG_CACHE_HOME/kith`, and its size in bytes.
func snapshotWrite(_ vault: String) throws {
    let load = try VaultLoader.load(root: vault, cache: SnapshotStore.standard(), readingSnapshot: false)
    guard let pending = load.pending else { throw SnapshotBenchError(text: "no cache folder") }
    let t0 = now()
    if let warning = pending.write() { throw SnapshotBenchError(text: warning) }
    let ms = now() - t0
    let size = (try? FileManager.default.attributesOfItem(atPath: load.snapshot.file ?? "")[.size] as? Int) ?? 0
    emit([("notes", load.index.notes.count), ("write_ms", ms), ("bytes", size)])
}

struct SnapshotBenchError: Error, CustomStringConvertible { let text: String; var description: String { text } }

/// `kith-bench warmload VAULT`: the whole index loaded through the snapshot in
/// `$XDG_CACHE_HOME/kith` (written first when missing), alone: `load_ms` and the peak RSS of
/// the process, which exits without freeing the index (as the CLI does).
func warmLoad(_ vault: String) throws {
    let t0 = now()
    let load = try VaultLoader.load(root: vault, cache: SnapshotStore.standard())
    let loaded = now() - t0
    let warning = load.pending?.write()
    emit([("notes", load.index.notes.count), ("snapshot", load.snapshot.kind.rawValue), ("reread", load.snapshot.reread),
          ("load_ms", loaded), ("write_failed", warning != nil), ("peak_mb", peakRSSMegabytes())])
    exit(0)
}

/// The process's peak resident set so far, in MB (`VmHWM` of /proc/self/status).
func peakRSSMegabytes() -> Int {
    let text = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = text.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
}
