// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for Sandan's readers, kept apart from the main package because they need
/// a release build with `--sanitize=fuzzer --sanitize=address` (a debug build gets no coverage
/// feedback) and `-parse-as-library` (libFuzzer provides `main`). Run them with
/// `Scripts/fuzz.sh [seconds]` from the repository root.
let package = Package(
    name: "SandanFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Sandan", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "FuzzReaders",
            dependencies: [
                .product(name: "SandanIO", package: "Sandan"),
                .product(name: "SandanGraph", package: "Sandan"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
