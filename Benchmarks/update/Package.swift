// swift-tools-version:6.0
import PackageDescription

// Measures the incremental index update on a generated vault (release build of KithCore only):
//   ../../../shared/tools/make-vault /tmp/v10k --notes 10000 --seed 1
//   swift run -c release update-bench /tmp/v10k
let package = Package(
    name: "update-bench",
    platforms: [.macOS(.v15)],
    // `kith` is a link to the repository: a path package is named after its folder.
    dependencies: [.package(path: "kith")],
    targets: [
        .executableTarget(name: "update-bench", dependencies: [.product(name: "KithCore", package: "kith")]),
    ]
)
