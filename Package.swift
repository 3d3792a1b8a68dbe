// swift-tools-version:6.0
import PackageDescription

/// Sandan: network analysis of industrial complexes (산업단지), rendered through Graphviz.
///
/// Data flows one way: file → `SandanIO` → `Graph` → algorithms (`SandanGraph`) →
/// domain analyses (`SandanClusters`) → `SandanGraphviz` / `SandanReport` / writers.
let package = Package(
    name: "Sandan",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SandanGraph", targets: ["SandanGraph"]),
        .library(name: "SandanIO", targets: ["SandanIO"]),
        .library(name: "SandanClusters", targets: ["SandanClusters"]),
        .library(name: "SandanGraphviz", targets: ["SandanGraphviz"]),
        .library(name: "SandanReport", targets: ["SandanReport"]),
        .executable(name: "sandan", targets: ["sandan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation` (DocC); a plugin, linked into nothing.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Helper threads placed first on another CPU than their caller's (`WorkerTeam`).
        .target(name: "CSandanThreads"),
        // Invariant checks of the graph storage and the heap (`Graph.checkInvariants()`,
        // `IndexedHeap.checkInvariants()`), compiled into debug builds only, as swift-collections
        // does with COLLECTIONS_INTERNAL_CHECKS: `swift test` (and so CI) runs them; release
        // builds, and so the benchmarks, contain none of them.
        .target(name: "SandanGraph", dependencies: ["CSandanThreads"], swiftSettings: [.define("SANDAN_INTERNAL_CHECKS", .when(configuration: .debug))]),
        // The one lock every call into libgvc/libcgraph takes, and the capture of Graphviz's
        // messages (only possible under that lock); shared by DOT reading and drawing.
        .target(name: "SandanGraphvizRuntime", dependencies: ["CGraphviz"]),
        // Async-signal-safe removal of temporary output files (a signal handler cannot be written safely in Swift).
        .target(name: "CSandanStaging"),
        .target(name: "SandanIO", dependencies: ["SandanGraph", "SandanGraphvizRuntime", "CGraphviz", "CSandanStaging",
                                                 .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "SandanClusters", dependencies: ["SandanGraph", "SandanIO"]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // C: prctl(PR_SET_PDEATHSIG) and signal forwarding, which Swift cannot call (variadic, async-signal-safe).
        .target(name: "CProcessControl"),
        .target(name: "SandanGraphviz", dependencies: ["SandanGraph", "SandanIO", "SandanGraphvizRuntime", "CGraphviz", "CProcessControl"]),
        .target(name: "SandanReport", dependencies: ["SandanGraph", "SandanIO", "SandanClusters", "SandanGraphviz"]),
        .executableTarget(
            name: "sandan",
            dependencies: [
                "SandanGraph", "SandanIO", "SandanClusters", "SandanGraphviz", "SandanReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Examples: small programs that use the library as a researcher would (Scripts/checks/examples.sh runs them).
        .executableTarget(name: "OverhaulHubProfile", dependencies: ["SandanClusters", "SandanGraph", "SandanIO"],
                          path: "Examples/OverhaulHubProfile"),
        .executableTarget(name: "AutomotiveLink", dependencies: ["SandanClusters", "SandanGraph", "SandanIO"],
                          path: "Examples/AutomotiveLink"),
        .executableTarget(name: "HubLossResilience", dependencies: ["SandanClusters", "SandanGraph", "SandanIO"],
                          path: "Examples/HubLossResilience"),
        // What every test target shares and nothing ships: the package root, temporary folders,
        // a program runner that drains both output pipes with a time limit, a FIFO reader.
        .target(name: "SandanTestSupport", path: "Tests/SandanTestSupport"),
        .testTarget(name: "SandanGraphTests", dependencies: ["SandanGraph", "CSandanThreads", "SandanTestSupport"]),
        .testTarget(name: "SandanIOTests", dependencies: ["SandanIO", "SandanGraph", "SandanTestSupport"]),
        .testTarget(name: "SandanClustersTests", dependencies: ["SandanClusters", "SandanIO", "SandanGraph", "SandanTestSupport"]),
        .testTarget(name: "SandanGraphvizTests", dependencies: ["SandanGraphviz", "SandanGraph", "SandanIO", "SandanTestSupport"]),
        .testTarget(name: "SandanReportTests", dependencies: ["SandanReport", "SandanClusters", "SandanIO", "SandanTestSupport"]),
        .testTarget(name: "SandanCLITests", dependencies: ["sandan", "SandanTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
