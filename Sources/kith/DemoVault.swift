import Foundation

/// The sample vaults that ship in the repository (`Tests/Fixtures/SampleVault`, kept the seed's
/// way, and `Tests/Fixtures/RealWorldVault`, kept with daily notes, meeting properties and inline
/// fields), copied to a scratch folder before each demo so pressing `e` and saving can never
/// change the fixtures the tests rely on.
enum DemoVault {
    /// Which sample to open.
    enum Sample: String, CaseIterable {
        /// `Tests/Fixtures/SampleVault` (Recent Context, transcripts, Profile sections).
        case sample
        /// `Tests/Fixtures/RealWorldVault` (daily notes, meetings with properties, inline fields).
        case realWorld = "real-world"

        var folder: String { self == .sample ? "SampleVault" : "RealWorldVault" }
    }

    /// Where a sample vault lives in the source tree this binary was built from.
    static func source(_ sample: Sample = .sample) -> String {
        // Sources/kith/DemoVault.swift → the repository root is three levels up.
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/Fixtures/" + sample.folder).path
    }

    /// Copies a sample vault to `$TMPDIR/kith-demo-UID/<folder>` (replacing an earlier copy) and
    /// returns that path.
    static func freshCopy(_ sample: Sample = .sample) throws -> String {
        let source = source(sample)
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: source, isDirectory: &isDir), isDir.boolValue else {
            throw DemoError.missing(source)
        }
        let scratch = NSTemporaryDirectory() + "kith-demo-\(getuid())"
        let target = scratch + "/" + sample.folder
        try? fm.removeItem(atPath: target)
        try fm.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try fm.copyItem(atPath: source, toPath: target)
        return target
    }

    enum DemoError: Error, CustomStringConvertible {
        case missing(String)
        var description: String {
            switch self {
            case .missing(let p):
                return "the demo vault is not at \(p) (kith demo runs from a checkout of the repository)"
            }
        }
    }
}
