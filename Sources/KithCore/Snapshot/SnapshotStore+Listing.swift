import Foundation

/// One snapshot file in the cache folder, as `kith cache` lists it.
public struct SnapshotInfo: Sendable, Equatable {
    /// The file.
    public var file: String
    public var bytes: Int
    /// When it was last written (nanoseconds since the epoch).
    public var modified: Int64
    /// The vault it is the snapshot of (its real path); nil when the file cannot be read.
    public var vault: String?
    public var notes: Int?
    /// The kith version that wrote it.
    public var kithVersion: String?
    /// Why this kith would not use it (damaged, another format), or nil.
    public var problem: String?
}

extension SnapshotStore {
    /// Every snapshot in the folder, by vault path (files that cannot be read last).
    public func list() -> [SnapshotInfo] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var out: [SnapshotInfo] = []
        for name in names where name.hasSuffix(Self.suffix) {
            let file = directory + "/" + name
            guard let stamp = FileStamp.of(file) else { continue }
            var info = SnapshotInfo(file: file, bytes: Int(stamp.size), modified: stamp.mtime)
            do {
                let mapped = try Self.map(file)
                let toc = try SnapshotFormat.toc(mapped.bytes)
                info.vault = toc.meta.vault
                info.notes = toc.meta.noteCount
                info.kithVersion = toc.meta.kithVersion
                if toc.meta.kithVersion != KithVersion.current {
                    info.problem = "written by kith \(toc.meta.kithVersion)"
                }
            } catch {
                info.problem = (error as? SnapshotError)?.description ?? "\(error)"
            }
            out.append(info)
        }
        return out.sorted { ($0.vault == nil ? 1 : 0, $0.vault ?? $0.file) < ($1.vault == nil ? 1 : 0, $1.vault ?? $1.file) }
    }

    /// Removes every snapshot (and temporary file a write left) from the folder; returns how
    /// many snapshots and how many bytes. The folder itself stays.
    public func clear() throws -> (snapshots: Int, bytes: Int) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return (0, 0) }
        var count = 0, bytes = 0
        for name in names where name.hasSuffix(Self.suffix) || (name.hasSuffix(".tmp") && name.contains(Self.suffix + ".")) {
            let file = directory + "/" + name
            let size = FileStamp.of(file).map { Int($0.size) } ?? 0
            guard unlink(file) == 0 || errno == ENOENT else {
                throw WriteError(description: "cannot remove \(file): \(String(cString: strerror(errno)))")
            }
            if name.hasSuffix(Self.suffix) {
                count += 1
                bytes += size
            }
        }
        return (count, bytes)
    }
}
