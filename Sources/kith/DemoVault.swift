import Foundation

/// The sample vault that ships in the repository (`Tests/Fixtures/SampleVault`), copied to a
/// scratch folder before each demo so pressing `e` and saving can never change the fixture the
/// tests rely on.
enum DemoVault {
    /// Where the sample vault lives in the source tree this binary was built from.
    static var source: String {
        // Sources/kith/DemoVault.swift → the repository root is three levels up.
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/Fixtures/SampleVault").path
    }

    /// Copies the sample vault to `$TMPDIR/kith-demo-UID/SampleVault` (replacing an earlier copy)
    /// and returns that path.
    static func freshCopy() throws -> String {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: source, isDirectory: &isDir), isDir.boolValue else {
            throw DemoError.missing(source)
        }
        let scratch = NSTemporaryDirectory() + "kith-demo-\(getuid())"
        let target = scratch + "/SampleVault"
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
