import Foundation

/// Snapshot bytes in and out, for tests and fuzzing (`VaultLoader.load(cache:)` reads and
/// writes the files itself).
public enum SnapshotCodec {
    /// The snapshot of `index`, as a file would hold it.
    public static func encode(_ index: VaultIndex, vault: String = "", scanStart: Int64 = 0) throws -> [UInt8] {
        try SnapshotEncoder.encode(index, meta: SnapshotFormat.Meta(
            kithVersion: KithVersion.current,
            fingerprint: SnapshotFingerprint.of(classifier: index.classifier, settings: index.settings),
            vault: vault, scanStart: scanStart, written: 0))
    }

    /// The index in `bytes`, rooted at `root`, with the default rules and settings. Throws
    /// `SnapshotError` for anything that is not a whole, undamaged snapshot; `checksums` false
    /// skips the checksums, so a fuzzer's changes reach the decoder itself (which must then
    /// still never trap).
    public static func decode(_ bytes: UnsafeRawBufferPointer, root: String, checksums: Bool = true) throws -> VaultIndex {
        let toc = try SnapshotFormat.toc(bytes, checksums: checksums)
        return try SnapshotDecoder.decode(file: bytes, toc: toc, root: root, classifier: .standard,
                                          settings: VaultSettings(), checksums: checksums)
    }
}
