import Foundation

/// A vault's folder, settings and files, listed once for both ways of loading it (the people
/// digest and the whole index).
struct ScannedVault: Sendable {
    let absolute: String
    let settings: VaultSettings
    /// Taken before the scan: a note changed after this moment is caught by its stamp, or as
    /// racily clean next time.
    let scanStart: Int64
    /// Listed on another thread from the moment this is made: a warm load decodes the
    /// snapshot meanwhile.
    private let listed: BackgroundResult<VaultListing>

    init(root: String, overrides: VaultSettings.Overrides) throws {
        absolute = VaultLoader.absolutePath(root)
        try VaultScanner.checkRoot(absolute)
        let settings = VaultSettings.read(vault: absolute, overrides: overrides)
        self.settings = settings
        scanStart = FileStamp.now()
        let absolute = absolute
        listed = BackgroundResult { try VaultScanner.list(root: absolute, excluded: settings.excluded) }
    }

    /// The vault's files (waits for the listing; throws what listing the folder threw).
    var listing: VaultListing {
        get throws { try listed.value() }
    }

    /// What a snapshot of this vault made now says about itself.
    func meta(classifier: NoteClassifier, vault real: String) -> SnapshotFormat.Meta {
        SnapshotFormat.Meta(kithVersion: KithVersion.current,
                            fingerprint: SnapshotFingerprint.of(classifier: classifier, settings: settings),
                            vault: real, scanStart: scanStart, written: 0)
    }
}
