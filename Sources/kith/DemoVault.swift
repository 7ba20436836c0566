import Foundation

/// The sample vault that ships in the repository (`Tests/Fixtures/SampleVault`), copied to a
/// scratch folder of its own before each demo, so pressing `e` and saving can never change the
/// fixture the tests rely on, and two demos never share a copy. The copy is removed when the
/// demo ends, by `q` or by a signal (the browser turns SIGINT, SIGTERM and SIGHUP into an
/// ordinary return).
enum DemoVault {
    /// Where the sample vault lives in the source tree this binary was built from.
    static var source: String {
        // Sources/kith/DemoVault.swift → the repository root is three levels up.
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/Fixtures/SampleVault").path
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
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: source, isDirectory: &isDir), isDir.boolValue else {
            throw DemoError.missing(source)
        }
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
