// swift-tools-version: 6.1
// The centrality benchmark, kept out of the main build: `swift run -c release centrality-bench`
// from this folder (see README.md).
import PackageDescription

let package = Package(
    name: "EntityGraphBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "EntityGraph", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "centrality-bench",
            dependencies: [.product(name: "EntityGraph", package: "EntityGraph")],
            path: "Sources/centrality-bench"
        ),
    ]
)
