import Foundation
import XCTest

/// What one run of the `kith` binary produced.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Standard output parsed as JSON (arrays and objects as Foundation types).
    func json(file: StaticString = #filePath, line: UInt = #line) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: Data(stdout.utf8), options: [.fragmentsAllowed])
        } catch {
            XCTFail("stdout is not JSON: \(error)\n\(stdout.prefix(500))", file: file, line: line)
            throw error
        }
    }

    /// Standard output as a JSON array of objects.
    func objects(file: StaticString = #filePath, line: UInt = #line) throws -> [[String: Any]] {
        try XCTUnwrap(try json(file: file, line: line) as? [[String: Any]], "not an array of objects", file: file, line: line)
    }

    /// Standard output as one JSON object.
    func object(file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        try XCTUnwrap(try json(file: file, line: line) as? [String: Any], "not an object", file: file, line: line)
    }
}

/// Finds the built binary and the sample vault, and runs commands.
enum CLI {
    /// The package root, from this file's location (Tests/KithEndToEndTests/CLISupport.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// An empty folder used as `XDG_CONFIG_HOME`, so no real config or theme changes a result.
    static let emptyConfigHome: String = {
        let dir = NSTemporaryDirectory() + "kith-e2e-config-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }()

    /// The sample vault the facts in `Tests/Fixtures/SampleVault.md` describe.
    /// Every use of it is watched: `FixtureObserver` fails the test after which it changed.
    static var sampleVault: String {
        _ = FixtureObserver.shared
        return sampleVaultPath
    }
    static let sampleVaultPath = packageRoot.appendingPathComponent("Tests/Fixtures/SampleVault").path

    /// The second sample (`Tests/Fixtures/RealWorldVault.md` describes it): daily notes, meeting
    /// properties, inline fields, templates, an owner.
    static let realWorldVault = packageRoot.appendingPathComponent("Tests/Fixtures/RealWorldVault").path

    /// The `kith` executable built with the tests: `$KITH_BINARY` if set, else next to the test
    /// bundle (the products directory), else `.build/debug/kith`.
    static let binary: String? = {
        let fm = FileManager.default
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["KITH_BINARY"], !env.isEmpty { candidates.append(env) }
        let bundle = Bundle(for: BundleMarker.self).bundleURL
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("kith").path)
        // macOS nests the bundle's executable; Linux runs `<products>/<name>.xctest` itself.
        if let exe = Bundle.main.executableURL {
            candidates.append(exe.deletingLastPathComponent().appendingPathComponent("kith").path)
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/kith").path)
        return candidates.first { fm.isExecutableFile(atPath: $0) }
    }()

    /// Runs `kith args…` and waits for it. `environment` entries are added to (or, with a nil
    /// value, removed from) the test's own environment; `KITH_VAULT` is always removed unless
    /// given, so the caller's shell cannot change a result. `executable` runs another program
    /// (a shell for the docs' examples) in that same environment.
    static func run(_ args: [String], stdin: String? = nil, environment: [String: String?] = [:],
                    directory: String? = nil, executable: String? = nil) throws -> CLIResult {
        guard let binary else {
            throw XCTSkip("kith binary not found; build it first (swift build)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? binary)
        process.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["KITH_VAULT"] = nil
        // Never the user's real ~/.config/kith: an empty config home unless a test gives one.
        env["XDG_CONFIG_HOME"] = CLI.emptyConfigHome
        env["LANG"] = env["LANG"] ?? "C.UTF-8"
        // Never the machine's calendar: every kith a test starts counts ages from the sample
        // vault's reference day unless the test pins another (`--today` or `KITH_TODAY`).
        env["KITH_TODAY"] = PinnedToday.sample
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        // Files, not pipes: no deadlock when a command writes more than a pipe buffer holds.
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("kith-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let outURL = tmp.appendingPathComponent("out"), errURL = tmp.appendingPathComponent("err")
        let inURL = tmp.appendingPathComponent("in")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: inURL.path, contents: Data((stdin ?? "").utf8))
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        process.waitUntilExit()
        try out.close(); try err.close(); try input.close()
        return CLIResult(status: process.terminationStatus,
                         stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                         stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Whether `kith search` is the real command yet (it waits for the search module to land);
    /// search tests skip until it is.
    static let searchWired: Bool = (try? run(["search", "--help"]).stdout.contains("--full-text")) ?? false

    /// Runs a command against the sample vault.
    static func sample(_ args: [String], stdin: String? = nil) throws -> CLIResult {
        try run(args + ["--vault", sampleVault], stdin: stdin)
    }

    /// Every file under `root` (hidden ones included) with its bytes, by relative path.
    static func snapshot(_ root: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
        for case let rel as String in walker {
            var isDir: ObjCBool = false
            let abs = base + "/" + rel
            if FileManager.default.fileExists(atPath: abs, isDirectory: &isDir), !isDir.boolValue {
                files[rel] = try Data(contentsOf: URL(fileURLWithPath: abs))
            } else {
                files[rel + "/"] = Data()
            }
        }
        return files
    }
}

private final class BundleMarker {}

extension Dictionary where Key == String, Value == Any {
    /// `self[key]` as a string, nil for JSON null or absent.
    func str(_ key: String) -> String? { self[key] as? String }
    /// `self[key]` as an int.
    func int(_ key: String) -> Int? { (self[key] as? NSNumber)?.intValue }
    /// `self[key]` as an array of objects.
    func objects(_ key: String) -> [[String: Any]] { self[key] as? [[String: Any]] ?? [] }
    /// Whether `key` is present with JSON `null`.
    func isNull(_ key: String) -> Bool { self[key] is NSNull }
}
