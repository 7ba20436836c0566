import Foundation

/// The sample vaults that ship in the repository (`Tests/Fixtures/SampleVault`, kept the seed's
/// way, and `Tests/Fixtures/RealWorldVault`, kept with daily notes, meeting properties and inline
/// fields), copied to a scratch folder of its own before each demo, so pressing `e` and saving
/// can never change the fixtures the tests rely on, and two demos never share a copy. The copy
/// is removed when the demo ends, by `q` or by a signal (the browser turns SIGINT, SIGTERM and
/// SIGHUP into an ordinary return).
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
        let source = source(sample)
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: source, isDirectory: &isDir), isDir.boolValue else {
            throw DemoError.missing(source)
        }
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
        case missing(String)
        case scratch(String)
        var description: String {
            switch self {
            case .missing(let p):
                return "the demo vault is not at \(p) (kith demo runs from a checkout of the repository)"
            case .scratch(let why):
                return "cannot make a scratch folder for the demo: \(why)"
            }
        }
    }
}
