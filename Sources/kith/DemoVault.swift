import Foundation

/// The sample vault that ships in the repository (`Tests/Fixtures/SampleVault`), copied to a
/// scratch folder of its own before each demo, so pressing `e` and saving can never change the
/// fixture the tests rely on, and two demos never share a copy. The copy is removed when the
/// demo ends, by `q` or by a signal (the browser turns SIGINT, SIGTERM and SIGHUP into an
/// ordinary return).
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

    /// A copy of the sample vault in a new `$TMPDIR/kith-demo-XXXXXX` folder.
    struct Scratch {
        /// The folder made for this demo (removed by `remove()`).
        let folder: String
        /// The vault inside it.
        var vault: String { folder + "/SampleVault" }

        /// Deletes the folder and the copy in it.
        func remove() {
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    /// Copies the sample vault to a fresh scratch folder.
    static func freshCopy() throws -> Scratch {
        let fm = FileManager.default
        guard let source else { throw DemoError.missing(places) }
        var template = Array((NSTemporaryDirectory() + "kith-demo-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw DemoError.scratch(String(cString: strerror(errno)))
        }
        let scratch = Scratch(folder: String(cString: made))
        do {
            try fm.copyItem(atPath: source, toPath: scratch.vault)
        } catch {
            scratch.remove()
            throw error
        }
        return scratch
    }

    enum DemoError: Error, CustomStringConvertible {
        case missing([String])
        case scratch(String)
        var description: String {
            switch self {
            case .missing(let places):
                return "the sample vault is not installed (looked in \(places.joined(separator: " and "))); "
                    + "install kith with `make install`, or run `swift run kith demo` in a checkout"
            case .scratch(let why):
                return "cannot make a scratch folder for the demo: \(why)"
            }
        }
    }
}
