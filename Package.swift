// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kith",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kith", targets: ["kith"]),
        .library(name: "KithCore", targets: ["KithCore"]),
        // For the fuzz targets (Fuzz/): the card and reader renderer.
        .library(name: "KithUI", targets: ["KithUI"]),
    ],
    dependencies: [
        // 1.6: three-argument custom completions (--theme completes the theme names).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Vault scan, frontmatter, markdown and links, resolution, index, search. No terminal code.
        .target(name: "KithCore", dependencies: ["Yams"]),
        // App state, actions, keymap, update, layout and rendering to a cell grid, and the
        // palette values (roles and bands to colors and attributes) themes are made of. No curses.
        .target(name: "KithUI", dependencies: ["KithCore"]),
        // ncursesw as a system library; shim.h wraps the macros Swift cannot import.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The only code that calls ncurses; maps the palette's colors to the terminal's
        // (ColorMapping) when it draws. KithCore for `Locked`, the one lock style.
        .target(name: "KithTerminal", dependencies: ["CNcursesw", "KithUI", "KithCore"]),
        // Themes and config.toml: TOML files to palettes, keymaps and note-kind rules. Its own
        // target so KithCore stays Foundation + Yams and KithUI stays free of file formats; it
        // knows nothing of terminals (palettes are KithUI values).
        .target(
            name: "KithConfig",
            dependencies: ["KithCore", "KithUI", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // The browser's runtime: the live index (loads, the watcher's updates) and the effect
        // runner (editor, reload, theme, links), reporting back to update as actions. Talks to
        // the terminal and the watcher only through protocols (SessionHost, VaultWatching), so
        // its tests use fakes; KithTerminal stays the only code that calls ncurses.
        .target(name: "KithRuntime", dependencies: ["KithCore", "KithUI"]),
        // The command line: swift-argument-parser commands, wiring only.
        .executableTarget(
            name: "kith",
            dependencies: [
                "KithCore", "KithUI", "KithTerminal", "KithConfig", "KithRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // In-process timings for Benchmarks/bench.py (per keystroke, first screen, full text).
        .executableTarget(name: "kith-bench", dependencies: ["KithCore", "KithUI"]),
        .testTarget(name: "KithCoreTests", dependencies: ["KithCore"]),
        // Golden screens are read by path (Support/Snapshot.swift), not bundled.
        .testTarget(name: "KithUITests", dependencies: ["KithUI", "KithCore"], exclude: ["__Snapshots__"]),
        .testTarget(name: "KithTerminalTests", dependencies: ["KithTerminal", "KithUI"]),
        // The runtime with a fake watcher, editor and browser; one test drives it through the
        // terminal loop on /dev/null to see background work repaint without a key.
        .testTarget(name: "KithRuntimeTests", dependencies: ["KithRuntime", "KithUI", "KithCore", "KithTerminal"]),
        // KithTerminal: the contrast test measures colors as the terminal maps them (ColorMapping).
        .testTarget(name: "KithConfigTests", dependencies: ["KithConfig", "KithUI", "KithCore", "KithTerminal"]),
        // Drives the built `kith` binary: CLI output and exit codes, and the UI in tmux.
        .testTarget(name: "KithEndToEndTests", dependencies: ["KithCore"]),
    ]
)
