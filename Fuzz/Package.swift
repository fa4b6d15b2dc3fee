// swift-tools-version: 6.1
// libFuzzer targets for EntityGraph, kept out of the main build: `make fuzz` builds them with
// `-sanitize=fuzzer,address` and runs each for FUZZ_SECONDS (see scripts/fuzz.sh).
import PackageDescription

let entityGraph = Target.Dependency.product(name: "EntityGraph", package: "EntityGraph")

let package = Package(
    name: "EntityGraphFuzz",
    dependencies: [
        // Named, so the product resolves whatever the checkout's folder is called.
        .package(name: "EntityGraph", path: ".."),
    ],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzDocuments", dependencies: [entityGraph, "FuzzDriver"]),
        .executableTarget(name: "FuzzTokenizer", dependencies: [entityGraph, "FuzzDriver"]),
        .executableTarget(name: "FuzzGraphML", dependencies: [entityGraph, "FuzzDriver"]),
    ]
)
