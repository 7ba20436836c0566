import Foundation

/// The sample vault that ships in the repository (`Tests/Fixtures/SampleVault`), copied to a
/// scratch folder before each demo so pressing `e` and saving can never change the fixture the
/// tests rely on.
enum DemoVault {
    /// Where the sample vault is: installed beside the binary (`PREFIX/bin/kith` reads
    /// `PREFIX/share/kith/SampleVault`, see scripts/install.sh), else in the source tree this
    /// binary was built from (`swift run kith demo`).
    static var source: String? { places.first { isFolder($0) } }

    /// Where `source` looks, in order.
    static var places: [String] { [installed, sourceTree].compactMap { $0 } }

    /// `../share/kith/SampleVault` from the folder of the running binary (symlinks resolved, so
    /// a link to an installed kith finds it too).
    static var installed: String? {
        guard let exe = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        return exe.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/kith/SampleVault").path
    }

    /// The fixture in the checkout: Sources/kith/DemoVault.swift → three levels up.
    static var sourceTree: String {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/Fixtures/SampleVault").path
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// Copies the sample vault to `$TMPDIR/kith-demo-UID/SampleVault` (replacing an earlier copy)
    /// and returns that path.
    static func freshCopy() throws -> String {
        let fm = FileManager.default
        guard let source else { throw DemoError.missing(places) }
        let scratch = NSTemporaryDirectory() + "kith-demo-\(getuid())"
        let target = scratch + "/SampleVault"
        try? fm.removeItem(atPath: target)
        try fm.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try fm.copyItem(atPath: source, toPath: target)
        return target
    }

    enum DemoError: Error, CustomStringConvertible {
        case missing([String])
        var description: String {
            switch self {
            case .missing(let places):
                return "the sample vault is not installed (looked in \(places.joined(separator: " and "))); "
                    + "install kith with `make install`, or run `swift run kith demo` in a checkout"
            }
        }
    }
}
