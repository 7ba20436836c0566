// swift-tools-version:6.0
// libFuzzer targets for KithCore's parsers and KithUI's renderer. Not part of the main build: `Fuzz/run.sh` builds
// this package with `-sanitize=fuzzer,address` and runs each target for a bounded time.
import PackageDescription

let package = Package(
    name: "kith-fuzz",
    dependencies: [.package(name: "kith", path: "..")],
    targets: [
        .target(name: "CFuzz"),
        .target(name: "FuzzSupport", dependencies: ["CFuzz", .product(name: "KithCore", package: "kith")]),
        // Frontmatter: YAML between `---` lines, its guards, and Yams behind them.
        .executableTarget(name: "FuzzFrontmatter", dependencies: ["FuzzSupport", .product(name: "KithCore", package: "kith")]),
        // A whole note: headings, fences, bullets, wikilinks, Markdown links, tags.
        .executableTarget(name: "FuzzMarkdown", dependencies: ["FuzzSupport", .product(name: "KithCore", package: "kith")]),
        // Link resolution and the index over a few notes whose paths and bodies the input chooses.
        .executableTarget(name: "FuzzResolve", dependencies: ["FuzzSupport", .product(name: "KithCore", package: "kith")]),
        // The index snapshot decoder: any bytes (checksums skipped) decode or are refused, never trap.
        .executableTarget(name: "FuzzSnapshot", dependencies: ["FuzzSupport", .product(name: "KithCore", package: "kith")]),
        // The card and reader renderer: a note rendered both ways and wrapped to a width the input picks.
        .executableTarget(name: "FuzzReader", dependencies: [
            "FuzzSupport", .product(name: "KithCore", package: "kith"), .product(name: "KithUI", package: "kith"),
        ]),
    ]
)
