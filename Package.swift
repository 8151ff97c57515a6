// swift-tools-version:6.0
// natoscope: a terminal explorer of NATO's partnerships.
// Dependencies point one way: executable -> output/terminal -> model -> text.
import PackageDescription

// Release builds call generic types' metadata accessors directly instead of looking the types
// up by mangled name: a lookup by name checks the generic requirements by scanning every
// protocol conformance in the binary, about 100,000 instructions the first time for each type.
let directMetadata: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]

let package = Package(
    name: "natoscope",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "natoscope", targets: ["natoscope"]),
        .library(name: "NatoModel", targets: ["NatoModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Display width, wrapping and sanitising of untrusted text. No dependencies.
        .target(name: "NatoText", swiftSettings: directMetadata),
        // Entities, JSON parsing, loading and validation, relation indexes, search. No UI.
        .target(name: "NatoModel", dependencies: ["NatoText"], swiftSettings: directMetadata),
        // The built-in data set from Resources/data, compiled into the binary so that a
        // copied release binary still finds it (see EmbedDataPlugin).
        .target(name: "NatoData", dependencies: ["NatoModel"], swiftSettings: directMetadata, plugins: ["EmbedDataPlugin"]),
        // Validates the built-in data at build time and encodes it (NatoModel's DataSetImage).
        .executableTarget(name: "EmbedDataTool", dependencies: ["NatoModel"], path: "Sources/EmbedDataTool"),
        .plugin(name: "EmbedDataPlugin", capability: .buildTool(), dependencies: ["EmbedDataTool"]),
        // The world map: Natural Earth shapes (Resources/map, embedded), projection, regions,
        // rasteriser and roles. Pure: no terminal, no Foundation.
        .target(name: "NatoMap", dependencies: ["NatoModel", "NatoText"], swiftSettings: directMetadata),
        // Classroom tools: quizzes generated from the data, handouts (Markdown, CSV).
        .target(name: "NatoClassroom", dependencies: ["NatoModel", "NatoText"], swiftSettings: directMetadata),
        // Text and JSON reports for the non-interactive subcommands.
        .target(name: "NatoOutput", dependencies: ["NatoModel", "NatoText"], swiftSettings: directMetadata),
        // The explorer's state machine: reduce(&state, action) -> [Effect], no I/O; tours and
        // the quiz are child features (the quiz uses NatoClassroom's generator).
        .target(name: "NatoNavigation", dependencies: ["NatoModel", "NatoText", "NatoClassroom", "NatoMap"], swiftSettings: directMetadata),
        // A pure function from state, catalog and size to a grid of styled cells.
        .target(name: "NatoRender", dependencies: ["NatoNavigation", "NatoModel", "NatoText", "NatoMap"], swiftSettings: directMetadata),
        // The terminal adapter: draws grids, decodes keys, restores the terminal.
        .target(name: "NatoTerminal", dependencies: ["CNcursesw", "NatoRender", "NatoNavigation", "NatoText"], swiftSettings: directMetadata),
        // The only module that touches ncurses (wide-character build). No pkgConfig: SwiftPM
        // drops its -D flags with a warning; the shim header defines what they would.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .executableTarget(
            name: "natoscope",
            dependencies: [
                "NatoModel", "NatoData", "NatoOutput", "NatoNavigation", "NatoRender", "NatoTerminal", "NatoClassroom", "NatoMap",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: directMetadata,
            // A release build is one static executable: the Swift runtime, FoundationEssentials
            // (which the argument parser uses), libstdc++, ncursesw and tinfo (which the static
            // ncursesw needs by name) and libc are all linked in, so it runs on machines without
            // Swift and starts without the dynamic loader. The loader's relocations and symbol
            // lookups (libstdc++ alone has about 4,300) were a sixth of the instructions to the
            // explorer's first frame (issue 13). Debug builds and tests keep the shared runtime.
            linkerSettings: [.unsafeFlags(["-static-executable", "-ltinfo", "-l_FoundationCShims", "-l_FoundationCollections"], .when(platforms: [.linux], configuration: .release))]
        ),
        // Benchmarks: swift run -c release natoscope-bench
        .executableTarget(name: "natoscope-bench", dependencies: ["NatoModel", "NatoData", "NatoNavigation", "NatoRender", "NatoMap"], path: "Sources/NatoBench"),
        // The golden-file helper every test target shares (NATOSCOPE_RECORD=1 re-records).
        .target(name: "GoldenFiles", path: "Tests/GoldenFiles"),
        .testTarget(name: "NatoTextTests", dependencies: ["NatoText"]),
        // glibc's wcwidth for the width-table test (Swift's Glibc module hides it).
        .target(name: "CWidthShim", path: "Tests/CWidthShim"),
        .testTarget(name: "TerminalWidthTests", dependencies: ["NatoText", "CWidthShim"]),
        .testTarget(
            name: "NatoModelTests",
            dependencies: ["NatoModel", "NatoData"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "NatoMapTests", dependencies: ["NatoMap", "NatoModel", "NatoData"]),
        .testTarget(name: "NatoNavigationTests", dependencies: ["NatoNavigation", "NatoModel", "NatoData"]),
        .testTarget(name: "NatoRenderTests", dependencies: ["NatoRender", "NatoNavigation", "NatoModel", "NatoData", "NatoText", "GoldenFiles"], exclude: ["Snapshots"]),
        .testTarget(name: "NatoTerminalTests", dependencies: ["NatoTerminal", "NatoRender", "NatoNavigation"]),
        .testTarget(name: "NatoClassroomTests", dependencies: ["NatoClassroom", "NatoModel", "NatoData", "GoldenFiles"], exclude: ["Golden"]),
        .testTarget(name: "CLITests", dependencies: ["natoscope", "NatoText", "GoldenFiles"], exclude: ["Golden"]),
    ]
)
