import Foundation

/// The sample vaults that ship with kith (`Tests/Fixtures/SampleVault`, kept the seed's way, and
/// `Tests/Fixtures/RealWorldVault`, kept with daily notes, meeting properties and inline fields),
/// copied to a scratch folder of its own before each demo, so pressing `e` and saving can never
/// change the fixtures the tests rely on, and two demos never share a copy. The copy is removed
/// when the demo ends, by `q` or by a signal (the browser turns SIGINT, SIGTERM and SIGHUP into
/// an ordinary return).
enum DemoVault {
    /// Which sample to open.
    enum Sample: String, CaseIterable {
        /// `SampleVault` (Recent Context, transcripts, Profile sections).
        case sample
        /// `RealWorldVault` (daily notes, meetings with properties, inline fields).
        case realWorld = "real-world"

        /// The folder's name, in the checkout and installed.
        var folder: String { self == .sample ? "SampleVault" : "RealWorldVault" }
    }

    /// Where a sample vault is: installed beside the binary (`PREFIX/bin/kith` reads
    /// `PREFIX/share/kith/SampleVault`, see scripts/install.sh), else in the source tree this
    /// binary was built from (`swift run kith demo`).
    static func source(_ sample: Sample = .sample) -> String? { places(sample).first { isFolder($0) } }

    /// Where `source` looks, in order.
    static func places(_ sample: Sample = .sample) -> [String] {
        [installed(sample), sourceTree(sample)].compactMap { $0 }
    }

    /// `../share/kith/<folder>` from the folder of the running binary (symlinks resolved, so a
    /// link to an installed kith finds it too).
    static func installed(_ sample: Sample) -> String? {
        guard let exe = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        return exe.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/kith/" + sample.folder).path
    }

    /// The fixture in the checkout: Sources/kith/DemoVault.swift → three levels up.
    static func sourceTree(_ sample: Sample) -> String {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/Fixtures/" + sample.folder).path
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// A copy of a sample vault in a new `$TMPDIR/kith-demo-XXXXXX` folder.
    struct Scratch {
        /// The folder made for this demo (removed by `remove()`).
        let folder: String
        /// Which sample it holds.
        var sample: Sample = .sample
        /// The vault inside it.
        var vault: String { folder + "/" + sample.folder }

        /// Deletes the folder and the copy in it.
        func remove() {
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    /// Copies a sample vault to a fresh scratch folder.
    static func freshCopy(_ sample: Sample = .sample) throws -> Scratch {
        let fm = FileManager.default
        guard let source = source(sample) else { throw DemoError.missing(places(sample)) }
        var template = Array((NSTemporaryDirectory() + "kith-demo-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw DemoError.scratch(String(cString: strerror(errno)))
        }
        let scratch = Scratch(folder: String(cString: made), sample: sample)
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
