// swift-tools-version: 6.1
// The benchmarks, kept out of the main build: `make bench` from the repository root runs them
// all (see README.md); `swift run -c release centrality-bench` or `pipeline-bench` from this
// folder runs one.
import PackageDescription

let package = Package(
    name: "EntityGraphBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "EntityGraph", path: ".."),
    ],
    targets: [
        .target(name: "BenchSupport", path: "Sources/BenchSupport"),
        .executableTarget(
            name: "centrality-bench",
            dependencies: ["BenchSupport", .product(name: "EntityGraph", package: "EntityGraph")],
            path: "Sources/centrality-bench"
        ),
        .executableTarget(
            name: "pipeline-bench",
            dependencies: ["BenchSupport", .product(name: "EntityGraph", package: "EntityGraph")],
            path: "Sources/pipeline-bench"
        ),
    ]
)
